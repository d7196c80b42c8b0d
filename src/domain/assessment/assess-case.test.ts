import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../engine';
import { FORM_IDS } from '../../rules';
import { assessCase, assessCaseText } from './assess-case';
import { assessmentSchemaValidator } from './assessment-schema';
import { specExamples, verdictMatches } from './spec-examples.fixture';

describe('assessCase', () => {
  describe.each(specExamples().map((e) => [e.file, e] as const))(
    'contract example %s',
    (_f, example) => {
      it(`${example.name}`, () => {
        const result = assessCase(example.case, { lang: 'sv' });
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        const { assessment } = result;
        const validate = assessmentSchemaValidator();
        expect(validate(assessment), JSON.stringify(validate.errors)).toBe(true);
        expect(assessment.asOf).toBe(example.case.startDate);
        expect(isIsoDate(assessment.ruleSet.validFrom)).toBe(true);
        expect(assessment.options.map((o) => o.form)).toEqual([...FORM_IDS]);
        for (const { form, verdict } of example.expect) {
          const got = assessment.options.find((o) => o.form === form)?.verdict ?? 'missing';
          expect(verdictMatches(verdict, got), `${form}: expected ${verdict}, got ${got}`).toBe(
            true,
          );
        }
        const regime = example.expectRegime;
        if (regime !== undefined) {
          expect({
            directAwardLimitSek: assessment.regime.directAwardLimit?.sek,
            thresholdSek: assessment.regime.threshold?.sek,
            bilaga2: assessment.regime.bilaga2,
            aboveThreshold: assessment.regime.aboveThreshold,
          }).toEqual(regime);
        }
      });
    },
  );

  it('includes the evaluation records only when asked to explain', () => {
    const input = specExamples()[0]!.case;
    const plain = assessCase(input, { lang: 'en' });
    const explained = assessCase(input, { lang: 'en', explain: true });
    expect(plain.ok && plain.assessment.trace).toBeFalsy();
    expect(explained.ok && (explained.assessment.trace ?? []).length).toBeGreaterThan(0);
  });

  it('returns errors, never an assessment, for an invalid case', () => {
    const result = assessCase({ startDate: '2013-12-31' }, { lang: 'en' });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'startDate',
          code: 'before-coverage',
          message: '2013-12-31 is outside the rules samverka covers, which start 2014-07-01',
        },
      ],
    });
  });

  it('reads a JSON text and reports malformed JSON as one error', () => {
    const result = assessCaseText('{"startDate": 2023-03-01}', { lang: 'sv' });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: '',
          code: 'invalid-json',
          message: 'felaktig JSON på rad 1, kolumn 19: oväntat "-"',
        },
      ],
    });
  });
});
