/**
 * The permalink: the whole journey in the query string, named by case v1 field paths, so that a
 * result can be bookmarked, shared and reopened. `unknown` is the answer "Vet inte"; booleans are
 * `true`/`false`; `subject.cpv` repeats. Bad parameters give the same field errors as the API.
 */
import type { Lang } from '../../engine';
import type { Case } from '../../rules';
import {
  caseProblems,
  describeProblem,
  toValidationErrors,
  type ValidationError,
} from '../case-input';
import { INTERVIEW_FIELDS, interviewField, JOURNEY_FIELDS } from './interview-fields';
import {
  GOALS,
  type Answer,
  type Goal,
  type InterviewState,
  type PermalinkResult,
} from './interview-types';

/** The parameter value for "Vet inte / Don't know". */
export const UNKNOWN = 'unknown';

/** Parameters that are not answers. */
const IGNORED = new Set(['lang', 'q', 'tillbaka']);

/** An empty journey. */
export function emptyState(): InterviewState {
  return { case: { startDate: '' }, answers: new Map(), goal: null };
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (next === null || typeof next !== 'object') node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1] as string] = value;
}

/** The case of a set of answers: every answered fact set, unknown facts left out. */
function caseOf(answers: Map<string, Answer>): Case {
  const c: Record<string, unknown> = {};
  const counterpart = answers.get('counterpart');
  if (counterpart?.kind === 'value' && counterpart.value === true) c.counterpart = {};
  for (const [path, answer] of answers) {
    if (JOURNEY_FIELDS.has(path) || answer.kind === 'unknown') continue;
    if (
      path.startsWith('counterpart.') &&
      !(counterpart?.kind === 'value' && counterpart.value === true)
    ) {
      continue;
    }
    setPath(c, path, answer.value);
  }
  if (typeof c.startDate !== 'string') c.startDate = '';
  return c as unknown as Case;
}

function stateOf(answers: Map<string, Answer>): InterviewState {
  const goal = answers.get('goal');
  return {
    case: caseOf(answers),
    answers,
    goal:
      goal?.kind === 'value' && GOALS.includes(goal.value as Goal) ? (goal.value as Goal) : null,
  };
}

/** The state with one more answer (or a changed one). */
export function withAnswer(state: InterviewState, path: string, answer: Answer): InterviewState {
  const answers = new Map(state.answers);
  answers.set(path, answer);
  if (path === 'counterpart' && !(answer.kind === 'value' && answer.value === true)) {
    for (const key of [...answers.keys()]) if (key.startsWith('counterpart.')) answers.delete(key);
  }
  if (path.startsWith('counterpart.') && !answers.has('counterpart')) {
    answers.set('counterpart', { kind: 'value', value: true });
  }
  return stateOf(answers);
}

/** The state without an answer. */
export function withoutAnswer(state: InterviewState, path: string): InterviewState {
  const answers = new Map(state.answers);
  answers.delete(path);
  return stateOf(answers);
}

function typed(path: string, values: string[]): unknown {
  const field = interviewField(path);
  const one = values[values.length - 1] as string;
  switch (field?.kind) {
    case 'cpv':
      return values;
    case 'boolean':
      return one === 'true' ? true : one === 'false' ? false : one;
    case 'sek':
    case 'months':
    case 'share':
      return /^-?\d+(\.\d+)?$/.test(one) ? Number(one) : one;
    default:
      return one;
  }
}

