// What every memo of the two worked examples must say, whatever its format: the words of the
// verdicts (read off the example's source, not the engine), a citation, the regime's figures, the
// title word and å, ä, ö as written in Swedish law.
import { expect } from 'vitest';
import type { Lang } from '../engine';
import type { InterviewResult } from '../domain/interview';
import { memoMessages } from './locales';
import { MEMO_EXAMPLES } from './memo-cases.fixture';

/** One example in one language and the phrases its memo must contain. */
export interface MemoExpectation {
  file: string;
  lang: Lang;
  phrases: string[];
}

/** The examples of the tests, in Swedish and English. */
export const MEMO_EXPECTATIONS: readonly MemoExpectation[] = [
  {
    file: MEMO_EXAMPLES.elderlyCare,
    lang: 'sv',
    phrases: [
      'Beslutsunderlag: val av samverkansform',
      '3. Direktupphandling Bedömning: Inte möjlig.',
      '4. Annonserad upphandling Bedömning: Möjlig.',
      '8. Reserverad upphandling för idéburna organisationer (19 kap. 25 a § LOU) Bedömning: Möjlig under villkor.',
      '19 kap. 25 a § LOU (2016:1145)',
      'Direktupphandlingsgräns 7 802 550 kr',
      'Ärendet påbörjas 2023-03-01',
      'Tröskelvärde',
      'Idéburet offentligt partnerskap (IOP)',
      'Lag om registrering av idéburna organisationer (2022:900)',
      'Vald samverkansform',
      'Underskrift',
    ],
  },
  {
    file: MEMO_EXAMPLES.elderlyCare,
    lang: 'en',
    phrases: [
      'Decision memo: choice of collaboration form',
      '3. Direct award Assessment: Not possible.',
      '4. Advertised procurement Assessment: Possible.',
      '8. Procurement reserved for idea-driven organisations (19 kap. 25 a § LOU) Assessment: Possible under conditions.',
      '19 kap. 25 a § LOU (2016:1145)',
      'Direct-award limit SEK 7,802,550',
      'The case starts on 2023-03-01',
      'HFD 2020 ref. 15 mål nr 3165-19',
      'Lag om registrering av idéburna organisationer (2022:900)',
      'Form of collaboration chosen',
      'Signature',
    ],
  },
  {
    file: MEMO_EXAMPLES.directAwardJanuary2022,
    lang: 'sv',
    phrases: [
      'Beslutsunderlag: val av samverkansform',
      '3. Direktupphandling Bedömning: Inte möjlig.',
      '4. Annonserad upphandling Bedömning: Möjlig.',
      '19 kap. 7 § LOU (2016:1145)',
      'Direktupphandlingsgräns 626 284 kr',
      'Tröskelvärde 2 236 731 kr',
      'Ärendet påbörjas 2022-01-20',
      'Städning',
      'HFD 2020 ref. 15 mål nr 3165-19',
      'Underskrift',
    ],
  },
  {
    file: MEMO_EXAMPLES.directAwardJanuary2022,
    lang: 'en',
    phrases: [
      'Decision memo: choice of collaboration form',
      '3. Direct award Assessment: Not possible.',
      '4. Advertised procurement Assessment: Possible.',
      '19 kap. 7 § LOU (2016:1145)',
      'Direct-award limit SEK 626,284',
      'Threshold SEK 2,236,731',
      'The case starts on 2022-01-20',
      'HFD 2020 ref. 15 mål nr 3165-19',
      'Prop. 2013/14:133 lagförslag',
      'Signature',
    ],
  },
];

/** Text as a reader compares it: any run of white space (line ends, no-break spaces) as one space. */
export function plain(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ');
}

/**
 * Checks a memo's extracted text: the example's phrases, and every one of the twelve forms with
 * its verdict as the assessment gives it.
 */
export function expectMemoText(text: string, result: InterviewResult, e: MemoExpectation): void {
  const t = plain(text);
  for (const phrase of e.phrases) expect(t).toContain(phrase);
  const m = memoMessages(e.lang).verdicts;
  expect(result.assessment.options).toHaveLength(12);
  result.assessment.options.forEach((o, i) => {
    expect(t).toContain(`${i + 1}. ${o.label} ${m.verdictLine(m.names[o.verdict])}`);
  });
}
