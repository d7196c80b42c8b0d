// The organisations that fit a challenge, best first. The database picks the candidates with its
// indexes and ranks them coarsely by the same weights; the best of them are scored exactly, with
// the engine's eligibility and the relations of themes and SDGs, and ranked by that score.
import type { Queryable } from '../db/database';
import { coveringAreas } from '../domain/directory/index';
import {
  challengeAreaQuery,
  compareRanked,
  cpvCodesSharing,
  isRelevantMatch,
  MATCH_FRACTIONS,
  MATCH_WEIGHTS,
  relatedGoalIds,
  scoreMatch,
} from '../domain/matching/index';
import type { Lang } from '../engine/index';
import type { LegalForm } from '../rules/index';
import { eligibilityOfCase } from './case-eligibility';
import {
  ACTOR_MATCH_COLUMNS,
  actorFactsOf,
  actorOf,
  counterpartFactsOf,
  readChallenge,
  type ActorMatchRow,
  type MatchedActor,
  type MatchedChallenge,
  type Ranked,
} from './match-records';
import { meaningfulTitleWords, type TitleWords } from './title-words';

/** How many of the best candidates, by the database's coarse score, are scored exactly and ranked. */
export const ACTOR_CANDIDATE_POOL = 300;

/** Filters and page of the organisations found for a challenge. */
export interface ActorMatchOptions {
  /** only actors that serve this kommun (directly, through its län, or nationwide) */
  kommun?: string | undefined;
  /** only actors that serve this län or some kommun in it */
  lan?: string | undefined;
  legalForms?: readonly LegalForm[] | undefined;
  /** only actors (not) in the register of idéburna organisationer */
  registered?: boolean | undefined;
  /** only actors that work on one of these goals */
  goals?: readonly string[] | undefined;
  minScore?: number | undefined;
  limit: number;
  offset: number;
  /** the language of the engine's words in the eligibility reasons */
  lang: Lang;
}

/** The organisations found for a challenge. */
export interface ActorMatches {
  challenge: MatchedChallenge;
  /** how many ranked matches there are (at most the pool, after the minimum score) */
  total: number;
  /** how many listed actors the database found before the pool was cut */
  candidates: number;
  items: Ranked<MatchedActor>[];
}

interface CandidateRow extends ActorMatchRow {
  found: string[];
  coarse: number;
  name_key: string;
  candidates: number | bigint;
}

/**
 * The listed actors that fit challenge `challengeId` (a UUID), ranked by score, then name, then
 * organisation number. Undefined when there is no such challenge. Only the best
 * {@link ACTOR_CANDIDATE_POOL} candidates by the coarse score are ranked.
 */
export async function matchActorsForChallenge(
  db: Queryable,
  challengeId: string,
  options: ActorMatchOptions,
): Promise<ActorMatches | undefined> {
  const challenge = await readChallenge(db, challengeId);
  if (!challenge) return undefined;
  const title = await meaningfulTitleWords(db, challenge.title);
  const first = await db.query<CandidateRow>(
    ...statementArgs(candidateStatement(challenge, title, options, 'direct')),
  );
  let rows = first.rows;
  let candidates = Number(rows[0]?.candidates ?? 0);
  // An actor whose goals are only related earns no more coarse points than the whole area weight.
  const relatedCeiling = challenge.areaCodes.length === 0 ? 0 : MATCH_WEIGHTS.area;
  const lowest = rows[rows.length - 1]?.coarse;
  const related = relatedGoalIds(challenge.goals).length > challenge.goals.length;
  if (
    related &&
    (rows.length < ACTOR_CANDIDATE_POOL || lowest === undefined || lowest <= relatedCeiling)
  ) {
    const more = await db.query<CandidateRow>(
      ...statementArgs(candidateStatement(challenge, title, options, 'related-only')),
    );
    candidates += Number(more.rows[0]?.candidates ?? 0);
    rows = [...rows, ...more.rows].sort(compareCoarse).slice(0, ACTOR_CANDIDATE_POOL);
  }
  const result = { rows };

  const eligibility = eligibilityOfCase(challenge.caseFacts, options.lang);
  const facts = {
    goals: challenge.goals,
    areaCodes: challenge.areaCodes,
    cpv: challenge.cpv,
    titleWords: title.words,
  };
  const minScore = options.minScore ?? 0;
  const ranked = result.rows
    .map((row) => {
      const match = scoreMatch(
        facts,
        actorFactsOf(row, row.found),
        eligibility?.(counterpartFactsOf(row)),
      );
      return { ...match, item: actorOf(row), relevant: isRelevantMatch(match) };
    })
    .filter((m) => m.relevant && m.score >= minScore)
    .map(({ score, reasons, item }) => ({ score, reasons, item }))
    .sort((a, b) =>
      compareRanked(
        { score: a.score, name: a.item.name, key: a.item.orgnr },
        { score: b.score, name: b.item.name, key: b.item.orgnr },
      ),
    );
  return {
    challenge,
    total: ranked.length,
    candidates,
    items: ranked.slice(options.offset, options.offset + options.limit),
  };
}

/** Which candidates a statement finds: the direct fits, or the actors whose goals are only related. */
type CandidateKind = 'direct' | 'related-only';

/**
 * The statement of the candidates of one kind, ranked by the coarse score, with the best
 * {@link ACTOR_CANDIDATE_POOL} of them read whole and the count of all of them.
 */
