import { expect, it } from 'vitest';
import { organisationMessages } from './organisation-messages';

// Stands for any argument: a string in a template, 'X' as any field of an object.
const ANY: unknown = new Proxy(
  {},
  {
    get: (_target, key) =>
      key === Symbol.toPrimitive ? () => 'X' : typeof key === 'symbol' ? undefined : 'X',
  },
);
const WHEN = new Date('2026-11-26T10:00:00Z');

/** Every text of a message tree with its path; functions are called with sample values. */
function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const sample = /(^|\.)(dateTime|date)$/.test(path) ? WHEN : ANY;
    return [[path, String((value as (...a: unknown[]) => unknown)(sample, sample))]];
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => texts(v, path ? `${path}.${key}` : key));
  }
  return [];
}

it('has every organisation text in both languages, none empty, and the languages differ', () => {
  const sv = texts(organisationMessages('sv'));
  const en = texts(organisationMessages('en'));
  expect(en.map(([path]) => path)).toEqual(sv.map(([path]) => path));
  expect([...sv, ...en].filter(([, text]) => text.trim() === '')).toEqual([]);
  // Text that is only an argument (" X"), and "Status", which both languages spell alike.
  const alike = (path: string, text: string) => /^\s*X\s*$/.test(text) || path === 'tokens.status';
  const same = sv.filter(([path, text], i) => en[i]?.[1] === text && !alike(path, text));
  expect(same).toEqual([]);
});

it('shows times in Swedish time in both languages', () => {
  expect(organisationMessages('sv').dateTime(new Date('2026-07-01T10:00:00Z'))).toBe(
    '1 juli 2026 kl. 12:00',
  );
  expect(organisationMessages('en').dateTime(new Date('2026-01-15T23:30:00Z'))).toBe(
    '16 January 2026 at 00:30 (Swedish time)',
  );
});
