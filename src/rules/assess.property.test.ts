import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import assessmentSchema from '../../spec/assessment.schema.json';
import { assess } from './assess';
import { FORM_IDS, type Assessment, type Verdict } from './assessment';
import type { Case } from './case';
import { answerCandidates } from './answers';
import { buildContext } from './context/context';
import { ruleSetFor } from './rule-sets/rule-sets';
import { answersFor, caseArbitrary, withAnswer } from './testing/case-arbitrary';

/** The test's own answers and the engine's candidates: a change either finds must be listed. */
function allAnswers(c: Case, field: string): unknown[] {
  const ruleSet = ruleSetFor(c.startDate);
  const engine = ruleSet ? answerCandidates(field, buildContext(c, ruleSet)) : [];
  return [...answersFor(field), ...engine];
}

const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
const validateAssessment = ajv.compile(assessmentSchema);
const RUNS = { numRuns: 400 };

function verdictOf(a: Assessment, form: string): Verdict {
  return a.options.find((o) => o.form === form)?.verdict ?? 'undetermined';
}

/** A determined verdict stays: allowed and not-allowed never change; allowed-if may only resolve. */
function consistent(before: Verdict, after: Verdict): boolean {
  if (before === 'allowed' || before === 'not-allowed') return after === before;
  if (before === 'allowed-if') return after !== 'undetermined';
  return true;
}

describe('every assessment', () => {
  it('validates against assessment.schema.json, in both languages, with the trace', () => {
    fc.assert(
      fc.property(caseArbitrary, fc.constantFrom<'sv' | 'en'>('sv', 'en'), (c, lang) => {
        const a = assess(c, { lang, explain: true });
        const ok = validateAssessment(a);
        if (!ok) throw new Error(JSON.stringify(validateAssessment.errors?.slice(0, 3)));
      }),
      RUNS,
    );
  });

  it('lists all twelve forms in the order of the contract', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        expect(assess(c).options.map((o) => o.form)).toEqual([...FORM_IDS]);
      }),
      RUNS,
    );
  });

  it('cites a provision for every reason, condition and risk of every verdict', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        for (const o of assess(c).options) {
          for (const r of [...o.reasons, ...o.conditions, ...o.risks]) {
            if (r.citations.length === 0) {
              throw new Error(`${o.form}: ${r.code} has no citation`);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('gives the same verdicts in Swedish and English', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const sv = assess(c, { lang: 'sv' });
        const en = assess(c, { lang: 'en' });
        expect(en.options.map((o) => o.verdict)).toEqual(sv.options.map((o) => o.verdict));
        expect(en.questions.map((q) => q.field)).toEqual(sv.questions.map((q) => q.field));
      }),
      RUNS,
    );
  });
});

describe('direct award', () => {
  it('never turns from not-allowed into allowed when only the value is raised', () => {
    fc.assert(
      fc.property(caseArbitrary, fc.integer({ min: 1, max: 50_000_000 }), (c, raise) => {
        if (c.estimatedValueSek === null || c.estimatedValueSek === undefined) return;
        const before = verdictOf(assess(c), 'direct-award');
        const after = verdictOf(
          assess({ ...c, estimatedValueSek: c.estimatedValueSek + raise }),
          'direct-award',
        );
        if (before === 'not-allowed') expect(after).toBe('not-allowed');
      }),
      RUNS,
    );
  });
});

describe('questions', () => {
  it('answering one never contradicts a verdict that was already determined', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const before = assess(c);
        for (const q of before.questions) {
          for (const answer of allAnswers(c, q.field)) {
            const after = assess(withAnswer(c, q.field, answer));
            for (const form of FORM_IDS) {
              const b = verdictOf(before, form);
              const a = verdictOf(after, form);
              if (!consistent(b, a)) {
                throw new Error(
                  `${q.field}=${JSON.stringify(answer)} turned ${form} from ${b} into ${a}`,
                );
              }
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('each one names exactly the forms whose verdict its answer can change', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const before = assess(c);
        for (const q of before.questions) {
          const changed = new Set<string>();
          for (const answer of allAnswers(c, q.field)) {
            const after = assess(withAnswer(c, q.field, answer));
            for (const form of FORM_IDS) {
              if (verdictOf(after, form) !== verdictOf(before, form)) changed.add(form);
            }
          }
          expect([...changed].sort(), q.field).toEqual([...q.affects].sort());
        }
      }),
      { numRuns: 150 },
    );
  });

  it('come most decisive first: the first can change at least as many verdicts as any other', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const before = assess(c);
        const reach = before.questions.map((q) => {
          const changed = new Set<string>();
          for (const answer of allAnswers(c, q.field)) {
            const after = assess(withAnswer(c, q.field, answer));
            for (const form of FORM_IDS) {
              if (verdictOf(after, form) !== verdictOf(before, form)) changed.add(form);
            }
          }
          return changed.size;
        });
        if (reach.length > 1) expect(reach[0]).toBeGreaterThanOrEqual(Math.max(...reach));
      }),
      { numRuns: 150 },
    );
  });
});
