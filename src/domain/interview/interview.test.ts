import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Case, FormId } from '../../rules';
import { caseArbitrary } from '../../rules/testing/case-arbitrary';
import {
  answerLabel,
  assessState,
  emptyState,
  interviewField,
  interviewResult,
  nextStep,
  readAnswer,
  readPermalink,
  searchCpv,
  whatWouldChange,
  withAnswer,
  writePermalink,
  type Answer,
  type InterviewState,
} from './index';

const TODAY = '2026-11-26';

interface Example {
  name: string;
  case: Case;
  expect: { form: FormId; verdict: 'yes' | 'no' }[];
}

const EXAMPLES: Example[] = (() => {
  const dir = join(import.meta.dirname, '../../../spec/examples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Example);
})();

function get(c: Case, path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => {
    if (node === null || typeof node !== 'object') return undefined;
    return (node as Record<string, unknown>)[part];
  }, c);
}

/** Answers the journey's questions from a case, as a person who knows those facts would. */
function walk(c: Case, goal = 'unsure'): { state: InterviewState; steps: number } {
  let state = emptyState();
  for (let steps = 0; steps < 40; steps++) {
    const assessment = state.answers.has('startDate') ? assessState(state, 'sv', TODAY) : undefined;
    const step = assessment
      ? nextStep(state, assessment)
      : nextStep(state, { questions: [] } as never);
    if (step.kind === 'check-answers') return { state, steps };
    const path = step.field.path;
    let answer: Answer;
    if (path === 'goal') answer = { kind: 'value', value: goal };
    else if (path === 'counterpart') answer = { kind: 'value', value: c.counterpart != null };
    else {
      const value = get(c, path);
      answer =
        value === undefined || value === null ? { kind: 'unknown' } : { kind: 'value', value };
    }
    state = withAnswer(state, path, answer);
  }
  throw new Error('the journey did not end within 40 questions');
}

describe('the permalink', () => {
  it('reads back what it writes, for any case', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        let state = emptyState();
        const leaves: [string, unknown][] = [];
        const visit = (node: unknown, prefix: string) => {
          for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
            const path = prefix === '' ? k : `${prefix}.${k}`;
            if (v !== null && typeof v === 'object' && !Array.isArray(v)) visit(v, path);
            else if (interviewField(path) !== undefined) leaves.push([path, v]);
          }
        };
        visit(c, '');
        for (const [path, v] of leaves) {
          state = withAnswer(
            state,
            path,
            v === null ? { kind: 'unknown' } : { kind: 'value', value: v },
          );
        }
        const read = readPermalink(new URLSearchParams(writePermalink(state)), 'sv');
        expect(read.ok).toBe(true);
        expect(writePermalink(read.state)).toBe(writePermalink(state));
        expect(read.state.case).toEqual(state.case);
      }),
      { numRuns: 200 },
    );
  });

  it('names every bad parameter with the API’s messages, in the language asked for', () => {
    const read = readPermalink(
      new URLSearchParams(
        'startDate=2023-02-30&buyer.kind=kommun&estimatedValueSek=abc&subject.cpv=85311100-4&foo=1&relationship.marketExists=kanske',
      ),
      'sv',
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const paths = read.errors.map((e) => e.path).sort();
    expect(paths).toEqual(
      [
        'buyer.kind',
        'estimatedValueSek',
        'foo',
        'relationship.marketExists',
        'startDate',
        'subject.cpv.0',
      ].sort(),
    );
    expect(read.errors.find((e) => e.path === 'subject.cpv.0')?.message).toContain('85311100-3');
    // The bad answers are left out; nothing half-read stays in the state.
    expect(read.state.answers.size).toBe(0);
  });

  it('keeps "Vet inte" as an answer while the fact stays unknown', () => {
    const read = readPermalink(
      new URLSearchParams('startDate=2024-01-10&relationship.marketExists=unknown'),
      'en',
    );
    expect(read.ok).toBe(true);
    expect(read.state.answers.get('relationship.marketExists')).toEqual({ kind: 'unknown' });
    expect(read.state.case.relationship).toBeUndefined();
  });
});

