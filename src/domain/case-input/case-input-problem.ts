/**
 * What can be wrong with a case, as codes plus data. The codes are stable (clients may rely on
 * them); the wording lives in the locale files, one per language.
 */

/** JSON types as the schema names them. */
export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

/** One problem with the input, without its wording. */
export type CaseInputProblem =
  | { code: 'invalid-json'; line: number; column: number; found: string | null }
  | { code: 'empty-input' }
  | { code: 'wrong-type'; expected: JsonType[]; actual: JsonType }
  | { code: 'not-one-of'; allowed: (string | null)[]; actual: unknown }
  | { code: 'unknown-field'; field: string; allowed: string[] }
  | { code: 'missing'; field: string }
  | { code: 'negative'; actual: number }
  | { code: 'out-of-range'; min: number; max: number; actual: number }
  | { code: 'below-minimum'; min: number; actual: number }
  | { code: 'above-maximum'; max: number; actual: number }
  | { code: 'not-finite' }
  | { code: 'too-long'; max: number }
  | { code: 'pattern'; pattern: string }
  | { code: 'date-format'; actual: string }
  | { code: 'impossible-date'; actual: string }
  | { code: 'before-coverage'; actual: string; coverageStart: string }
  | { code: 'cpv-format'; actual: string }
  | { code: 'cpv-check-digit'; actual: string; expected: string }
  | { code: 'cpv-unknown'; actual: string }
  | { code: 'orgnr-format'; actual: string }
  | { code: 'orgnr-month-digits'; actual: string }
  | { code: 'orgnr-check-digit'; actual: string; expected: number }
  | { code: 'invalid'; keyword: string };

/** A stable problem code. */
export type CaseInputProblemCode = CaseInputProblem['code'];

/** The wording of every problem in one language. */
export type CaseInputMessages = {
  [C in CaseInputProblemCode]: (problem: Extract<CaseInputProblem, { code: C }>) => string;
};

/** A problem found at a path in the input (`subject.cpv.0`; `""` is the whole input). */
export interface LocatedProblem {
  path: string;
  problem: CaseInputProblem;
}

/** A problem as callers see it: where, which code, and what is wrong in the user's language. */
export interface ValidationError {
  /** Dot path of the field (`counterpart.legalForm`, `subject.cpv.0`); `""` is the whole input. */
  path: string;
  /** Stable code of the problem (`not-one-of`, `cpv-check-digit`, ...). */
  code: CaseInputProblemCode;
  /** What is wrong, in the requested language. */
  message: string;
}
