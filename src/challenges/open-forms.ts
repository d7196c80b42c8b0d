// The collaboration forms the engine finds open for a challenge, from the case facts its poster
// gave. Assessed when read, so that a post always shows the rules in force for its start date
// as samverka knows them now.
import type { Lang } from '../engine/index';
import { assess, COVERAGE_START, OutsideCoverageError, type Assessment, type Case } from '../rules';

/** The engine's answer for a challenge. */
export type OpenForms =
  /** the poster gave no case facts */
  | { status: 'no-facts' }
  /** the facts start before the rules samverka covers */
  | { status: 'outside-coverage'; coverageStart: string }
  | { status: 'assessed'; facts: Case; assessment: Assessment };

/** Assesses `caseFacts` in `lang`; a start date outside the coverage is an answer, not an error. */
export function openFormsOf(caseFacts: Case | null, lang: Lang): OpenForms {
  if (caseFacts === null) return { status: 'no-facts' };
  try {
    return { status: 'assessed', facts: caseFacts, assessment: assess(caseFacts, { lang }) };
  } catch (error) {
    if (error instanceof OutsideCoverageError) {
      return { status: 'outside-coverage', coverageStart: COVERAGE_START };
    }
    throw error;
  }
}
