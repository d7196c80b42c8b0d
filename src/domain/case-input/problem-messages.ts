import type { Lang } from '../../engine';
import type {
  CaseInputMessages,
  CaseInputProblem,
  LocatedProblem,
  ValidationError,
} from './case-input-problem';
import { en } from './locales/en';
import { sv } from './locales/sv';

const MESSAGES: Record<Lang, CaseInputMessages> = { sv, en };

/** The wording of one problem in `lang`. */
export function describeProblem(problem: CaseInputProblem, lang: Lang): string {
  // Each code's formatter takes exactly the problem with that code; TypeScript cannot correlate
  // the two through the index, hence the widening.
  const format = MESSAGES[lang][problem.code] as (p: CaseInputProblem) => string;
  return format(problem);
}

/** Located problems as errors with their wording in `lang`. */
export function toValidationErrors(problems: LocatedProblem[], lang: Lang): ValidationError[] {
  return problems.map(({ path, problem }) => ({
    path,
    code: problem.code,
    message: describeProblem(problem, lang),
  }));
}
