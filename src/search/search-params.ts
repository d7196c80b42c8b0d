// The parameters of a search as they arrive in a query string, checked once for the API and the
// search page. Problems are codes with data; each caller words them in its own language files.
import type { LocatedProblem } from '../domain/case-input/index';
import { SEARCH_KINDS, type SearchKind } from './search-document';
import { DEFAULT_SEARCH_LIMIT } from './search-query';

/** The longest query, in characters, that is searched. */
export const MAX_QUERY_LENGTH = 200;
/** The most hits one request may ask for. */
export const MAX_SEARCH_LIMIT = 50;
/** The most hits a request may skip. */
export const MAX_SEARCH_OFFSET = 10_000;

/** Checked search parameters; `q` is undefined when the request has none. */
export interface SearchParams {
  q: string | undefined;
  kind: SearchKind | undefined;
  limit: number;
  offset: number;
}

/** The parameters, or every problem with them. */
export type SearchParamsResult =
  { ok: true; params: SearchParams } | { ok: false; problems: LocatedProblem[] };

/** Reads `q`, `kind`, `limit` and `offset` from a parsed query string. */
export function readSearchParams(query: unknown): SearchParamsResult {
  const problems: LocatedProblem[] = [];
  const q = first(query, 'q');
  if (q !== undefined && [...q].length > MAX_QUERY_LENGTH) {
    problems.push({ path: 'q', problem: { code: 'too-long', max: MAX_QUERY_LENGTH } });
  }
  const kindText = first(query, 'kind');
  const kind = SEARCH_KINDS.find((k) => k === kindText);
  if (kindText !== undefined && kindText !== '' && kind === undefined) {
    problems.push({
      path: 'kind',
      problem: { code: 'not-one-of', allowed: [...SEARCH_KINDS], actual: kindText },
    });
  }
  const limit = integerParam(query, 'limit', 1, MAX_SEARCH_LIMIT, DEFAULT_SEARCH_LIMIT, problems);
  const offset = integerParam(query, 'offset', 0, MAX_SEARCH_OFFSET, 0, problems);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, params: { q, kind, limit, offset } };
}

/** A whole number parameter from `min` to `max`; `fallback` when absent or empty. */
export function integerParam(
  query: unknown,
  name: string,
  min: number,
  max: number,
  fallback: number,
  problems: LocatedProblem[],
): number {
  const text = first(query, name)?.trim();
  if (text === undefined || text === '') return fallback;
  if (!/^-?\d{1,9}$/.test(text)) {
    problems.push({
      path: name,
      problem: { code: 'wrong-type', expected: ['integer'], actual: 'string' },
    });
    return fallback;
  }
  const value = Number(text);
  if (value < min || value > max) {
    problems.push({ path: name, problem: { code: 'out-of-range', min, max, actual: value } });
    return fallback;
  }
  return value;
}

/** A query parameter as one string (the first, when repeated). */
function first(query: unknown, name: string): string | undefined {
  if (query === null || typeof query !== 'object') return undefined;
  const value = (query as Record<string, unknown>)[name];
  const item: unknown = Array.isArray(value) ? value[0] : value;
  return typeof item === 'string' ? item : undefined;
}
