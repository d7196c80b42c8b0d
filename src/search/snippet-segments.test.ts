import { describe, expect, it } from 'vitest';
import {
  MARK_START,
  MARK_STOP,
  snippetSegments,
  withoutControlCharacters,
} from './snippet-segments';

const marked = (word: string) => `${MARK_START}${word}${MARK_STOP}`;

describe('snippetSegments', () => {
  it('splits a headline into plain and marked segments', () => {
    expect(snippetSegments(`Ett idéburet ${marked('partnerskap')} är  en\nsamverkan`)).toEqual([
      { text: 'Ett idéburet ', mark: false },
      { text: 'partnerskap', mark: true },
      { text: ' är en samverkan', mark: false },
    ]);
  });

  it('joins marked words separated by a space into one marked phrase', () => {
    expect(snippetSegments(`ett ${marked('gemensamt')} ${marked('mål')}.`)).toEqual([
      { text: 'ett ', mark: false },
      { text: 'gemensamt mål', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('keeps markup as text: segments are never HTML', () => {
    expect(snippetSegments(`<b>${marked('anbud')}</b>`)).toEqual([
      { text: '<b>', mark: false },
      { text: 'anbud', mark: true },
      { text: '</b>', mark: false },
    ]);
  });

  it('is empty for an empty headline', () => {
    expect(snippetSegments('  ')).toEqual([]);
  });
});

describe('withoutControlCharacters', () => {
  it('removes the markers and other control characters but keeps line breaks and tabs', () => {
    expect(withoutControlCharacters(`a${MARK_START}b${MARK_STOP}c\u0000d\te\nf`)).toBe(
      'abcd\te\nf',
    );
  });
});
