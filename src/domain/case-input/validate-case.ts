import type { Lang } from '../../engine';
import type { Case } from '../../rules';
import type { LocatedProblem, ValidationError } from './case-input-problem';
import { problemsFromAjv } from './ajv-problems';
import { caseSchemaValidator } from './case-schema';
import { toValidationErrors } from './problem-messages';
import { semanticProblems } from './semantic-checks';

/** A valid case, or every problem found in the input, worded in the requested language. */
export type CaseValidation = { ok: true; value: Case } | { ok: false; errors: ValidationError[] };

/**
 * Every problem with an input that should be a case v1, without wording: the structural problems
 * of `spec/case.schema.json` first, then the semantic ones. A non-finite number is reported as
 * such rather than as a range error.
 */
export function caseProblems(input: unknown): LocatedProblem[] {
  const validate = caseSchemaValidator();
  const structural = validate(input) ? [] : problemsFromAjv(validate.errors ?? []);
  const semantic = semanticProblems(input);
  const nonFinite = new Set(
    semantic.filter((p) => p.problem.code === 'not-finite').map((p) => p.path),
  );
  return [...structural.filter((p) => !nonFinite.has(p.path)), ...semantic];
}

/**
 * Validates an input (a parsed JSON value) as a case v1. On success the input is returned as a
 * {@link Case}; otherwise every problem comes back with its dot path (`subject.cpv.0`), a stable
 * code and a message in `lang`.
 */
export function validateCase(input: unknown, lang: Lang): CaseValidation {
  const problems = caseProblems(input);
  if (problems.length > 0) return { ok: false, errors: toValidationErrors(problems, lang) };
  return { ok: true, value: input as Case };
}
