import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from './content-types';
import { searchGlossary } from './glossary-search';
import { readContent } from './load-content';

function entry(
  id: string,
  procurement: [string[], string[]],
  civil: [string[], string[]],
  definition = 'En förklaring.',
  match: [string[], string[]] = [[], []],
): GlossaryEntry {
  return {
    id,
    procurement: { sv: procurement[0], en: procurement[1] },
    civil: { sv: civil[0], en: civil[1] },
    match: { sv: match[0], en: match[1] },
    skip: { sv: [], en: [] },
    definition: { sv: definition, en: 'An explanation.' },
    example: { sv: 'Exempel.', en: 'Example.' },
    legal: false,
    sources: [],
    forms: [],
    related: [],
  };
}

const ENTRIES: GlossaryEntry[] = [
  entry(
    'anbud',
    [['anbud'], ['tender']],
    [['erbjudande', 'initiativ'], ['offer']],
    'Ett skriftligt svar på en upphandling.',
    [['anbudet'], ['tenders']],
  ),
  entry('ersattning', [['ersättning'], ['payment']], [['bidrag till verksamheten'], ['grant']]),
  entry(
    'avrop',
    [['avrop'], ['call-off']],
    [['beställning'], ['order']],
    'Ett köp ur ett ramavtal.',
  ),
  entry('overprovning', [['överprövning'], ['review']], [['ändra ett beslut'], ['appeal']]),
  entry(
    'reserverad',
    [['reserverad upphandling'], ['reserved procurement']],
    [['upphandling för idéburna'], ['procurement for non-profits']],
  ),
  entry('upphandling', [['upphandling'], ['procurement']], [['inköp'], ['purchase']]),
];

const ids = (hits: { entry: GlossaryEntry }[]) => hits.map((h) => h.entry.id);