/** Reads a permalink. Invalid answers are reported and left out of the state. */
export function readPermalink(params: URLSearchParams, lang: Lang): PermalinkResult {
  const answers = new Map<string, Answer>();
  const errors: ValidationError[] = [];
  const keys = [...new Set(params.keys())];
  for (const key of keys) {
    if (IGNORED.has(key)) continue;
    const values = params.getAll(key);
    const field = interviewField(key);
    if (field === undefined) {
      errors.push({
        path: key,
        code: 'unknown-field',
        message: describeProblem(
          { code: 'unknown-field', field: key, allowed: INTERVIEW_FIELDS.map((f) => f.path) },
          lang,
        ),
      });
      continue;
    }
    if (values.length === 1 && values[0] === UNKNOWN) {
      answers.set(key, { kind: 'unknown' });
      continue;
    }
    if (key === 'goal') {
      const goal = values[values.length - 1] as string;
      if (GOALS.includes(goal as Goal)) answers.set(key, { kind: 'value', value: goal });
      else {
        errors.push({
          path: key,
          code: 'not-one-of',
          message: describeProblem({ code: 'not-one-of', allowed: [...GOALS], actual: goal }, lang),
        });
      }
      continue;
    }
    answers.set(key, { kind: 'value', value: typed(key, values) });
  }
  // A permalink written from a case names the organisation's facts without the journey's own
  // question; they mean an organisation is in mind, as when they are answered one by one.
  if (
    !answers.has('counterpart') &&
    [...answers.keys()].some((k) => k.startsWith('counterpart.'))
  ) {
    answers.set('counterpart', { kind: 'value', value: true });
  }
  // Validate the facts exactly as the API does; a missing start date is not an error here, the
  // journey asks for it first.
  const draft = stateOf(answers);
  const input: Record<string, unknown> = { ...draft.case };
  const counterpart = answers.get('counterpart');
  if (
    counterpart !== undefined &&
    counterpart.kind === 'value' &&
    typeof counterpart.value !== 'boolean'
  ) {
    errors.push({
      path: 'counterpart',
      code: 'wrong-type',
      message: describeProblem(
        { code: 'wrong-type', expected: ['boolean'], actual: 'string' },
        lang,
      ),
    });
    answers.delete('counterpart');
  }
  if (input.startDate === '') delete input.startDate;
  const problems = caseProblems(input).filter(
    (p) => !(p.problem.code === 'missing' && p.problem.field === 'startDate'),
  );
  errors.push(...toValidationErrors(problems, lang));
  for (const e of errors) {
    // The most specific answer is the bad one: an error in `counterpart.legalForm` drops that
    // fact, not the answer `counterpart`.
    const answered = [...answers.keys()]
      .filter((k) => e.path === k || e.path.startsWith(`${k}.`))
      .sort((a, b) => b.length - a.length)[0];
    if (answered !== undefined) answers.delete(answered);
  }
  const state = stateOf(answers);
  return errors.length === 0 ? { ok: true, state } : { ok: false, errors, state };
}

/** The permalink's query string (no `?`, no `lang`), in a fixed order. */
export function writePermalink(state: InterviewState): string {
  const params = new URLSearchParams();
  for (const field of INTERVIEW_FIELDS) {
    const answer = state.answers.get(field.path);
    if (answer === undefined) continue;
    if (answer.kind === 'unknown') {
      params.append(field.path, UNKNOWN);
      continue;
    }
    const value = answer.value;
    if (Array.isArray(value)) for (const v of value) params.append(field.path, String(v));
    else params.append(field.path, String(value));
  }
  return params.toString();
}

/** Every known fact of a case by its field path (nested objects flattened, unknown facts left out). */
export function caseFacts(c: Case): Map<string, unknown> {
  const facts = new Map<string, unknown>();
  const walk = (node: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      const path = prefix === '' ? key : `${prefix}.${key}`;
      if (value === null || value === undefined) continue;
      if (typeof value === 'object' && !Array.isArray(value)) {
        walk(value as Record<string, unknown>, path);
      } else facts.set(path, value);
    }
  };
  walk(c as unknown as Record<string, unknown>, '');
  return facts;
}

/** The journey state whose case is `c`: every fact of it the interview asks, answered. */
export function stateFromCase(c: Case): InterviewState {
  let state = emptyState();
  for (const [path, value] of caseFacts(c)) {
    if (interviewField(path) !== undefined)
      state = withAnswer(state, path, { kind: 'value', value });
  }
  return state;
}
