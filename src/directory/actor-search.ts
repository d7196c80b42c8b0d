// The directory's search: Swedish full-text search with stemming and ranking, fuzzy matching of
// names (pg_trgm), filters by area, goal, legal form, registration, kind and work integration,
// and the counts of each facet over the matches. Only listed entries are searched.
import type { Database } from '../db/database';
import { coveringAreas, type ActorKind } from '../domain/directory/index';
import { municipalityList } from '../reference/index';
import { buildTsQuery, queryWords } from '../search/tsquery-builder';
import { foldName } from './name-fold';
import { ACTOR_SELECT, actorFromRow, type ActorRecord, type ActorRow } from './actor-records';

/** What to search for. Every filter given must hold; absent filters do not narrow. */
export interface ActorSearchQuery {
  /** Words of the name, description or capacity (Swedish inflections match), or a misspelt name. */
  q?: string;
  /** A kommun code: entries that serve it, by the kommun itself, its län or the whole country. */
  kommun?: string;
  /** A län code: entries that serve the län or any kommun in it. */
  lan?: string;
  /** Goal ids the entry has, every one of them. */
  goals?: string[];
  /** Legal form ids, any one of them. */
  legalForms?: string[];
  /** Registered as idéburen (true) or known not to be (false). */
  registered?: boolean;
  kind?: ActorKind;
  /** Work integration is (true) or is known not to be (false) the main aim. */
  workIntegration?: boolean;
  limit: number;
  offset: number;
  /** The most matches that are counted and ranked exactly; {@link EXACT_MATCH_LIMIT} unless given. */
  exactLimit?: number;
  /** The most matches put in name order from the first look; {@link SORTED_MATCH_LIMIT} unless given. */
  sortedLimit?: number;
}

/**
 * The most matches a search counts, counts facets over and ranks by score. Counting and ranking
 * read every match, so above this the cost would grow with the directory; a search narrower than
 * this is answered exactly.
 */
export const EXACT_MATCH_LIMIT = 1000;

/**
 * Above the exact limit, up to this many matches are put in name order from what the first look
 * found; more than this lie so close together in name order that walking the name index is cheap.
 */
export const SORTED_MATCH_LIMIT = 5000;

/** A hit: the entry and how well it matched the words (0 without words). */
export type ActorSearchHit = ActorRecord & { score: number };

/** The number of matches with each value of the facets. */
export interface ActorSearchFacets {
  /** Län codes, by the entries' areas (a kommun counts for its län). */
  lan: { code: string; count: number }[];
  /** Kommun codes, counted as the kommun filter finds them (by kommun, län or country). */
  kommun: { code: string; count: number }[];
  goals: { id: string; count: number }[];
  legalForms: { id: string; count: number }[];
  registered: { yes: number; no: number; unknown: number };
}

/**
 * One page of hits, the number of matches and the facets. When `exact`, `total` is the number of
 * all matches, the facets count them all and hits with words come by score. When not, there are
 * more than `total` (the exact limit) matches: the facets are empty, and the hits come by name
 * then orgnr, with or without words.
 */
export interface ActorSearchResult {
  exact: boolean;
  total: number;
  hits: ActorSearchHit[];
  facets: ActorSearchFacets;
}

/** The parts of a query the two statements share: its conditions and their parameters. */
interface Filters {
  where: string;
  params: unknown[];
  /** `$n` of the tsquery text and of the words for name matching, when there are words. */
  words?: { tsquery: string; name: string };
}

function filters(query: ActorSearchQuery): Filters {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const conditions = ['a.listed'];
  let words: Filters['words'];
  const typed = query.q ?? '';
  const ts = buildTsQuery(typed, 'sv');
  if (ts.text !== '') {
    words = {
      tsquery: `to_tsquery('swedish', ${param(ts.text)})`,
      name: param(foldName(queryWords(typed).join(' '))),
    };
    // Either the words match in the Swedish sense, or the name is like what was typed: each
    // side is answered by its own GIN index. name_fold and name_key are the name folded the
    // same way on every database (migration 0006).
    conditions.push(`(a.tsv @@ ${words.tsquery} OR a.name_fold %> ${words.name})`);
  }
  if (query.kommun !== undefined) {
    const covering = param(coveringAreas(query.kommun));
    // area_index holds every code of area_codes, so its GIN index narrows first.
    conditions.push(`a.area_index && ${covering}::text[] AND a.area_codes && ${covering}::text[]`);
  }
  if (query.lan !== undefined)
    conditions.push(`a.area_index @> ARRAY[${param(query.lan)}]::text[]`);
  if (query.goals && query.goals.length > 0) {
    conditions.push(`a.goals @> ${param(query.goals)}::text[]`);
  }
  if (query.legalForms && query.legalForms.length > 0) {
    conditions.push(`a.legal_form = ANY(${param(query.legalForms)}::text[])`);
  }
  if (query.registered !== undefined) {
    conditions.push(`a.registered_ideburen = ${param(query.registered)}`);
  }
  if (query.kind !== undefined) conditions.push(`a.kind = ${param(query.kind)}`);
  if (query.workIntegration !== undefined) {
    conditions.push(`a.work_integration_main_aim = ${param(query.workIntegration)}`);
  }
  return { where: conditions.join(' AND '), params, words };
}

