import { describe, expect, it } from 'vitest';
import { LANGS } from '../../engine';
import { FORM_IDS } from '../assessment';
import { FORM_LABELS, QUESTIONS } from './labels';
import { MESSAGE_CODES, render, textsOf, formatSek } from './messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  it('exist in every language, non-empty, with the same placeholders', () => {
    for (const code of MESSAGE_CODES) {
      const sv = textsOf('sv')[code];
      for (const lang of LANGS) {
        const text = textsOf(lang)[code];
        expect(text.trim().length, `${lang} ${code}`).toBeGreaterThan(0);
        expect(placeholders(text), `${lang} ${code}`).toEqual(placeholders(sv));
      }
    }
  });

  it('name every form and ask every question in both languages', () => {
    for (const form of FORM_IDS)
      for (const lang of LANGS) expect(FORM_LABELS[form][lang]).not.toBe('');
    for (const [field, q] of Object.entries(QUESTIONS)) {
      for (const lang of LANGS) expect(q[lang].endsWith('?'), `${lang} ${field}`).toBe(true);
    }
  });

  it('format amounts for the language', () => {
    expect(formatSek(700000, 'sv')).toBe('700\u00a0000 kr');
    expect(formatSek(700000, 'en')).toBe('SEK 700,000');
    expect(render('direct-award.within-limit', { total: 650000, limit: 700000 }, 'en')).toContain(
      'SEK 650,000',
    );
  });
});
