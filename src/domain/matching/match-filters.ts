/**
 * The filters of the matching pages and API as they come from a query string: each value checked,
 * and every problem named by its parameter, so that a wrong value is a clear answer, never a fault.
 */
import type { Lang } from '../../engine/index';
import { describeProblem, type CaseInputProblem } from '../case-input/index';
import {
  areaKind,
  CHALLENGE_KINDS,
  directoryProblemText,
  isChallengeStatus,
  isGoalId,
  isLegalForm,
  listItems,
  yesNo,
  type ChallengeKind,
  type ChallengeStatus,
  type DirectoryProblem,
} from '../directory/index';
import type { LegalForm } from '../../rules/index';

/** A problem with one query parameter. */
export type MatchFilterProblem =
  | { field: string; problem: DirectoryProblem }
  | {
      field: string;
      problem: Extract<CaseInputProblem, { code: 'out-of-range' | 'wrong-type' | 'not-one-of' }>;
    };

/** The problem in words, in `lang`. */
export function matchFilterProblemText(p: MatchFilterProblem, lang: Lang): string {
  return p.problem.code === 'out-of-range' ||
    p.problem.code === 'wrong-type' ||
    p.problem.code === 'not-one-of'
    ? describeProblem(p.problem, lang)
    : directoryProblemText(p.problem, lang);
}

/** The filters of the organisations found for a challenge. */
export interface ActorMatchFilters {
  kommun?: string;
  lan?: string;
  legalForms: LegalForm[];
  registered?: boolean;
  goals: string[];
  minScore: number;
}

/** The filters of the challenges found for an organisation. */
export interface ChallengeMatchFilters {
  status: ChallengeStatus[];
  kind?: ChallengeKind;
  minScore: number;
}

/** A query: each parameter a string or, when repeated, a list of them. */
export type MatchQuery = Record<string, unknown>;

function values(query: MatchQuery, name: string): string[] {
  const raw = query[name];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.flatMap((v) => listItems(v));
}

function first(query: MatchQuery, name: string): string | undefined {
  return values(query, name)[0];
}

/** A whole number from `min` to `max` from the parameter `name`, `fallback` when absent or empty. */
export function integerFilter(
  query: MatchQuery,
  name: string,
  range: { min: number; max: number; fallback: number },
  problems: MatchFilterProblem[],
): number {
  const text = first(query, name);
  if (text === undefined) return range.fallback;
  if (!/^-?\d{1,9}$/.test(text)) {
    problems.push({
      field: name,
      problem: { code: 'wrong-type', expected: ['integer'], actual: 'string' },
    });
    return range.fallback;
  }
  const n = Number(text);
  if (n < range.min || n > range.max) {
    problems.push({
      field: name,
      problem: { code: 'out-of-range', min: range.min, max: range.max, actual: n },
    });
    return range.fallback;
  }
  return n;
}

/** Reads the filters of the organisations found for a challenge. */
export function readActorMatchFilters(query: MatchQuery): {
  filters: ActorMatchFilters;
  problems: MatchFilterProblem[];
} {
  const problems: MatchFilterProblem[] = [];
  const filters: ActorMatchFilters = { legalForms: [], goals: [], minScore: 0 };
  const kommun = first(query, 'kommun');
  if (kommun !== undefined) {
    if (areaKind(kommun) === 'municipality') filters.kommun = kommun;
    else problems.push({ field: 'kommun', problem: { code: 'area-unknown', value: kommun } });
  }
  const lan = first(query, 'lan');
  if (lan !== undefined) {
    if (areaKind(lan) === 'county') filters.lan = lan;
    else problems.push({ field: 'lan', problem: { code: 'area-unknown', value: lan } });
  }
  for (const form of values(query, 'legalForm')) {
    if (isLegalForm(form)) filters.legalForms.push(form);
    else
      problems.push({ field: 'legalForm', problem: { code: 'legal-form-unknown', value: form } });
  }
  const registered = first(query, 'registered');
  if (registered !== undefined) {
    const add = (field: string, problem: DirectoryProblem) => problems.push({ field, problem });
    const answer = yesNo('registered', registered, add);
    if (answer !== null) filters.registered = answer;
  }
  for (const goal of values(query, 'goal')) {
    if (isGoalId(goal)) filters.goals.push(goal);
    else problems.push({ field: 'goal', problem: { code: 'goal-unknown', value: goal } });
  }
  filters.minScore = integerFilter(query, 'minScore', { min: 0, max: 100, fallback: 0 }, problems);
  return { filters, problems };
}

/** Reads the filters of the challenges found for an organisation. */
export function readChallengeMatchFilters(query: MatchQuery): {
  filters: ChallengeMatchFilters;
  problems: MatchFilterProblem[];
} {
  const problems: MatchFilterProblem[] = [];
  const filters: ChallengeMatchFilters = { status: [], minScore: 0 };
  for (const status of values(query, 'status')) {
    if (isChallengeStatus(status)) filters.status.push(status);
    else problems.push({ field: 'status', problem: { code: 'status-unknown', value: status } });
  }
  const kind = first(query, 'kind');
  if (kind !== undefined) {
    if ((CHALLENGE_KINDS as readonly string[]).includes(kind)) filters.kind = kind as ChallengeKind;
    else {
      problems.push({
        field: 'kind',
        problem: { code: 'not-one-of', allowed: [...CHALLENGE_KINDS], actual: kind },
      });
    }
  }
  filters.minScore = integerFilter(query, 'minScore', { min: 0, max: 100, fallback: 0 }, problems);
  return { filters, problems };
}
