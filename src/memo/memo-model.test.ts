import { describe, expect, it } from 'vitest';
import { interviewField, interviewResult } from '../domain/interview';
import type { Lang } from '../engine';
import { MEMO_EXAMPLES } from './memo-cases.fixture';
import type { MemoBlock, MemoDocument } from './memo-document';
import { inlineText } from './memo-document';
import { memoFromResult } from './memo-from-result';
import { buildMemo, printable } from './memo-model';
import { exampleMemo, PRODUCED_ON } from './memo-render.fixture';

function memoOf(query: string, lang: Lang): MemoDocument {
  const read = interviewResult(new URLSearchParams(query), lang, PRODUCED_ON);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return memoFromResult(read.result, {
    lang,
    producedOn: PRODUCED_ON,
    permalink: `/vagledning/resultat?${query}`,
  });
}

function tables(memo: MemoDocument): Extract<MemoBlock, { kind: 'table' }>[] {
  return memo.blocks.filter((b): b is Extract<MemoBlock, { kind: 'table' }> => b.kind === 'table');
}

/** The blocks under the level-2 heading `heading`, up to the next level-2 heading. */
function section(memo: MemoDocument, heading: string): MemoBlock[] {
  const start = memo.blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
  if (start === -1) throw new Error(`no section ${heading}`);
  const rest = memo.blocks.slice(start + 1);
  const end = rest.findIndex((b) => b.kind === 'heading' && b.level <= 2);
  return end === -1 ? rest : rest.slice(0, end);
}

function text(blocks: readonly MemoBlock[]): string {
  return blocks
    .map((b) => {
      if (b.kind === 'paragraph') return inlineText(b.content);
      if (b.kind === 'list') return b.items.map(inlineText).join('\n');
      if (b.kind === 'table') return b.rows.map((r) => r.join(' | ')).join('\n');
      if (b.kind === 'fill-in') return b.fields.join('\n');
      return b.text;
    })
    .join('\n');
}

