import { describe, expect, it } from 'vitest';
import { LANGS } from '../../engine/index';
import { directoryMessages } from './directory-messages';

/** Every text of a message tree, with its path; functions are called with sample values. */
function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const call = value as (...args: unknown[]) => unknown;
    return [
      ...texts(call('A', 2), `${path}(A,2)`),
      // Texts that depend on a count or a missing date have a second wording.
      ...texts(call('A', 0), `${path}(A,0)`),
      ...texts(call(null), `${path}(null)`),
    ];
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => texts(v, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Texts that are the same in both languages on purpose. */
const SAME = [/\.withCount/, /\.pageOf/];

describe('the directory’s texts', () => {
  it.each(LANGS)('has no empty text in %s', (lang) => {
    expect(texts(directoryMessages(lang)).filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it('has the same texts in both languages, and they differ', () => {
    const sv = texts(directoryMessages('sv'));
    const en = texts(directoryMessages('en'));
    expect(en.map(([path]) => path)).toEqual(sv.map(([path]) => path));
    const same = sv.filter(
      ([path, text], i) =>
        en[i]?.[1] === text && /[a-zåäö]{3}/i.test(text) && !SAME.some((s) => s.test(path)),
    );
    expect(same).toEqual([]);
  });
});
