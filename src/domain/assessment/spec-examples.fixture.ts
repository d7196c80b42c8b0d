// The contract's worked examples (spec/examples/, a copy of the shared specification's examples)
// for the tests of every entry point. Tests read them in place rather than from a second copy.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { FORM_IDS, type Assessment, type FormId } from '../../rules';
import { assessmentSchemaValidator } from './assessment-schema';

/** One worked example of the contract. */
export interface SpecExample {
  file: string;
  path: string;
  name: string;
  source: string;
  case: Record<string, unknown>;
  expect: { form: FormId; verdict: 'yes' | 'no' }[];
  expectRegime?: {
    directAwardLimitSek?: number | null;
    thresholdSek?: number | null;
    bilaga2?: boolean | null;
    aboveThreshold?: boolean | null;
  };
}

/** The folder of the contract's examples. */
export const SPEC_EXAMPLES_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../spec/examples',
);

/** Every worked example, in file order. */
export function specExamples(): SpecExample[] {
  return readdirSync(SPEC_EXAMPLES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const path = join(SPEC_EXAMPLES_DIR, file);
      return {
        file,
        path,
        ...(JSON.parse(readFileSync(path, 'utf8')) as Omit<SpecExample, 'file' | 'path'>),
      };
    });
}

/** `yes` is `allowed` or `allowed-if`; `no` is `not-allowed`, as the examples' README defines. */
export function verdictMatches(expected: 'yes' | 'no', verdict: string): boolean {
  return expected === 'yes'
    ? verdict === 'allowed' || verdict === 'allowed-if'
    : verdict === 'not-allowed';
}

/**
 * Checks an assessment against a worked example: valid against the assessment schema, all
 * twelve forms in order, the expected verdicts and, where given, the regime figures.
 */
export function expectMatchesExample(example: SpecExample, assessment: Assessment): void {
  const validate = assessmentSchemaValidator();
  expect(validate(assessment), JSON.stringify(validate.errors)).toBe(true);
  expect(assessment.options.map((o) => o.form)).toEqual([...FORM_IDS]);
  for (const { form, verdict } of example.expect) {
    const got = assessment.options.find((o) => o.form === form)?.verdict ?? 'missing';
    expect(verdictMatches(verdict, got), `${form}: expected ${verdict}, got ${got}`).toBe(true);
  }
  if (example.expectRegime !== undefined) {
    expect({
      directAwardLimitSek: assessment.regime.directAwardLimit?.sek,
      thresholdSek: assessment.regime.threshold?.sek,
      bilaga2: assessment.regime.bilaga2,
      aboveThreshold: assessment.regime.aboveThreshold,
    }).toEqual(example.expectRegime);
  }
}
