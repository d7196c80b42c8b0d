import type { Lang } from '../engine';
import type { Assessment } from './assessment';
import type { Case } from './case';

/** The first start date the rules cover. */
export const COVERAGE_START = '2014-07-01';

/** Thrown when no rule set covers the case's start date. */
export class OutsideCoverageError extends Error {
  constructor(readonly date: string) {
    super(`no rule set covers ${date}`);
  }
}

/** The rule set in force on `date`, or undefined. */
export function ruleSetOn(_date: string): { id: string } | undefined {
  throw new Error('being written');
}

/** Assesses a validated case. Throws {@link OutsideCoverageError} before {@link COVERAGE_START}. */
export function assess(_input: Case, _options: { lang?: Lang; explain?: boolean } = {}): Assessment {
  throw new Error('being written');
}