describe('searchGlossary', () => {
  it('finds an entry from either side: the civil-society word and the procurement word', () => {
    const fromCivil = searchGlossary(ENTRIES, { lang: 'sv', q: 'erbjudande' });
    expect(ids(fromCivil)).toEqual(['anbud']);
    expect(fromCivil[0]?.match).toEqual({ field: 'civil', lang: 'sv', text: 'erbjudande' });
    const fromProcurement = searchGlossary(ENTRIES, { lang: 'sv', q: 'anbud' });
    expect(ids(fromProcurement)).toEqual(['anbud']);
    expect(fromProcurement[0]?.match).toEqual({ field: 'procurement', lang: 'sv', text: 'anbud' });
  });

  it('ignores case and finds words by their beginning', () => {
    expect(ids(searchGlossary(ENTRIES, { lang: 'sv', q: 'ERBJUD' }))).toEqual(['anbud']);
    expect(ids(searchGlossary(ENTRIES, { lang: 'sv', q: '  Erbjud ' }))).toEqual(['anbud']);
    // A word's beginning, not its middle.
    expect(searchGlossary(ENTRIES, { lang: 'sv', q: 'bjudande' })).toEqual([]);
  });

  it('matches the other language and inflected forms, ranked after the words of the page', () => {
    const english = searchGlossary(ENTRIES, { lang: 'sv', q: 'offer' });
    expect(english[0]?.match).toEqual({ field: 'civil', lang: 'en', text: 'offer' });
    const form = searchGlossary(ENTRIES, { lang: 'sv', q: 'anbudet' });
    expect(form[0]?.match).toEqual({ field: 'form', lang: 'sv', text: 'anbudet' });
    expect(form[0]!.score).toBeLessThan(
      searchGlossary(ENTRIES, { lang: 'sv', q: 'anbud' })[0]!.score,
    );
    expect(english[0]!.score).toBeLessThan(
      searchGlossary(ENTRIES, { lang: 'en', q: 'offer' })[0]!.score,
    );
  });

  it('ranks a whole term before a term that only contains the word, and the definition last', () => {
    const hits = searchGlossary(ENTRIES, { lang: 'sv', q: 'upphandling' });
    expect(ids(hits)).toEqual(['upphandling', 'reserverad', 'anbud']);
    // "upphandling för idéburna" starts with the query: better than a word inside a term.
    expect(hits.map((h) => h.match?.field)).toEqual(['procurement', 'civil', 'definition']);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    expect(hits[1]!.score).toBeGreaterThan(hits[2]!.score);
  });

  it('needs every word of the query, in any order', () => {
    expect(ids(searchGlossary(ENTRIES, { lang: 'sv', q: 'upph reserv' }))).toEqual(['reserverad']);
    expect(searchGlossary(ENTRIES, { lang: 'sv', q: 'reserverad köp' })).toEqual([]);
  });

  it('does not search definitions for very short words', () => {
    expect(ids(searchGlossary(ENTRIES, { lang: 'sv', q: 'köp' }))).toEqual(['avrop']);
    expect(searchGlossary(ENTRIES, { lang: 'sv', q: 'kö' })).toEqual([]);
  });

  it('lists everything alphabetically without a query, with å, ä and ö after z in Swedish', () => {
    const all = searchGlossary(ENTRIES, { lang: 'sv' });
    expect(all.map((h) => h.term)).toEqual([
      'anbud',
      'avrop',
      'ersättning',
      'reserverad upphandling',
      'upphandling',
      'överprövning',
    ]);
    expect(all.every((h) => h.match === null && h.score === 0)).toBe(true);
    expect(searchGlossary(ENTRIES, { lang: 'sv', q: '   ' })).toHaveLength(ENTRIES.length);
  });

  it('lists by one side, one line per word, in Swedish order', () => {
    const civil = searchGlossary(ENTRIES, { lang: 'sv', side: 'civil' });
    expect(civil.map((h) => [h.term, h.entry.id])).toEqual([
      ['beställning', 'avrop'],
      ['bidrag till verksamheten', 'ersattning'],
      ['erbjudande', 'anbud'],
      ['initiativ', 'anbud'],
      ['inköp', 'upphandling'],
      ['upphandling för idéburna', 'reserverad'],
      ['ändra ett beslut', 'overprovning'],
    ]);
    const english = searchGlossary(ENTRIES, { lang: 'en', side: 'procurement' });
    expect(english.map((h) => h.term)).toEqual([
      'call-off',
      'payment',
      'procurement',
      'reserved procurement',
      'review',
      'tender',
    ]);
  });

  it('with a side, matches only the words of that side', () => {
    expect(searchGlossary(ENTRIES, { lang: 'sv', q: 'anbud', side: 'civil' })).toEqual([]);
    const hits = searchGlossary(ENTRIES, { lang: 'sv', q: 'erbjud', side: 'civil' });
    expect(hits.map((h) => h.term)).toEqual(['erbjudande', 'initiativ']);
    expect(hits[0]?.match?.field).toBe('civil');
  });

  it('treats text that looks like a pattern as text', () => {
    expect(searchGlossary(ENTRIES, { lang: 'sv', q: '.*' })).toEqual([]);
    expect(searchGlossary(ENTRIES, { lang: 'sv', q: '(anbud' })).toHaveLength(1);
  });
});

describe('searchGlossary on the glossary of the repository', () => {
  const { glossary } = readContent().library;

  it('finds "anbud" from "erbjudande" and from "anbud", in both directions', () => {
    const fromCivil = searchGlossary(glossary, { lang: 'sv', q: 'erbjudande' });
    expect(fromCivil[0]?.entry.id).toBe('anbud');
    expect(fromCivil[0]?.match?.field).toBe('civil');
    const fromProcurement = searchGlossary(glossary, { lang: 'sv', q: 'anbud' });
    expect(fromProcurement[0]?.entry.id).toBe('anbud');
    expect(fromProcurement[0]?.match?.field).toBe('procurement');
    expect(searchGlossary(glossary, { lang: 'sv', q: 'erbjud' })[0]?.entry.id).toBe('anbud');
  });

  it('lists every entry once without a query', () => {
    const all = searchGlossary(glossary, { lang: 'en' });
    expect(new Set(all.map((h) => h.entry.id)).size).toBe(glossary.length);
  });
});
