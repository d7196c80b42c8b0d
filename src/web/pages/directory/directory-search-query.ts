// The query of the directory's list: the words searched for, the filters and the page. Values
// that are no known code are left out of the search and reported, so that an old or edited link
// still shows the directory (with a note of what was ignored) instead of an error.
import {
  isActorKind,
  isGoalId,
  isLegalForm,
  type ActorKind,
} from '../../../domain/directory/index';
import { findCounty, findMunicipality } from '../../../reference/index';
import type { LegalForm } from '../../../rules/index';

/** Entries per page of the list. */
export const ACTORS_PER_PAGE = 20;

/** Longest search text taken; longer text is cut. */
export const MAX_QUERY_LENGTH = 200;

/** Yes or no of a filter; absent when not filtered. */
export type YesNo = 'yes' | 'no';

/** The filters of the list, each known to be valid. */
export interface DirectoryFilters {
  q: string;
  lan?: string | undefined;
  kommun?: string | undefined;
  goals: string[];
  legalForms: LegalForm[];
  registered?: YesNo | undefined;
  kind?: ActorKind | undefined;
  workIntegration?: YesNo | undefined;
}

/** The query parameters of the list, by filter. */
export const FILTER_PARAMS = {
  q: 'q',
  lan: 'lan',
  kommun: 'kommun',
  goals: 'goal',
  legalForms: 'legalForm',
  registered: 'registered',
  kind: 'kind',
  workIntegration: 'workIntegration',
  page: 'page',
} as const;

/** A parameter whose value was not used. */
export interface IgnoredParam {
  param: Exclude<keyof typeof FILTER_PARAMS, 'q'>;
  value: string;
}

/** The list's query as read. */
export interface DirectoryQuery {
  filters: DirectoryFilters;
  page: number;
  ignored: IgnoredParam[];
}

/** Every value of a parameter that may be repeated, as text. */
function values(query: Record<string, unknown>, name: string): string[] {
  const raw = query[name];
  const list: unknown[] = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list
    .map((v) => (typeof v === 'string' ? v.trim() : ''))
    .filter((v) => v !== '')
    .slice(0, 100);
}

function isYesNo(value: string): value is YesNo {
  return value === 'yes' || value === 'no';
}

/** Reads the list's query (as Fastify parses it); unknown values are ignored and reported. */
export function readDirectoryQuery(query: Record<string, unknown>): DirectoryQuery {
  const ignored: IgnoredParam[] = [];
  /** The first value of a single-valued filter, if `valid`. */
  const single = <T extends string>(
    param: IgnoredParam['param'],
    valid: (v: string) => v is T,
  ): T | undefined => {
    const [first, ...rest] = values(query, FILTER_PARAMS[param]);
    for (const extra of rest) if (extra !== first) ignored.push({ param, value: extra });
    if (first === undefined) return undefined;
    if (valid(first)) return first;
    ignored.push({ param, value: first });
    return undefined;
  };
  const many = <T extends string>(param: IgnoredParam['param'], valid: (v: string) => v is T) => {
    const good: T[] = [];
    for (const value of values(query, FILTER_PARAMS[param])) {
      if (!valid(value)) ignored.push({ param, value });
      else if (!good.includes(value)) good.push(value);
    }
    return good;
  };

  const q = (values(query, FILTER_PARAMS.q)[0] ?? '').slice(0, MAX_QUERY_LENGTH);
  const lan = single('lan', (v): v is string => /^\d{2}$/.test(v) && findCounty(v) !== undefined);
  const kommun = single(
    'kommun',
    (v): v is string => /^\d{4}$/.test(v) && findMunicipality(v) !== undefined,
  );
  const goals = many('goals', isGoalId);
  const legalForms = many('legalForms', isLegalForm);
  const registered = single('registered', isYesNo);
  const kind = single('kind', isActorKind);
  const workIntegration = single('workIntegration', isYesNo);
  const pageText = single('page', (v): v is string => /^[1-9]\d{0,5}$/.test(v));
  return {
    filters: { q, lan, kommun, goals, legalForms, registered, kind, workIntegration },
    page: pageText === undefined ? 1 : Number(pageText),
    ignored,
  };
}

/** The query text of `filters` and `page` (without `lang`), for links that keep the filters. */
export function directoryQueryText(filters: DirectoryFilters, page = 1): string {
  const params = new URLSearchParams();
  if (filters.q !== '') params.set(FILTER_PARAMS.q, filters.q);
  if (filters.lan !== undefined) params.set(FILTER_PARAMS.lan, filters.lan);
  if (filters.kommun !== undefined) params.set(FILTER_PARAMS.kommun, filters.kommun);
  for (const goal of filters.goals) params.append(FILTER_PARAMS.goals, goal);
  for (const form of filters.legalForms) params.append(FILTER_PARAMS.legalForms, form);
  if (filters.registered !== undefined) params.set(FILTER_PARAMS.registered, filters.registered);
  if (filters.kind !== undefined) params.set(FILTER_PARAMS.kind, filters.kind);
  if (filters.workIntegration !== undefined) {
    params.set(FILTER_PARAMS.workIntegration, filters.workIntegration);
  }
  if (page > 1) params.set(FILTER_PARAMS.page, String(page));
  return params.toString();
}

/** Whether any filter but the search words is set. */
export function hasFilters(filters: DirectoryFilters): boolean {
  return directoryQueryText({ ...filters, q: '' }) !== '';
}