/**
 * Searches the listed entries. Up to the exact limit of matches, the hits come without words by
 * name, then orgnr, and with words by score (full-text rank plus name likeness), then name, then
 * orgnr; the facets count every match, not only the page. Above it, the hits come by name, then
 * orgnr, and nothing is counted. Either order is total, so pages follow each other without
 * repeats or gaps.
 */
export async function searchActors(
  db: Database,
  query: ActorSearchQuery,
): Promise<ActorSearchResult> {
  const f = filters(query);
  const cap = query.exactLimit ?? EXACT_MATCH_LIMIT;
  const sorted = Math.max(cap, query.sortedLimit ?? SORTED_MATCH_LIMIT);
  // Rounded so that both databases order equal scores the same way.
  const score = f.words
    ? `round((ts_rank_cd(a.tsv, ${f.words.tsquery}) + word_similarity(${f.words.name}, a.name_fold))::numeric, 6)`
    : '0';
  const next = f.params.length;
  return db.transaction(async (tx) => {
    // The matches, at most one more than the limit, by the indexes. The planner's estimates of
    // prefix text queries and trigram matches can be off by several times, and with LIMIT it
    // then reads the table in order, computing name likeness for every row until enough match
    // (half a second at national scale for a word that a few thousand entries have); through
    // the indexes it reads only matches. The setting lasts until the transaction ends.
    await tx.query('SET LOCAL enable_seqscan = off');
    const probe = await tx.query<{ id: string; name_key: string; orgnr: string }>(
      `SELECT a.id, a.name_key, a.orgnr FROM actors a WHERE ${f.where} LIMIT $${next + 1}`,
      [...f.params, sorted + 1],
    );
    if (probe.rows.length > cap) {
      const page =
        probe.rows.length > sorted
          ? // So many match that they lie close together in name order: walking the name
            // index until a page is full reads few rows.
            await tx.query<ActorRow & { score: string | number }>(
              `SELECT ${ACTOR_SELECT}, ${score} AS score FROM actors a
                WHERE ${f.where}
                ORDER BY a.name_key, a.orgnr
                LIMIT $${next + 1} OFFSET $${next + 2}`,
              [...f.params, query.limit, query.offset],
            )
          : // Fewer, and perhaps far apart in name order (a filter that goes with the name, such
            // as a legal form most of whose entries are called "Stiftelsen …"): the walk could
            // read most of the directory, so the matches found are put in order instead.
            await tx.query<ActorRow & { score: string | number }>(
              `WITH page AS (
                 SELECT m.id, m.name_key, m.orgnr
                   FROM unnest($${next + 1}::uuid[], $${next + 2}::text[], $${next + 3}::text[])
                          AS m(id, name_key, orgnr)
                  ORDER BY m.name_key, m.orgnr
                  LIMIT $${next + 4} OFFSET $${next + 5}
               )
               SELECT ${ACTOR_SELECT}, ${score} AS score FROM page JOIN actors a ON a.id = page.id
                -- true for each of them; it names every parameter the filters bring
                WHERE ${f.where}
                ORDER BY page.name_key, page.orgnr`,
              [
                ...f.params,
                probe.rows.map((r) => r.id),
                probe.rows.map((r) => r.name_key),
                probe.rows.map((r) => r.orgnr),
                query.limit,
                query.offset,
              ],
            );
      return {
        exact: false,
        total: cap,
        hits: hitsFrom(page.rows),
        facets: { lan: [], kommun: [], goals: [], legalForms: [], registered: NO_COUNTS },
      };
    }
    // Few enough: every match by its key, ranked and counted.
    const ids = `$${next + 1}::uuid[]`;
    const matched = probe.rows.map((r) => r.id);
    const order = f.words ? 'score DESC, a.name_key, a.orgnr' : 'a.name_key, a.orgnr';
    const hits = await tx.query<ActorRow & { score: string | number }>(
      `SELECT ${ACTOR_SELECT}, ${score} AS score FROM actors a
        WHERE a.id = ANY(${ids}) AND ${f.where}
        ORDER BY ${order}
        LIMIT $${next + 2} OFFSET $${next + 3}`,
      [...f.params, matched, query.limit, query.offset],
    );
    const facets = await tx.query<FacetRow>(facetSql('a.id = ANY($1::uuid[])'), [matched]);
    return { exact: true, ...facetsFromRows(facets.rows), hits: hitsFrom(hits.rows) };
  });
}

