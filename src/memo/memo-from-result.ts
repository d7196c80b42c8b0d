// A memo from the interview's result: the facts as the user answered them, worded as the
// questions were asked, then the assessment and what would change it.
import type { Lang } from '../engine';
import { answerLabel, cpvLabel, INTERVIEW_FIELDS, type InterviewResult } from '../domain/interview';
import type { MemoDocument } from './memo-document';
import { buildMemo, type MemoFact } from './memo-model';

/** How one memo is produced: language, day of production, address of the result page. */
export interface MemoOptions {
  lang: Lang;
  producedOn: string;
  permalink: string;
}

/** The memo of an interview result. */
export function memoFromResult(result: InterviewResult, options: MemoOptions): MemoDocument {
  const { state } = result;
  return buildMemo({
    ...options,
    subject: subjectOf(result, options.lang),
    facts: answeredFacts(result, options.lang),
    startDateKnown: state.answers.get('startDate')?.kind === 'value',
    assessment: result.assessment,
    changes: result.changes,
  });
}

/** Every answered question in the interview's order; questions never asked are left out. */
function answeredFacts(result: InterviewResult, lang: Lang): MemoFact[] {
  const facts: MemoFact[] = [];
  for (const field of INTERVIEW_FIELDS) {
    const answer = result.state.answers.get(field.path);
    if (answer === undefined) continue;
    facts.push({ question: field.question[lang], answer: answerLabel(field, answer, lang) });
  }
  return facts;
}

/** What the memo is about, for its title: the case's own words, else the service bought. */
function subjectOf(result: InterviewResult, lang: Lang): string | null {
  const c = result.state.case;
  const own = c.title ?? c.subject?.description ?? null;
  if (own !== null && own.trim() !== '') return own.trim();
  const code = c.subject?.cpv?.[0];
  return code !== undefined ? (cpvLabel(code, lang) ?? null) : null;
}
