/**
 * Reading a case from outside: JSON text to value, value to a validated case v1, with every
 * problem named by path, code and a message in Swedish or English.
 */
export * from './case-input-problem';
export { CASE_SCHEMA } from './case-schema';
export { describeProblem, toValidationErrors } from './problem-messages';
export { parseJsonText, type JsonTextResult } from './parse-json-text';
export { validateCase, caseProblems, type CaseValidation } from './validate-case';
export { locateJsonError, type JsonErrorLocation } from './json-error-locator';
