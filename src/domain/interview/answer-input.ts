/**
 * Reads a submitted question form into an answer. Inputs are named `answer` (plus `day`, `month`,
 * `year` for a date); `answer=unknown` is "Vet inte". Errors name the field and say what to do,
 * in the user's language.
 */
import { isIsoDate, type Lang } from '../../engine';
import { cpvByCode } from '../../reference';
import { COVERAGE_START } from '../../rules';
import type { CaseInputProblemCode, ValidationError } from '../case-input';
import { describeProblem } from '../case-input';
import type { Answer, InterviewField } from './interview-types';
import { interviewMessages } from './locales';
import { UNKNOWN } from './permalink';

/** The submitted form: each input name with its value or values. */
export type SubmittedForm = Record<string, string | string[] | undefined>;

/** An answer, or the problems with the submission. */
export type AnswerResult = { ok: true; answer: Answer } | { ok: false; errors: ValidationError[] };

const TEXT_MAX = 300;

function all(form: SubmittedForm, name: string): string[] {
  const v = form[name];
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter((s) => s !== '');
}

function last(form: SubmittedForm, name: string): string {
  const values = all(form, name);
  return values[values.length - 1] ?? '';
}

/** Reads the answer to `field` from a submitted form. */
export function readAnswer(field: InterviewField, form: SubmittedForm, lang: Lang): AnswerResult {
  const m = interviewMessages(lang).errors;
  const fail = (code: CaseInputProblemCode, message: string): AnswerResult => ({
    ok: false,
    errors: [{ path: field.path, code, message }],
  });
  const value = (v: unknown): AnswerResult => ({ ok: true, answer: { kind: 'value', value: v } });
  const answers = all(form, 'answer');
  if (answers.includes(UNKNOWN)) return { ok: true, answer: { kind: 'unknown' } };

  switch (field.kind) {
    case 'boolean': {
      const a = last(form, 'answer');
      if (a === 'true') return value(true);
      if (a === 'false') return value(false);
      return fail(a === '' ? 'missing' : 'not-one-of', a === '' ? m.chooseOne : m.notAnOption(a));
    }
    case 'choice': {
      const a = last(form, 'answer');
      if (a === '') return fail('missing', m.chooseOne);
      if (!field.options?.some((o) => o.value === a)) return fail('not-one-of', m.notAnOption(a));
      return value(a);
    }
    case 'date': {
      const [day, month, year] = ['day', 'month', 'year'].map((n) => last(form, n));
      if (day === '' && month === '' && year === '') return fail('missing', m.enterDate);
      if (
        !/^\d{1,2}$/.test(day ?? '') ||
        !/^\d{1,2}$/.test(month ?? '') ||
        !/^\d{4}$/.test(year ?? '')
      ) {
        return fail('date-format', m.dateParts);
      }
      const iso = `${year}-${(month ?? '').padStart(2, '0')}-${(day ?? '').padStart(2, '0')}`;
      if (!isIsoDate(iso)) return fail('impossible-date', m.notADate(`${day}/${month} ${year}`));
      if (iso < COVERAGE_START) {
        return fail(
          'before-coverage',
          describeProblem(
            { code: 'before-coverage', actual: iso, coverageStart: COVERAGE_START },
            lang,
          ),
        );
      }
      return value(iso);
    }
    case 'sek': {
      const raw = last(form, 'answer');
      if (raw === '') return fail('missing', m.enterAmount);
      const bare = raw
        .replace(/[\s\u00a0\u202f]/g, '')
        .replace(/(kr|sek|kronor)$/i, '')
        .replace(/^sek/i, '');
      // Thousands written with commas or points ("500,000" in English, "1.200.000") are read as
      // such only in groups of three, so a decimal ("500,5") is still refused.
      const digits = /^\d{1,3}([,.]\d{3})+$/.test(bare) ? bare.replace(/[,.]/g, '') : bare;
      if (!/^\d{1,15}$/.test(digits)) return fail('wrong-type', m.amountFormat);
      return value(Number(digits));
    }
    case 'months': {
      const raw = last(form, 'answer').replace(/\s*(mån|månader|months?)$/i, '');
      if (raw === '') return fail('missing', m.enterMonths);
      if (!/^\d{1,3}$/.test(raw) || Number(raw) > 600) return fail('out-of-range', m.monthsFormat);
      return value(Number(raw));
    }
    case 'share': {
      const raw = last(form, 'answer').replace(/\s*%$/, '').replace(',', '.');
      if (raw === '') return fail('missing', m.enterShare);
      const n = Number(raw);
      if (!/^\d{1,3}(\.\d+)?$/.test(raw) || n > 100) return fail('out-of-range', m.shareFormat);
      return value(Math.round(n * 100) / 10_000);
    }
    case 'cpv': {
      if (answers.length === 0) return fail('missing', m.chooseCpv);
      const unknownCode = answers.find((c) => cpvByCode(c) === undefined);
      if (unknownCode !== undefined) return fail('cpv-unknown', m.cpvNotFound(unknownCode));
      return value([...new Set(answers)]);
    }
    case 'text': {
      const raw = last(form, 'answer');
      if (raw === '') return fail('missing', m.enterText);
      if (raw.length > TEXT_MAX) return fail('too-long', m.textTooLong(TEXT_MAX));
      return value(raw);
    }
  }
}
