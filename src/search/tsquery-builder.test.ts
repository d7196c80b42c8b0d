import { describe, expect, it } from 'vitest';
import { buildTsQuery, queryWords, swedishStem } from './tsquery-builder';

describe('queryWords', () => {
  it('keeps runs of letters and digits, lower case, and drops everything else', () => {
    expect(queryWords("Partnerskapet & (LOU)|!:* 2016:1145 <-> 'x'")).toEqual([
      'partnerskapet',
      'lou',
      '2016',
      '1145',
      'x',
    ]);
  });

  it('keeps Swedish letters and joins words across apostrophes', () => {
    expect(queryWords('Idéburna föreningar’s ÅÄÖ')).toEqual(['idéburna', 'föreningars', 'åäö']);
  });

  it('has no words for punctuation only or nothing', () => {
    expect(queryWords('  !?:*&|()<>\\\'" ')).toEqual([]);
    expect(queryWords('')).toEqual([]);
  });
});

describe('swedishStem', () => {
  it.each([
    ['partnerskapet', 'partnerskap'],
    ['anbudet', 'anbud'],
    ['anbuden', 'anbud'],
    ['kommunerna', 'kommun'],
    ['föreningarna', 'förening'],
    ['avtalets', 'avtal'],
    ['organisationen', 'organisation'],
    ['skolan', 'skola'],
    ['mötet', 'möte'],
    ['anbuds', 'anbud'],
  ])('removes the ending of %s', (word, stem) => {
    expect(swedishStem(word)).toBe(stem);
  });

  it('leaves words whose stem would be shorter than four letters', () => {
    expect(swedishStem('bot')).toBeUndefined();
    expect(swedishStem('bots')).toBeUndefined();
    expect(swedishStem('lagen')).toBeUndefined();
  });

  it('leaves base forms whose last letter only looks like an ending', () => {
    expect(swedishStem('anbud')).toBeUndefined();
    expect(swedishStem('kommun')).toBeUndefined();
    expect(swedishStem('process')).toBeUndefined();
    expect(swedishStem('mandat')).toBeUndefined();
  });
});

describe('buildTsQuery', () => {
  it('ors a Swedish word with the prefix of its stem and makes the last word a prefix', () => {
    expect(buildTsQuery('partnerskapet', 'sv')).toEqual({
      words: ['partnerskapet'],
      text: '(partnerskapet | partnerskapet:* | partnerskap:*)',
    });
  });

  it('ands the words', () => {
    expect(buildTsQuery('anbudet kommun', 'sv').text).toBe(
      '(anbudet | anbudet:* | anbud:*) & (kommun | kommun:*)',
    );
  });

  it('lets a Swedish base form of five letters or more find its definite form anywhere', () => {
    expect(buildTsQuery('avtal kommun', 'sv').text).toBe('(avtal | avtal:*) & (kommun | kommun:*)');
    expect(buildTsQuery('bot kommun', 'sv').text).toBe('bot & (kommun | kommun:*)');
  });

  it('removes no Swedish endings from English words', () => {
    expect(buildTsQuery('procurements tender', 'en').text).toBe(
      'procurements & (tender | tender:*)',
    );
  });

  it('is empty for a query without words', () => {
    expect(buildTsQuery(' -- ; ', 'sv')).toEqual({ words: [], text: '' });
  });

  it('never lets operator characters through, whatever the input', () => {
    const hostile = "'&|!():*<>\\ DROP TABLE search_documents; -- a:*B & !c";
    const { text } = buildTsQuery(hostile, 'sv');
    // Only words, the operators the builder itself writes, and prefixes of words.
    expect(text).toMatch(/^[\p{L}\p{M}\p{N}:*()|& ]*$/u);
    expect(text).not.toMatch(/!|<|>|'|\\/);
  });
});
