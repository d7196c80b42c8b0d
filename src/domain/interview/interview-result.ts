/** A permalink read, assessed and explained: what the result page and the memos show. */
import type { Lang } from '../../engine';
import type { ValidationError } from '../case-input';
import type { InterviewResult, InterviewState } from './interview-types';
import { assessState } from './journey';
import { readPermalink } from './permalink';
import { whatWouldChange } from './what-would-change';

/** The result for a permalink, or its field errors. `today` stands in for an unknown start date. */
export function interviewResult(
  params: URLSearchParams,
  lang: Lang,
  today: string,
):
  | { ok: true; result: InterviewResult }
  | { ok: false; errors: ValidationError[]; state: InterviewState } {
  const read = readPermalink(params, lang);
  if (!read.ok) return read;
  const state = read.state;
  if (!state.answers.has('startDate')) {
    return {
      ok: false,
      state,
      errors: [{ path: 'startDate', code: 'missing', message: missingStartDate(lang) }],
    };
  }
  const assessment = assessState(state, lang, today);
  return {
    ok: true,
    result: { state, assessment, changes: whatWouldChange(state, assessment, lang) },
  };
}

function missingStartDate(lang: Lang): string {
  return lang === 'en'
    ? 'The start date is missing: answer when the procurement or collaboration starts, or that you do not know.'
    : 'Startdatumet saknas: svara när upphandlingen eller samarbetet påbörjas, eller att ni inte vet.';
}
