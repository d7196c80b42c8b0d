// The contract's worked examples (spec/examples/, a copy of the shared specification's examples)
// for the tests of every entry point. Tests read them in place rather than from a second copy.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FormId } from '../../rules';

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
