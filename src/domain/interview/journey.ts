/**
 * Where the journey goes next: the start date, the goal and whether an organisation is in mind,
 * then only the questions the rules still list as decisive, the most decisive first; then the
 * check-your-answers page.
 */
import type { Lang } from '../../engine';
import { assess, type Assessment, type Case } from '../../rules';
import { interviewField } from './interview-fields';
import type { InterviewState, NextStep } from './interview-types';

/** The questions every journey starts with. */
export const OPENING_FIELDS = ['startDate', 'goal', 'counterpart'] as const;

/**
 * The case to assess. An unknown start date ("Vet inte") means the rules in force on `today`:
 * the result says so.
 */
export function caseToAssess(state: InterviewState, today: string): Case {
  return state.case.startDate === '' ? { ...state.case, startDate: today } : state.case;
}

/** The assessment of the journey's facts. */
export function assessState(
  state: InterviewState,
  lang: Lang,
  today: string,
  explain = false,
): Assessment {
  return assess(caseToAssess(state, today), { lang, explain });
}

/** The next question, or the check-answers page when nothing decisive is left to ask. */
export function nextStep(state: InterviewState, assessment: Assessment): NextStep {
  for (const path of OPENING_FIELDS) {
    if (!state.answers.has(path)) return { kind: 'question', field: interviewField(path)! };
  }
  for (const q of assessment.questions) {
    const field = interviewField(q.field);
    if (field !== undefined && !state.answers.has(q.field)) return { kind: 'question', field };
  }
  return { kind: 'check-answers' };
}
