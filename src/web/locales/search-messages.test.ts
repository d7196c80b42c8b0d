import { expect, it } from 'vitest';
import { searchMessages } from './search-messages';

/** Every text of a message tree with its path; functions are called with sample values. */
function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function')
    return [[path, String((value as (...a: unknown[]) => unknown)(2, 3))]];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => texts(v, path ? `${path}.${key}` : key));
  }
  return [];
}

it('has every search text in both languages, none empty, and the languages differ', () => {
  const sv = texts(searchMessages('sv'));
  const en = texts(searchMessages('en'));
  expect(en.map(([path]) => path)).toEqual(sv.map(([path]) => path));
  expect([...sv, ...en].filter(([, text]) => text.trim() === '')).toEqual([]);
  // Punctuation alone (the full stop after a link) is the same in both.
  const same = sv.filter(([, text], i) => en[i]?.[1] === text && /\p{L}/u.test(text));
  expect(same).toEqual([]);
});