function candidateStatement(
  challenge: MatchedChallenge,
  title: TitleWords,
  options: ActorMatchOptions,
  kind: CandidateKind,
): { text: string; params: unknown[] } {
  const area = challengeAreaQuery(challenge.areaCodes);
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  // The OR of the title's words is a constant of the statement, so that the planner can combine
  // the text index with the goal and CPV indexes.
  const tsquery = title.queries.length === 0 ? undefined : p(title.queries.join(' | '));
  const matchesText =
    tsquery === undefined ? 'false' : `a.tsv @@ to_tsquery('swedish', ${tsquery}::text)`;
  const goalCount =
    challenge.goals.length === 0
      ? '0'
      : challenge.goals.map((g) => `(a.goals @> ARRAY[${p(g)}::text])::int`).join(' + ');
  const cpv = p(challenge.cpv);
  const cpv5 = p(cpvCodesSharing(challenge.cpv, 5));
  const cpv3 = p(cpvCodesSharing(challenge.cpv, 3));
  const exact = p(area.exact);
  const covering = p(area.covering);
  const w = MATCH_WEIGHTS;
  const f = MATCH_FRACTIONS;
  const coarse = `
      ${p(w.goals)}::float8 * (${goalCount}) / ${p(Math.max(challenge.goals.length, 1))}::float8
      + ${p(w.area)}::float8 * CASE
          WHEN cardinality(${exact}::text[]) = 0 THEN 0
          WHEN a.area_codes && ${exact}::text[] THEN 1
          WHEN a.area_codes && ${covering}::text[] THEN ${p(f.areaCounty)}::float8
          ELSE ${p(f.areaPart)}::float8 END
      + ${p(w.services)}::float8 * greatest(
          CASE WHEN a.cpv && ${cpv}::text[] THEN 1
               WHEN a.cpv && ${cpv5}::text[] THEN ${p(f.cpvCategory)}::float8
               WHEN a.cpv && ${cpv3}::text[] THEN ${p(f.cpvGroup)}::float8
               ELSE 0 END,
          CASE WHEN ${matchesText} THEN ${p(f.textAllWords)}::float8 ELSE 0 END)`;

  // Filters of the page and the challenge's area: every candidate meets them.
  const where = ['a.listed'];
  if (area.restricted) {
    where.push(
      `a.area_index && ${p([...area.covering, ...area.counties])}::text[]
         AND (a.area_codes && ${covering}::text[] OR a.area_index && ${p(area.counties)}::text[])`,
    );
  }
  if (options.kommun !== undefined) {
    const served = p(coveringAreas(options.kommun));
    where.push(`a.area_index && ${served}::text[] AND a.area_codes && ${served}::text[]`);
  }
  if (options.lan !== undefined) {
    where.push(`a.area_index && ${p([options.lan, 'SE'])}::text[]`);
  }
  if (options.legalForms !== undefined && options.legalForms.length > 0) {
    where.push(`a.legal_form = ANY(${p(options.legalForms)}::text[])`);
  }
  if (options.registered !== undefined) {
    where.push(`a.registered_ideburen IS NOT DISTINCT FROM ${p(options.registered)}::boolean`);
  }
  if (options.goals !== undefined && options.goals.length > 0) {
    where.push(`a.goals && ${p(options.goals)}::text[]`);
  }
  // A direct fit: a goal of the challenge itself, a CPV code of the same group or a word of the
  // title. Each is a GIN index of its own, so the database finds these few without reading the
  // area's every entry. An actor whose goals are only related (a theme and an SDG of it) earns
  // nothing in the coarse score but its area, so it can reach the pool only when the direct fits
  // leave room or fall to that score; only then are they looked for too.
  const direct = `(${
    challenge.goals.length === 0 ? 'false' : `a.goals && ${p(challenge.goals)}::text[]`
  } OR a.cpv && ${cpv3}::text[] OR ${matchesText})`;
  const fit =
    kind === 'direct'
      ? direct
      : `a.goals && ${p(relatedGoalIds(challenge.goals))}::text[] AND NOT ${direct}`;
  const words = p(title.words);
  const queries = p(title.queries);
  const poolSize = p(ACTOR_CANDIDATE_POOL);
  const text = `
      WITH fits AS MATERIALIZED (
         -- name_key (migration 0006) is lower case on every locale, unlike lower()
         SELECT a.id, ${coarse} AS coarse, a.name_key COLLATE "C" AS name_key, a.orgnr
         FROM actors a
         WHERE ${[...where, fit].join('\n AND ')}
       ),
       pool AS (
         SELECT id, coarse, name_key, orgnr FROM fits
         ORDER BY coarse DESC, name_key, orgnr
         LIMIT ${poolSize}
       )
       SELECT ${ACTOR_MATCH_COLUMNS}, pool.coarse, pool.name_key, (SELECT count(*) FROM fits) AS candidates,
         ARRAY(SELECT x.w FROM unnest(${words}::text[], ${queries}::text[]) AS x(w, q)
               WHERE a.tsv @@ to_tsquery('swedish', x.q)) AS found
       FROM pool JOIN actors a ON a.id = pool.id
       ORDER BY pool.coarse DESC, pool.name_key, pool.orgnr`;
  return { text, params };
}

function statementArgs(statement: { text: string; params: unknown[] }): [string, unknown[]] {
  return [statement.text, statement.params];
}

/** The order of the coarse ranking in the database: coarse score, name key, number (bytes). */
function compareCoarse(a: CandidateRow, b: CandidateRow): number {
  return (
    b.coarse - a.coarse ||
    Buffer.compare(Buffer.from(a.name_key), Buffer.from(b.name_key)) ||
    Buffer.compare(Buffer.from(a.orgnr), Buffer.from(b.orgnr))
  );
}
