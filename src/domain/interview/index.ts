/**
 * The guided interview: the facts it asks, the permalink that carries the answers, the next step,
 * and the result with what would change it.
 */
export * from './interview-types';
export { INTERVIEW_FIELDS, interviewField, JOURNEY_FIELDS } from './interview-fields';
export {
  readPermalink,
  writePermalink,
  withAnswer,
  withoutAnswer,
  emptyState,
  caseFacts,
  stateFromCase,
  UNKNOWN,
} from './permalink';
export { readAnswer, type SubmittedForm, type AnswerResult } from './answer-input';
export { nextStep, assessState, caseToAssess, OPENING_FIELDS } from './journey';
export { whatWouldChange } from './what-would-change';
export { searchCpv, cpvLabel, type CpvHit } from './cpv-search';
export { answerLabel } from './answer-label';
export { interviewResult } from './interview-result';
export { interviewMessages, type InterviewMessages } from './locales';
