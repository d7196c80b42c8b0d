import type { CaseInputMessages, JsonType } from '../case-input-problem';

const TYPE_NAMES: Record<JsonType, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

// The value found: a number that is not an integer is named as such.
function actualName(type: JsonType): string {
  return type === 'number' ? 'a decimal number' : TYPE_NAMES[type];
}

function types(list: JsonType[]): string {
  return orList(list.map((t) => TYPE_NAMES[t]));
}

function orList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** English wording of every problem with a case. */
export const en: CaseInputMessages = {
  'invalid-json': (p) =>
    `malformed JSON at line ${p.line}, column ${p.column}: ${
      p.found === null ? 'the text ends too early' : `unexpected ${shown(p.found)}`
    }`,
  'empty-input': () => 'no input: expected a case as a JSON object',
  'wrong-type': (p) => `expected ${types(p.expected)}, got ${actualName(p.actual)}`,
  'not-one-of': (p) => {
    const values = p.allowed.filter((v) => v !== null);
    const nullable = p.allowed.includes(null) ? ', or null when unknown' : '';
    return `expected one of ${values.join(', ')}${nullable} (got ${shown(p.actual)})`;
  },
  'unknown-field': (p) => `unknown field "${p.field}"; the fields here are ${p.allowed.join(', ')}`,
  missing: (p) =>
    p.field === 'startDate'
      ? 'missing: the date the procurement or collaboration starts (YYYY-MM-DD) is required'
      : `missing: ${p.field} is required`,
  negative: (p) => `must not be negative (got ${p.actual})`,
  'out-of-range': (p) => `must be between ${p.min} and ${p.max} (got ${p.actual})`,
  'below-minimum': (p) => `must be at least ${p.min} (got ${p.actual})`,
  'above-maximum': (p) => `must be at most ${p.max} (got ${p.actual})`,
  'not-finite': () => 'must be a finite number',
  'too-long': (p) => `too long: at most ${p.max} characters`,
  pattern: (p) => `does not have the expected form (${p.pattern})`,
  'date-format': (p) => `expected a date as YYYY-MM-DD (got ${shown(p.actual)})`,
  'impossible-date': (p) => `${p.actual} is not a date in the calendar`,
  'before-coverage': (p) =>
    `${p.actual} is outside the rules samverka covers, which start ${p.coverageStart}`,
  'cpv-format': (p) =>
    `expected a CPV code with its check digit, like 85311000-2 (got ${shown(p.actual)})`,
  'cpv-check-digit': (p) =>
    `wrong check digit in CPV code ${p.actual}: expected -${p.expected.slice(-1)} (${p.expected})`,
  'cpv-unknown': (p) => `no such CPV code in CPV 2008: ${p.actual}`,
  'orgnr-format': (p) =>
    `expected an organisationsnummer of 10 digits, NNNNNN-NNNN, optionally prefixed with 16 (got ${shown(p.actual)})`,
  'orgnr-month-digits': (p) =>
    `${p.actual} is not an organisationsnummer: its third and fourth digits must be 20 or more`,
  'orgnr-check-digit': (p) =>
    `${p.actual} is not an organisationsnummer: wrong check digit, expected ${p.expected}`,
  invalid: (p) => `not allowed here (${p.keyword})`,
};
