import { isIsoDate } from '../../engine';
import { cpvByDigits } from '../../reference';
import { COVERAGE_START } from '../../rules';
import { parseOrgnr } from '../orgnr';
import type { LocatedProblem } from './case-input-problem';

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const CPV_SHAPE = /^\d{8}-\d$/;
const ORGNR_SHAPE = /^(16)?\d{6}-?\d{4}$/;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The checks JSON Schema cannot make: real calendar dates inside the rules' coverage, CPV codes
 * that exist with the right check digit, organisationsnummer with a valid check digit, and
 * finite numbers. Values of the wrong type or shape are left to the schema's errors.
 */
export function semanticProblems(input: unknown): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  if (!isObject(input)) return problems;

  const start = input.startDate;
  if (typeof start === 'string') {
    if (!DATE_SHAPE.test(start)) {
      problems.push({ path: 'startDate', problem: { code: 'date-format', actual: start } });
    } else if (!isIsoDate(start)) {
      problems.push({ path: 'startDate', problem: { code: 'impossible-date', actual: start } });
    } else if (start < COVERAGE_START) {
      problems.push({
        path: 'startDate',
        problem: { code: 'before-coverage', actual: start, coverageStart: COVERAGE_START },
      });
    }
  }

  for (const party of ['buyer', 'counterpart'] as const) {
    const orgnr = isObject(input[party]) ? input[party].orgnr : undefined;
    if (typeof orgnr === 'string' && ORGNR_SHAPE.test(orgnr)) {
      const parsed = parseOrgnr(orgnr);
      const path = `${party}.orgnr`;
      if (!parsed.ok && parsed.problem === 'check-digit') {
        problems.push({
          path,
          problem: {
            code: 'orgnr-check-digit',
            actual: orgnr,
            expected: parsed.expectedCheckDigit ?? 0,
          },
        });
      } else if (!parsed.ok) {
        problems.push({ path, problem: { code: 'orgnr-month-digits', actual: orgnr } });
      }
    }
  }

  const cpv = isObject(input.subject) ? input.subject.cpv : undefined;
  if (Array.isArray(cpv)) {
    cpv.forEach((code: unknown, i) => {
      if (typeof code !== 'string' || !CPV_SHAPE.test(code)) return;
      const entry = cpvByDigits(code.slice(0, 8));
      const path = `subject.cpv.${i}`;
      if (entry === undefined) {
        problems.push({ path, problem: { code: 'cpv-unknown', actual: code } });
      } else if (entry.code !== code) {
        problems.push({
          path,
          problem: { code: 'cpv-check-digit', actual: code, expected: entry.code },
        });
      }
    });
  }

  collectNonFinite(input, '', problems);
  return problems;
}

// JSON cannot write Infinity, but JSON.parse turns a number like 1e400 into it.
function collectNonFinite(value: unknown, path: string, out: LocatedProblem[]): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push({ path, problem: { code: 'not-finite' } });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => collectNonFinite(v, path === '' ? String(i) : `${path}.${i}`, out));
  } else if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      collectNonFinite(v, path === '' ? k : `${path}.${k}`, out);
    }
  }
}
