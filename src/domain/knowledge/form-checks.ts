/**
 * What samverka checks for one collaboration form on a date: the engine's own reasons,
 * conditions and risks for a case of which only the start date is known, so that a knowledge
 * page shows the rules as they are applied, never a retyped copy.
 */
import { isIsoDate, type Lang } from '../../engine';
import {
  assess,
  COVERAGE_START,
  type Assessment,
  type FormAssessment,
  type FormId,
  type Question,
} from '../../rules';

/** The checks of one form on one date. */
export interface FormChecks {
  date: string;
  ruleSet: Assessment['ruleSet'];
  form: FormAssessment;
  /** The unknown facts that would change this form's verdict. */
  questions: Question[];
}

/** A date asked for, read: a date the rules cover, or what is wrong with it. */
export type CheckDate =
  { ok: true; date: string } | { ok: false; problem: 'invalid' | 'before-coverage'; value: string };

/**
 * Reads the date a page or the API is asked to check for. Absent or empty means `today`; a value
 * that is not a calendar date (YYYY-MM-DD) or lies before {@link COVERAGE_START} is refused.
 */
export function readCheckDate(value: unknown, today: string): CheckDate {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  if (first === undefined || first === null || first === '') return { ok: true, date: today };
  if (typeof first !== 'string') return { ok: false, problem: 'invalid', value: '' };
  const text = first.trim();
  if (!isIsoDate(text)) return { ok: false, problem: 'invalid', value: text };
  if (text < COVERAGE_START) return { ok: false, problem: 'before-coverage', value: text };
  return { ok: true, date: text };
}

/** The engine's checks of `form` for a case starting on `date` (a date the rules cover). */
export function formChecks(form: FormId, date: string, lang: Lang): FormChecks {
  const assessment = assess({ startDate: date }, { lang, explain: true });
  const option = assessment.options.find((o) => o.form === form);
  if (option === undefined) throw new Error(`the assessment has no option for ${form}`);
  return {
    date,
    ruleSet: assessment.ruleSet,
    form: option,
    questions: assessment.questions.filter((q) => q.affects.includes(form)),
  };
}
