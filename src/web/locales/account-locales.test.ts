// The texts of the account pages, sign-in through an identity provider and the privacy page:
// the same texts in Swedish and English, none empty, and no text left untranslated.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../engine/index';
import { PRIVACY_FACTS } from '../pages/account/privacy-page';
import { accountMessages } from './account-messages';
import { oidcMessages } from './oidc-messages';
import { privacyMessages } from './privacy-messages';

/** Every string in a message tree, with its path; functions are called with `args`. */
function strings(value: unknown, args: readonly unknown[], path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    return strings((value as (...a: unknown[]) => unknown)(...args), args, path);
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) =>
      strings(v, args, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

const CATALOGUES: Array<[string, (lang: Lang) => unknown, readonly unknown[]]> = [
  ['account', accountMessages, [7, 7]],
  ['oidc', oidcMessages, ['Kommunen', 'login.kommun.se']],
  ['privacy', privacyMessages, [PRIVACY_FACTS]],
];

describe.each(CATALOGUES)('the %s texts', (_name, messages, args) => {
  it('have the same paths in Swedish and English, none empty, and differ', () => {
    const sv = strings(messages('sv'), args);
    const en = strings(messages('en'), args);
    expect(en.map(([path]) => path)).toEqual(sv.map(([path]) => path));
    expect([...sv, ...en].filter(([, text]) => text.trim() === '')).toEqual([]);
    const same = sv.filter(([, text], i) => en[i]?.[1] === text);
    expect(same).toEqual([]);
  });
});
