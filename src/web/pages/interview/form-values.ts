// What a question's inputs show: the answer already given (from the permalink) or, after an
// error, exactly what the person typed, so that nothing they entered is lost.
import type { Answer, InterviewField, SubmittedForm } from '../../../domain/interview/index';
import { UNKNOWN } from '../../../domain/interview/index';

/** The values of a question's inputs. */
export interface FormValues {
  /** The values of the inputs named `answer` (radio value, text, chosen CPV codes, `unknown`). */
  answer: string[];
  day: string;
  month: string;
  year: string;
}

/** Inputs with nothing in them. */
export const EMPTY_VALUES: FormValues = { answer: [], day: '', month: '', year: '' };

/** The inputs that show `answer`, an answer already given to `field`. */
export function valuesOfAnswer(field: InterviewField, answer: Answer | undefined): FormValues {
  if (answer === undefined) return EMPTY_VALUES;
  if (answer.kind === 'unknown') return { ...EMPTY_VALUES, answer: [UNKNOWN] };
  const value = answer.value;
  switch (field.kind) {
    case 'date': {
      const [year = '', month = '', day = ''] = String(value).split('-');
      return { answer: [], day: String(Number(day)), month: String(Number(month)), year };
    }
    case 'share':
      // Shares are stored as 0..1 and asked as a percentage; rounding keeps 0.35 from showing
      // as 35.00000000000001.
      return {
        ...EMPTY_VALUES,
        answer: typeof value === 'number' ? [String(Math.round(value * 1e6) / 1e4)] : [],
      };
    case 'cpv':
      return { ...EMPTY_VALUES, answer: Array.isArray(value) ? value.map(String) : [] };
    default:
      return { ...EMPTY_VALUES, answer: [String(value)] };
  }
}

/** The inputs as they were submitted. */
export function valuesOfSubmission(form: SubmittedForm): FormValues {
  const all = (name: string): string[] => {
    const v = form[name];
    return v === undefined ? [] : Array.isArray(v) ? v : [v];
  };
  const one = (name: string): string => all(name).at(-1) ?? '';
  return { answer: all('answer'), day: one('day'), month: one('month'), year: one('year') };
}

/**
 * The body of a form post as strings: a body parser gives a string or a list of strings per
 * name; anything else (a JSON body sent to a page) counts as not submitted.
 */
export function submittedForm(body: unknown): SubmittedForm {
  const form: SubmittedForm = {};
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return form;
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    if (name === '__proto__') continue;
    if (typeof value === 'string') form[name] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      form[name] = value;
    }
  }
  return form;
}
