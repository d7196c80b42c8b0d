import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, boundaries } from '../engine';
import { assess, COVERAGE_START, OutsideCoverageError } from './assess';
import { FORM_IDS, type FormId } from './assessment';
import { CHOICE_CASES } from './forms/choice.cases';
import { GENERAL_CASES } from './forms/general.cases';
import { PROCUREMENT_CASES } from './forms/procurement.cases';
import { RELATIONSHIP_CASES } from './forms/relationship.cases';
import { RESERVED_CASES } from './forms/reserved.cases';
import { RULE_SET_CASES } from './rule-sets/rule-sets.cases';
import { RULE_SETS } from './rule-sets/rule-sets';
import { meets, type Expected, type RuleCase } from './testing/rule-case';

/** The worked examples of the contract (spec/examples), in the same shape. */
function contractExamples(): RuleCase[] {
  const dir = join(import.meta.dirname, '../../spec/examples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const ex = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
        name: string;
        source: string;
        case: RuleCase['case'];
        expect: { form: FormId; verdict: Expected }[];
        expectRegime?: RuleCase['expectRegime'] & {
          directAwardLimitSek: number;
          thresholdSek: number;
        };
      };
      return {
        name: ex.name,
        source: ex.source,
        case: ex.case,
        expect: Object.fromEntries(ex.expect.map((e) => [e.form, e.verdict])),
        expectRegime: ex.expectRegime,
      };
    });
}

const SUITES: Record<string, RuleCase[]> = {
  'contract examples (spec/examples)': contractExamples(),
  'rule sets': RULE_SET_CASES,
  'direct award, advertised procurement, innovation partnership': PROCUREMENT_CASES,
  'reserved procurement': RESERVED_CASES,
  'grant and IOP': RELATIONSHIP_CASES,
  LOV: CHOICE_CASES,
  'early dialogue and social considerations': GENERAL_CASES,
};

for (const [suite, cases] of Object.entries(SUITES)) {
  describe(suite, () => {
    for (const rc of cases) {
      it(rc.name, () => {
        expect(rc.source.length).toBeGreaterThan(0);
        for (const lang of ['sv', 'en'] as const) {
          const a = assess(rc.case, { lang });
          for (const [form, expected] of Object.entries(rc.expect)) {
            const option = a.options.find((o) => o.form === form);
            const detail = option?.reasons.map((r) => r.text).join(' | ');
            expect(
              meets(option!.verdict, expected),
              `${form}: ${option?.verdict} — ${detail}`,
            ).toBe(true);
          }
          const r = rc.expectRegime;
          if (r !== undefined) {
            if (r.ruleSet !== undefined) expect(a.ruleSet.id).toBe(r.ruleSet);
            if (r.act !== undefined) expect(a.regime.act).toBe(r.act);
            if (r.thresholdSek !== undefined)
              expect(a.regime.threshold?.sek ?? null).toBe(r.thresholdSek);
            if (r.directAwardLimitSek !== undefined) {
              expect(a.regime.directAwardLimit?.sek ?? null).toBe(r.directAwardLimitSek);
            }
            if (r.bilaga2 !== undefined) expect(a.regime.bilaga2).toBe(r.bilaga2);
            if (r.aboveThreshold !== undefined)
              expect(a.regime.aboveThreshold).toBe(r.aboveThreshold);
          }
          if (rc.expectQuestions !== undefined) {
            expect(a.questions.map((q) => q.field)).toEqual(
              expect.arrayContaining(rc.expectQuestions),
            );
          }
          if (rc.expectQuestionsFirst !== undefined) {
            expect(
              a.questions.slice(0, rc.expectQuestionsFirst.length).map((q) => q.field),
            ).toEqual(rc.expectQuestionsFirst);
          }
        }
      });
    }
  });
}

describe('the cases themselves', () => {
  const all = Object.values(SUITES).flat();

  it('give every form at least three cases', () => {
    for (const form of FORM_IDS) {
      const n = all.filter((rc) => rc.expect[form] !== undefined).length;
      expect(n, form).toBeGreaterThanOrEqual(3);
    }
  });

  it('cover every rule set and the day on each side of every rule-set boundary', () => {
    const dates = new Set(RULE_SET_CASES.map((rc) => rc.case.startDate));
    for (const b of boundaries(RULE_SETS)) {
      expect(dates, b).toContain(b);
      // The day before the first rule set is outside the rules: assessing it is an error.
      if (b === COVERAGE_START) {
        expect(() => assess({ startDate: addDays(b, -1) })).toThrow(OutsideCoverageError);
      } else {
        expect(dates, addDays(b, -1)).toContain(addDays(b, -1));
      }
    }
    for (const rs of RULE_SETS) {
      expect(
        RULE_SET_CASES.some((rc) => rc.expectRegime?.ruleSet === rs.value.id),
        rs.value.id,
      ).toBe(true);
    }
  });
});
