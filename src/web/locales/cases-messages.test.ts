import { describe, expect, it } from 'vitest';
import { savedCaseMessages } from '../../domain/cases/index';
import { LANGS } from '../../engine/index';
import { casesMessages } from './cases-messages';

/** Every text of a message tree, with its path; functions are called with sample values. */
function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const call = value as (...args: unknown[]) => unknown;
    // A problem's text takes the problem; the others take names, dates and counts.
    const args = path.startsWith('problems.') ? [{ max: 9, allowed: ['a', 'b'] }] : ['A', 'B', 'C'];
    return texts(call(...args), `${path}()`);
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => texts(v, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Words that are the same in Swedish and English. */
const SAME_WORD = ['case.version', 'case.status'];

describe.each([
  ['the saved cases’ pages', casesMessages],
  ['the shared texts of saved cases', savedCaseMessages],
] as const)('%s', (_name, messages) => {
  it.each(LANGS)('has no empty text in %s', (lang) => {
    expect(texts(messages(lang)).filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it('has the same texts in both languages, and they differ', () => {
    const sv = texts(messages('sv'));
    const en = texts(messages('en'));
    expect(en.map(([path]) => path)).toEqual(sv.map(([path]) => path));
    // Texts made only of the sample values (a name or a date put in a sentence) are the same.
    const same = sv.filter(
      ([path, text], i) =>
        en[i]?.[1] === text && /[a-zåäö]{3}/i.test(text) && !SAME_WORD.includes(path),
    );
    expect(same).toEqual([]);
  });
});
