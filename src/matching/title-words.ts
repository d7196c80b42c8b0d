// The words of a challenge's title as text search looks for them in an actor's own text: each
// word with its Swedish stem and prefix forms, as the directory's search builds them.
import type { Queryable } from '../db/database';
import { buildTsQuery, queryWords } from '../search/tsquery-builder';

/** Each word of a title and the `to_tsquery` text that finds it. */
export interface TitleWords {
  words: string[];
  queries: string[];
}

/** The words of `title` and their queries (stop words included; the database leaves them out). */
export function titleWordQueries(title: string): TitleWords {
  const words = queryWords(title);
  // buildTsQuery joins one part per word with ' & '; no part contains that text.
  const queries = words.length === 0 ? [] : buildTsQuery(title, 'sv').text.split(' & ');
  return { words, queries };
}

/**
 * SQL for the words of `$words`/`$queries` that are no Swedish stop words, as `words(w, q)`;
 * `to_tsvector` of a stop word is empty, and its query would match nothing.
 */
export function titleWordsCte(wordsParam: string, queriesParam: string): string {
  return `words AS (
    SELECT w, q FROM unnest(${wordsParam}::text[], ${queriesParam}::text[]) AS x(w, q)
    WHERE length(to_tsvector('swedish', w)) > 0
  )`;
}

/** The words of `title` that text search knows (no stop words), in order. */
export async function meaningfulTitleWords(db: Queryable, title: string): Promise<TitleWords> {
  const { words, queries } = titleWordQueries(title);
  if (words.length === 0) return { words, queries };
  const result = await db.query<{ w: string; q: string }>(
    `WITH ${titleWordsCte('$1', '$2')} SELECT w, q FROM words`,
    [words, queries],
  );
  return { words: result.rows.map((r) => r.w), queries: result.rows.map((r) => r.q) };
}
