import type { Lang } from '../../engine';
import { assess, OutsideCoverageError, COVERAGE_START, type Assessment } from '../../rules';
import {
  parseJsonText,
  toValidationErrors,
  validateCase,
  type ValidationError,
} from '../case-input';

/** An assessment, or the problems that stop the input from being assessed. */
export type AssessCaseResult =
  { ok: true; assessment: Assessment } | { ok: false; errors: ValidationError[] };

/** How to assess: the language of texts and whether to include the evaluation records. */
export interface AssessCaseOptions {
  lang: Lang;
  explain?: boolean;
}

/**
 * Assesses an input that should be a case v1 (a parsed JSON value): validates it, then applies
 * the rules in force on its start date. Bad input never reaches the rules; it comes back as
 * errors in `options.lang`.
 */
export function assessCase(input: unknown, options: AssessCaseOptions): AssessCaseResult {
  const validation = validateCase(input, options.lang);
  if (!validation.ok) return validation;
  try {
    const assessment = assess(validation.value, {
      lang: options.lang,
      explain: options.explain === true,
    });
    return { ok: true, assessment };
  } catch (e) {
    // Validation already refuses dates before the coverage; this keeps the answer an input
    // error should the rules ever cover less than the validation assumes.
    if (!(e instanceof OutsideCoverageError)) throw e;
    const problem = {
      code: 'before-coverage' as const,
      actual: validation.value.startDate,
      coverageStart: COVERAGE_START,
    };
    return {
      ok: false,
      errors: toValidationErrors([{ path: 'startDate', problem }], options.lang),
    };
  }
}

/** Assesses a JSON text: malformed JSON gives one error, then as {@link assessCase}. */
export function assessCaseText(text: string, options: AssessCaseOptions): AssessCaseResult {
  const parsed = parseJsonText(text, options.lang);
  if (!parsed.ok) return parsed;
  return assessCase(parsed.value, options);
}
