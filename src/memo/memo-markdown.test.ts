import { describe, expect, it } from 'vitest';
import { interviewResult } from '../domain/interview';
import { exampleCase, memoPermalink } from './memo-cases.fixture';
import { expectMemoText, MEMO_EXPECTATIONS } from './memo-expectations.fixture';
import { memoFromResult } from './memo-from-result';
import { buildMemo } from './memo-model';
import { renderMemoMarkdown } from './memo-markdown';
import { markdownText } from './memo-text.fixture';

const PRODUCED_ON = '2026-11-27';

describe('the decision memo in Markdown', () => {
  for (const e of MEMO_EXPECTATIONS) {
    it(`says every verdict with its citations for ${e.file} in ${e.lang}`, () => {
      const read = interviewResult(memoPermalink(exampleCase(e.file)), e.lang, PRODUCED_ON);
      if (!read.ok) throw new Error(JSON.stringify(read.errors));
      const markdown = renderMemoMarkdown(
        memoFromResult(read.result, {
          lang: e.lang,
          producedOn: PRODUCED_ON,
          permalink: 'https://samverka.example/vagledning/resultat?startDate=2023-03-01',
        }),
      );
      expectMemoText(markdownText(markdown), read.result, e);
      expect(markdown.startsWith('# ')).toBe(true);
      expect(markdown).toMatch(/^## /m);
      expect(markdown).toMatch(/^### 12\. /m);
      // Citations link to their source.
      expect(markdown).toContain('](<https://rkrattsbaser.gov.se/sfst?bet=2016:1145>)');
      expect(markdown).toContain(
        '<https://samverka.example/vagledning/resultat?startDate=2023-03-01>',
      );
    });
  }

  it('keeps text from the case as text: Markdown syntax in it is escaped', () => {
    const read = interviewResult(
      memoPermalink(exampleCase('spec/examples/02-direct-award-january-2022.json')),
      'sv',
      PRODUCED_ON,
    );
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const markdown = renderMemoMarkdown(
      buildMemo({
        lang: 'sv',
        subject: '# Städ *och* [fönster] | <b>',
        facts: [{ question: 'Vad | kostar det?', answer: '1. _allt_' }],
        startDateKnown: true,
        assessment: read.result.assessment,
        changes: [],
        producedOn: PRODUCED_ON,
        permalink: 'https://samverka.example/vagledning/resultat?a=1 2',
      }),
    );
    expect(markdown).toContain(
      '# Beslutsunderlag: val av samverkansform – \\# Städ \\*och\\* \\[fönster\\] \\| \\<b\\>',
    );
    expect(markdown).toContain('| Vad \\| kostar det? | 1. \\_allt\\_ |');
    expect(markdown).toContain('<https://samverka.example/vagledning/resultat?a=1%202>');
    expect(markdown).not.toContain('<b>');
  });
});