describe('the decision memo model', () => {
  it('lists the facts as answered, "Vet inte" for an unknown fact, and no question never asked', () => {
    const { memo } = exampleMemo(MEMO_EXAMPLES.elderlyCare, 'sv', {
      'counterpart.mainAimWorkIntegration': 'unknown',
    });
    const facts = tables(memo)[0]!;
    expect(facts.head).toEqual(['Fråga', 'Svar']);
    const answer = (path: string) =>
      facts.rows.find(([q]) => q === interviewField(path)!.question.sv)?.[1];
    expect(answer('startDate')).toBe('2023-03-01');
    expect(answer('estimatedValueSek')).toMatch(/^12\s000\s000 kr$/);
    expect(answer('subject.cpv')).toBe('85311100-3 Äldreomsorg');
    expect(answer('counterpart.legalForm')).toBe('Stiftelse');
    expect(answer('counterpart.mainAimWorkIntegration')).toBe('Vet inte');
    expect(answer('crossBorderInterest')).toBeUndefined();
    expect(answer('counterpart.reinvestsProfits')).toBeUndefined();
  });

  it('assesses all twelve forms, each under its own heading with its verdict and reasons', () => {
    const { memo, result } = exampleMemo(MEMO_EXAMPLES.elderlyCare, 'en');
    const headings = memo.blocks.flatMap((b, i) =>
      b.kind === 'heading' && b.level === 3 && /^\d+\. /.test(b.text) ? [i] : [],
    );
    expect(headings).toHaveLength(12);
    result.assessment.options.forEach((o, n) => {
      const at = headings[n]!;
      expect(memo.blocks[at]).toEqual({ kind: 'heading', level: 3, text: `${n + 1}. ${o.label}` });
      const next = memo.blocks[at + 1];
      expect(next?.kind === 'paragraph' && inlineText(next.content)).toMatch(/^Assessment: /);
    });
    const summary = tables(memo)[2]!;
    expect(summary.rows).toContainEqual([
      'Procurement reserved for idea-driven organisations (19 kap. 25 a § LOU)',
      'Possible under conditions',
    ]);
    expect(summary.rows).toContainEqual(['Direct award', 'Not possible']);
  });

  it('links every citation to its source and lists each source once', () => {
    const { memo } = exampleMemo(MEMO_EXAMPLES.elderlyCare, 'sv');
    const list = section(memo, 'Källor').find((b) => b.kind === 'list');
    if (list?.kind !== 'list') throw new Error('no list of sources');
    const urls = list.items.map((item) => item.find((i) => i.url !== undefined)?.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toContain('https://rkrattsbaser.gov.se/sfst?bet=2016:1145');
    const cited = memo.blocks.flatMap((b) =>
      b.kind === 'list' ? b.items.flat().filter((i) => i.url !== undefined) : [],
    );
    expect(cited).toContainEqual({
      text: '19 kap. 25 a § LOU (2016:1145)',
      url: 'https://rkrattsbaser.gov.se/sfst?bet=2016:1145',
    });
  });

  it('says what is still unknown, what is not verified and what would change the answer', () => {
    const { memo, result } = exampleMemo(MEMO_EXAMPLES.elderlyCare, 'sv');
    const unknown = text(section(memo, 'Det som fortfarande är okänt'));
    for (const q of result.assessment.questions) expect(unknown).toContain(q.text);
    expect(unknown).toContain(
      'Påverkar: Reserverad upphandling för arbetsintegrering (4 kap. 18 § LOU).',
    );
    for (const r of result.assessment.unverified) expect(unknown).toContain(r.text);
    const changes = text(section(memo, 'Det här skulle ändra bedömningen'));
    expect(result.changes.length).toBeGreaterThan(0);
    for (const c of result.changes) expect(changes).toContain(c.text);
    expect(changes).toMatch(/^Direktupphandling: /m);
  });

  it('gives the rule set and the regime, and says plainly when a figure in kronor is missing', () => {
    const base = 'buyer.kind=municipality&subject.type=services&subject.cpv=90910000-9';
    const rules = (memo: MemoDocument) => new Map(tables(memo)[1]!.rows.map(([k, v]) => [k, v]));

    const known = rules(memoOf(`startDate=2023-03-01&${base}`, 'sv'));
    expect(known.get('Regeluppsättningen gäller')).toBe('från 2023-01-01 tills vidare');
    expect(known.get('Regeluppsättning')).toMatch(/\(lou-2023-01\)$/);
    expect(
      known.get('Tjänst enligt bilaga 2 (sociala tjänster och andra särskilda tjänster)'),
    ).toBe('nej');

    const eurOnly = rules(memoOf(`startDate=2026-06-01&${base}`, 'sv'));
    expect(eurOnly.get('Tröskelvärde')).toMatch(
      /^beloppet i kronor saknas \(216\s000 euro\), från 2026-01-01 till 2027-12-31 \(5 kap\. LOU \(2016:1145\)\)\. /,
    );
    const eurOnlyEn = rules(memoOf(`startDate=2026-06-01&${base}`, 'en'));
    expect(eurOnlyEn.get('Threshold')).toMatch(/^the figure in SEK is missing \(EUR 216,000\)/);

    const unpublished = rules(memoOf(`startDate=2028-03-01&${base}`, 'sv'));
    expect(unpublished.get('Tröskelvärde')).toMatch(
      /^beloppet för perioden är inte publicerat ännu, från 2028-01-01 tills vidare/,
    );
  });

  it('says so when the start date is unknown and the rules of the day of production apply', () => {
    const memo = memoOf('startDate=unknown&buyer.kind=municipality', 'sv');
    const all = text(memo.blocks);
    expect(all).toContain(
      `Dagen då ärendet påbörjas är okänd; bedömningen tillämpar reglerna som gäller ${PRODUCED_ON}.`,
    );
    expect(tables(memo)[1]!.rows[0]).toEqual([
      'Ärendet påbörjas',
      `okänt (reglerna som gäller ${PRODUCED_ON} tillämpas)`,
    ]);
    expect(tables(memo)[0]!.rows[0]).toEqual([
      'När påbörjas upphandlingen eller samarbetet?',
      'Vet inte',
    ]);
  });

  it('leaves fields for the decision-maker to fill in, dated and named for download', () => {
    const { memo } = exampleMemo(MEMO_EXAMPLES.directAwardJanuary2022, 'en');
    const decision = section(memo, 'Decision');
    const fields = decision.find((b) => b.kind === 'fill-in');
    expect(fields?.kind === 'fill-in' && fields.fields).toEqual([
      'Form of collaboration chosen',
      'Grounds',
      'Decided by (name and position)',
      'Date of the decision',
      'Signature',
      'Name in block letters',
    ]);
    expect(memo.fileName).toBe(`decision-memo-${PRODUCED_ON}`);
    expect(memo.title).toBe('Decision memo: choice of collaboration form – Cleaning services');
    expect(text(memo.blocks)).toContain(`Produced on ${PRODUCED_ON} with samverka.`);
    expect(exampleMemo(MEMO_EXAMPLES.directAwardJanuary2022, 'sv').memo.fileName).toBe(
      `beslutsunderlag-${PRODUCED_ON}`,
    );
  });
});

describe('text typed by the user', () => {
  it('becomes one line of printable characters, without bidirectional overrides', () => {
    expect(printable(' Glädje\u0000 och\tsorg\r\n\u202eåter\u202c \u2066ö\u2069 \u0085')).toBe(
      'Glädje och sorg åter ö',
    );
  });

  it('is made printable in the facts and the title of the memo', () => {
    const { result } = exampleMemo(MEMO_EXAMPLES.directAwardJanuary2022, 'sv');
    const memo = buildMemo({
      lang: 'sv',
      subject: 'Städ\u0007\u202e',
      facts: [{ question: 'Vad heter\norganisationen?', answer: '\u202eTrojan\u202c\u0000 AB' }],
      startDateKnown: true,
      assessment: result.assessment,
      changes: [],
      producedOn: PRODUCED_ON,
      permalink: '/vagledning/resultat?startDate=2022-01-20',
    });
    expect(memo.title).toBe('Beslutsunderlag: val av samverkansform – Städ');
    expect(tables(memo)[0]!.rows).toEqual([['Vad heter organisationen?', 'Trojan AB']]);
  });
});