describe('answers from a form', () => {
  const field = (path: string) => interviewField(path)!;

  it('read amounts, shares, dates and codes as people write them', () => {
    expect(readAnswer(field('estimatedValueSek'), { answer: '1 200 000 kr' }, 'sv')).toEqual({
      ok: true,
      answer: { kind: 'value', value: 1_200_000 },
    });
    expect(
      readAnswer(field('counterpart.shareDisadvantagedStaff'), { answer: '35 %' }, 'sv'),
    ).toEqual({
      ok: true,
      answer: { kind: 'value', value: 0.35 },
    });
    expect(readAnswer(field('startDate'), { day: '1', month: '3', year: '2023' }, 'sv')).toEqual({
      ok: true,
      answer: { kind: 'value', value: '2023-03-01' },
    });
    expect(
      readAnswer(field('subject.cpv'), { answer: ['85311100-3', '90910000-9'] }, 'sv'),
    ).toEqual({
      ok: true,
      answer: { kind: 'value', value: ['85311100-3', '90910000-9'] },
    });
    expect(readAnswer(field('relationship.marketExists'), { answer: 'unknown' }, 'sv')).toEqual({
      ok: true,
      answer: { kind: 'unknown' },
    });
  });

  it('say what is wrong with an empty, mistyped or impossible answer, naming the field', () => {
    const cases: [string, Record<string, string>, string][] = [
      ['relationship.marketExists', {}, 'Välj ett svar'],
      ['estimatedValueSek', { answer: 'femhundra' }, 'hela kronor'],
      ['startDate', { day: '30', month: '2', year: '2023' }, 'inte ett datum'],
      ['startDate', { day: '1', month: '1', year: '2013' }, '2014-07-01'],
      ['counterpart.shareDisadvantagedStaff', { answer: '130' }, 'från 0 till 100'],
      ['subject.cpv', { answer: '85311100-4' }, 'inte en CPV-kod'],
      ['buyer.kind', { answer: 'kommun' }, 'inte ett av svarsalternativen'],
    ];
    for (const [path, form, words] of cases) {
      const r = readAnswer(field(path), form, 'sv');
      expect(r.ok, path).toBe(false);
      if (!r.ok) {
        expect(r.errors[0]?.path).toBe(path);
        expect(r.errors[0]?.message).toContain(words);
      }
    }
    const en = readAnswer(field('relationship.marketExists'), {}, 'en');
    expect(!en.ok && en.errors[0]?.message).toContain('Choose an answer');
  });
});

describe('the journey', () => {
  it('asks the start date, the goal and the organisation first', () => {
    let state = emptyState();
    const asked: string[] = [];
    for (const path of ['startDate', 'goal', 'counterpart']) {
      const step = nextStep(state, { questions: [] } as never);
      expect(step.kind).toBe('question');
      if (step.kind === 'question') asked.push(step.field.path);
      state = withAnswer(
        state,
        path,
        path === 'startDate' ? { kind: 'value', value: '2024-03-01' } : { kind: 'unknown' },
      );
    }
    expect(asked).toEqual(['startDate', 'goal', 'counterpart']);
  });

  for (const ex of EXAMPLES) {
    it(`reaches the expected verdicts by answering only what it asks: ${ex.name}`, () => {
      const { state, steps } = walk(ex.case);
      expect(steps).toBeLessThanOrEqual(25);
      const a = assessState(state, 'sv', TODAY);
      for (const e of ex.expect) {
        const v = a.options.find((o) => o.form === e.form)!.verdict;
        if (e.verdict === 'yes') expect(['allowed', 'allowed-if'], e.form).toContain(v);
        else expect(v, e.form).toBe('not-allowed');
      }
    });
  }
});

describe('the result', () => {
  it('says at what amount direct award would open, and when new rules start', () => {
    const ex = EXAMPLES.find((e) => e.case.startDate === '2022-01-20')!;
    const { state } = walk(ex.case);
    const a = assessState(state, 'sv', TODAY);
    const texts = whatWouldChange(state, a, 'sv').map((n) => n.text);
    expect(texts.some((t) => t.includes('626\u00a0284 kr'))).toBe(true);
    expect(texts.some((t) => t.includes('2022-02-01'))).toBe(true);
  });

  it('uses today’s rules for an unknown start date and says so through the answer', () => {
    const r = interviewResult(new URLSearchParams('startDate=unknown'), 'en', TODAY);
    expect(r.ok && r.result.assessment.asOf).toBe(TODAY);
    const field = interviewField('startDate')!;
    expect(answerLabel(field, { kind: 'unknown' }, 'en')).toBe('Don’t know');
  });

  it('refuses a permalink without a start date', () => {
    const r = interviewResult(new URLSearchParams('buyer.kind=region'), 'sv', TODAY);
    expect(r.ok).toBe(false);
  });
});

describe('CPV search', () => {
  it('finds codes by Swedish or English words, accents or not, and by digits', () => {
    expect(searchCpv('äldreomsorg', 'sv').map((h) => h.code)).toContain('85311100-3');
    expect(searchCpv('aldreomsorg', 'sv').map((h) => h.code)).toContain('85311100-3');
    expect(searchCpv('elderly', 'en').map((h) => h.code)).toContain('85311100-3');
    expect(searchCpv('städning', 'sv').map((h) => h.code)).toContain('90910000-9');
    expect(searchCpv('8531110', 'sv')[0]?.code).toBe('85311100-3');
    expect(searchCpv('', 'sv')).toEqual([]);
    expect(searchCpv('xyzzy', 'sv')).toEqual([]);
  });
});
