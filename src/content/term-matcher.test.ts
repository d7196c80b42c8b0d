import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from './content-types';
import { termMatcher } from './term-matcher';

const entry = (id: string, en: string[], sv: string[] = []): GlossaryEntry => ({
  id,
  procurement: { sv, en },
  civil: { sv: [], en: [] },
  match: { sv: [], en: [] },
  skip: { sv: [], en: [] },
  definition: { sv: '', en: '' },
  example: { sv: '', en: '' },
  legal: false,
  sources: [],
  forms: [],
  related: [],
});

describe('finding glossary terms in text', () => {
  const matcher = termMatcher(
    [entry('anbud', ['idea', 'tender']), entry('iop', ['IOP'], ['IOP']), entry('x', ['ab'])],
    'en',
  );
  const ids = (text: string) =>
    matcher.segments(text).flatMap((s) => (s.entryId ? [s.entryId] : []));

  it('finds whole words, ignoring case', () => {
    expect(ids('An Idea and a TENDER.')).toEqual(['anbud', 'anbud']);
  });

  it('treats a hyphenated compound as one word', () => {
    expect(ids('An idea-driven organisation signs an IOP-agreement.')).toEqual([]);
  });

  it('skips terms shorter than three letters', () => {
    expect(ids('ab')).toEqual([]);
  });

  it('keeps all the text', () => {
    const text = 'See the iop, then a tender!';
    expect(
      matcher
        .segments(text)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });
});

describe('everyday words among the terms', () => {
  it('are not marked up when the entry skips them', () => {
    const e = { ...entry('kopa', ['buy', 'contribute']), skip: { sv: [], en: ['contribute'] } };
    const m = termMatcher([e], 'en');
    expect(
      m
        .segments('We contribute and buy.')
        .filter((s) => s.entryId)
        .map((s) => s.text),
    ).toEqual(['buy']);
  });
});
