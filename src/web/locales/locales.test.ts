import { describe, expect, it } from 'vitest';
import { LANGS } from '../../engine/index';
import { FORM_IDS } from '../../rules/assessment';
import { webMessages } from './index';

/** Every string in a message tree, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => strings(v, path ? `${path}.${key}` : key));
  }
  return [];
}

describe('web messages', () => {
  it.each(LANGS)('has no empty text in %s', (lang) => {
    const empty = strings(webMessages(lang)).filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  it('has the same texts in every language, and the languages differ', () => {
    const sv = strings(webMessages('sv'));
    const en = strings(webMessages('en'));
    expect(en.map(([path]) => path)).toEqual(sv.map(([path]) => path));
    const same = sv.filter(([path, text], i) => en[i]?.[1] === text && !isName(path));
    expect(same).toEqual([]);
  });

  it('names every collaboration form', () => {
    for (const lang of LANGS)
      expect(Object.keys(webMessages(lang).home.forms)).toEqual([...FORM_IDS]);
  });
});

/** Texts that are the same in both languages by nature: the name, "API", commands, the % sign. */
function isName(path: string): boolean {
  return /(siteName|apiHeading|shareSuffix)$|^home\.cliExamples\.\d+\.command$/.test(path);
}
