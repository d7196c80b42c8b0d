import type { ValidationError } from '../../domain/case-input';
import type { Assessment } from '../../rules';
import type { ApiErrorBody } from '../api-errors';

/** The assessment as the API answers it: the assessment v1 document itself. */
export function presentAssessment(assessment: Assessment): string {
  return JSON.stringify(assessment);
}

/** Validation errors as the API's error body: path, code and message per problem. */
export function presentValidationErrors(errors: readonly ValidationError[]): ApiErrorBody {
  return { errors: errors.map(({ path, code, message }) => ({ path, code, message })) };
}