const NO_COUNTS = { yes: 0, no: 0, unknown: 0 };

function hitsFrom(rows: readonly (ActorRow & { score: string | number })[]): ActorSearchHit[] {
  return rows.map((row) => ({ ...actorFromRow(row), score: Number(row.score) }));
}

interface FacetRow {
  facet: 'total' | 'se' | 'lan' | 'area' | 'goal' | 'legal' | 'registered';
  value: string;
  n: number | bigint;
  /** for `area`: matches that list both the kommun and its län */
  both: number | bigint;
}

// Every facet in one statement over the matches, read once: the matches are a CTE that each
// count scans, so the result is read once rather than once per facet.
function facetSql(where: string): string {
  return `WITH m AS MATERIALIZED (
      SELECT a.area_codes, a.area_index, a.goals, a.legal_form, a.registered_ideburen,
             'SE' = ANY(a.area_codes) AS se
        FROM actors a WHERE ${where}
    )
    SELECT 'total' AS facet, '' AS value, count(*) AS n, 0 AS both FROM m
    UNION ALL
    SELECT 'se', '', count(*), 0 FROM m WHERE m.se
    UNION ALL
    SELECT 'lan', c, count(*), 0 FROM m, unnest(m.area_index) AS c WHERE length(c) = 2 GROUP BY c
    UNION ALL
    SELECT 'area', c, count(*), count(*) FILTER (WHERE length(c) = 4 AND left(c, 2) = ANY(m.area_codes))
      FROM m, unnest(m.area_codes) AS c WHERE NOT m.se GROUP BY c
    UNION ALL
    SELECT 'goal', g, count(*), 0 FROM m, unnest(m.goals) AS g GROUP BY g
    UNION ALL
    SELECT 'legal', m.legal_form, count(*), 0 FROM m WHERE m.legal_form IS NOT NULL GROUP BY m.legal_form
    UNION ALL
    SELECT 'registered', coalesce(m.registered_ideburen::text, 'unknown'), count(*), 0
      FROM m GROUP BY m.registered_ideburen`;
}

const byCount =
  <T extends { count: number }>(key: (t: T) => string) =>
  (x: T, y: T) =>
    y.count - x.count || (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0);

function facetsFromRows(rows: readonly FacetRow[]): Omit<ActorSearchResult, 'hits' | 'exact'> {
  let total = 0;
  let se = 0;
  const lan: { code: string; count: number }[] = [];
  const explicit = new Map<string, { n: number; both: number }>();
  const goals: { id: string; count: number }[] = [];
  const legalForms: { id: string; count: number }[] = [];
  const registered = { yes: 0, no: 0, unknown: 0 };
  for (const row of rows) {
    const n = Number(row.n);
    switch (row.facet) {
      case 'total':
        total = n;
        break;
      case 'se':
        se = n;
        break;
      case 'lan':
        lan.push({ code: row.value, count: n });
        break;
      case 'area':
        explicit.set(row.value, { n, both: Number(row.both) });
        break;
      case 'goal':
        goals.push({ id: row.value, count: n });
        break;
      case 'legal':
        legalForms.push({ id: row.value, count: n });
        break;
      case 'registered':
        if (row.value === 'true') registered.yes = n;
        else if (row.value === 'false') registered.no = n;
        else registered.unknown = n;
        break;
    }
  }
  // A kommun is served by entries that name it, its län or the whole country: those naming the
  // country, plus those naming the kommun or the län, less those naming both.
  const kommun: { code: string; count: number }[] = [];
  for (const m of municipalityList()) {
    const own = explicit.get(m.code);
    const county = explicit.get(m.countyCode)?.n ?? 0;
    const count = se + (own?.n ?? 0) + county - (own?.both ?? 0);
    if (count > 0) kommun.push({ code: m.code, count });
  }
  return {
    total,
    facets: {
      lan: lan.sort(byCount((x) => x.code)),
      kommun: kommun.sort(byCount((x) => x.code)),
      goals: goals.sort(byCount((x) => x.id)),
      legalForms: legalForms.sort(byCount((x) => x.id)),
      registered,
    },
  };
}
