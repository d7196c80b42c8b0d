// Searches the index: full-text match in the language's configuration, ranked with title and
// terms above the body, and a snippet of the body with the matched words marked.
import type { Queryable } from '../db/database';
import type { Lang } from '../engine/index';
import type { SearchKind } from './search-document';
import { MARK_START, MARK_STOP, snippetSegments, type SnippetSegment } from './snippet-segments';
import { buildTsQuery } from './tsquery-builder';

/** What to search for. */
export interface SearchRequest {
  q: string;
  lang: Lang;
  kind?: SearchKind | undefined;
  /** Hits per page; 20 unless given. */
  limit?: number | undefined;
  /** Hits to skip, for the next pages. */
  offset?: number | undefined;
}

/** One document found. */
export interface SearchHit {
  id: string;
  kind: SearchKind;
  url: string;
  title: string;
  score: number;
  snippet: SnippetSegment[];
}

/** The documents found, best first. */
export interface SearchResult {
  /** How many documents match in all (not only on this page). */
  total: number;
  hits: SearchHit[];
  /** The words searched for; empty when the query had none (only punctuation, or nothing). */
  words: string[];
}

/** Hits per page when the request does not say. */
export const DEFAULT_SEARCH_LIMIT = 20;

/** Text search configuration per language; never taken from the request. */
const CONFIG: Record<Lang, string> = { sv: 'swedish', en: 'english' };

/**
 * Weights of D, C, B and A (unused, body, terms, title). Normalisation 1 divides by one plus the
 * logarithm of the length, so that a long page naming a word many times does not bury the short
 * glossary entry that is about it.
 */
const RANK_WEIGHTS = '{0.05, 0.1, 0.6, 1.0}';
const RANK_NORMALISATION = 1;

const HEADLINE_OPTIONS =
  `StartSel=${MARK_START}, StopSel=${MARK_STOP}, MaxWords=30, MinWords=12, ShortWord=2, ` +
  'MaxFragments=2, FragmentDelimiter=" … "';

interface HitRow {
  id: string;
  kind: SearchKind;
  url: string;
  title: string;
  score: number;
  headline: string;
  total: number | bigint;
}

/** Searches the documents in `request.lang`. Input is never interpreted as query syntax. */
export async function searchDocuments(
  db: Queryable,
  request: SearchRequest,
): Promise<SearchResult> {
  const query = buildTsQuery(request.q, request.lang);
  if (query.words.length === 0) return { total: 0, hits: [], words: [] };
  const limit = request.limit ?? DEFAULT_SEARCH_LIMIT;
  const offset = request.offset ?? 0;
  const config = CONFIG[request.lang];
  const params = [config, query.text, request.lang, request.kind ?? null, limit, offset];

  const result = await db.query<HitRow>(
    `WITH q AS (SELECT to_tsquery($1::regconfig, $2) AS query),
     matched AS (
       SELECT d.id, d.kind, d.url, d.title, d.body,
              ts_rank_cd('${RANK_WEIGHTS}'::float4[], d.tsv, q.query, ${RANK_NORMALISATION}) AS score
       FROM search_documents d, q
       WHERE d.lang = $3 AND ($4::text IS NULL OR d.kind = $4::text) AND d.tsv @@ q.query
     ),
     page AS (
       SELECT *, count(*) OVER () AS total FROM matched ORDER BY score DESC, id LIMIT $5 OFFSET $6
     )
     SELECT page.id, page.kind, page.url, page.title, page.score::float8 AS score, page.total,
            ts_headline($1::regconfig, page.body, q.query, $7) AS headline
     FROM page, q
     ORDER BY page.score DESC, page.id`,
    [...params, HEADLINE_OPTIONS],
  );
  const total =
    result.rows.length > 0 ? Number(result.rows[0]!.total) : await countMatches(db, params);
  return {
    total,
    words: query.words,
    hits: result.rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      url: row.url,
      title: row.title,
      score: row.score,
      snippet: snippetSegments(row.headline),
    })),
  };
}

/** The number of matches when the page asked for lies past the last one. */
async function countMatches(db: Queryable, params: readonly unknown[]): Promise<number> {
  if (params[5] === 0) return 0;
  const result = await db.query<{ n: number | bigint }>(
    `SELECT count(*) AS n FROM search_documents
     WHERE lang = $3 AND ($4::text IS NULL OR kind = $4::text)
       AND tsv @@ to_tsquery($1::regconfig, $2)`,
    params.slice(0, 4),
  );
  return Number(result.rows[0]?.n ?? 0);
}
