// The questions in the order the journey asked them, found by replaying the journey with the
// answers given. The permalink lists answers in a fixed order, not the order they were asked in,
// and the back link must lead to the page the person actually came from.
import type { InterviewState, NextStep } from '../../../domain/interview/index';
import {
  assessState,
  emptyState,
  nextStep,
  OPENING_FIELDS,
  withAnswer,
} from '../../../domain/interview/index';
import type { Lang } from '../../../engine/index';
import type { Assessment } from '../../../rules/index';

/** The journey replayed: the answered questions in order, and the question it would ask next. */
export interface JourneyPath {
  asked: string[];
  /** The next question's field path, or `null` when the journey is at check-your-answers. */
  pending: string | null;
}

// The opening questions do not depend on the assessment, so none is made for them.
const NO_QUESTIONS = { questions: [] } as unknown as Assessment;

/** Where the journey goes after `state`: the next question or check-your-answers. */
export function stepAfter(state: InterviewState, lang: Lang, today: string): NextStep {
  const opening = OPENING_FIELDS.some((f) => !state.answers.has(f));
  return nextStep(state, opening ? NO_QUESTIONS : assessState(state, lang, today));
}

/** Replays the journey through `state`'s answers. */
export function journeyPath(state: InterviewState, lang: Lang, today: string): JourneyPath {
  let partial = emptyState();
  const asked: string[] = [];
  // Each step answers one more question, so the journey ends within as many steps as answers.
  for (let i = 0; i <= state.answers.size; i++) {
    const step = stepAfter(partial, lang, today);
    if (step.kind === 'check-answers') return { asked, pending: null };
    const answer = state.answers.get(step.field.path);
    if (answer === undefined) return { asked, pending: step.field.path };
    asked.push(step.field.path);
    partial = withAnswer(partial, step.field.path, answer);
  }
  return { asked, pending: null };
}

/** Where the back link of the question for `path` leads. */
export type BackTarget = { kind: 'start' } | { kind: 'check' } | { kind: 'question'; path: string };

/**
 * The page before the question for `path`: the question asked just before it, the start page
 * for the first, the check-your-answers page for an answer changed from there that the journey
 * no longer asks, and the last question answered for the question asked next.
 */
export function backTarget(journey: JourneyPath, path: string, answered: boolean): BackTarget {
  const i = journey.asked.indexOf(path);
  if (i > 0) return { kind: 'question', path: journey.asked[i - 1] as string };
  if (i === 0) return { kind: 'start' };
  if (answered) return { kind: 'check' };
  const last = journey.asked.at(-1);
  return last === undefined ? { kind: 'start' } : { kind: 'question', path: last };
}
