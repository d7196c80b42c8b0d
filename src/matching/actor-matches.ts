// The challenges that fit an organisation of the directory, best first: the same exact score as
// the organisations found for a challenge, so a pair has one score and one set of reasons.
import type { Queryable } from '../db/database';
import type { ChallengeKind, ChallengeStatus } from '../domain/directory/index';
import {
  areasServedBy,
  compareRanked,
  cpvCodesSharing,
  isRelevantMatch,
  MATCH_FRACTIONS,
  MATCH_WEIGHTS,
  scoreMatch,
} from '../domain/matching/index';
import type { Lang } from '../engine/index';
import { eligibilityOfCase } from './case-eligibility';
import {
  ACTOR_MATCH_COLUMNS,
  actorFactsOf,
  actorOf,
  CHALLENGE_MATCH_COLUMNS,
  challengeOf,
  counterpartFactsOf,
  type ActorMatchRow,
  type ChallengeMatchRow,
  type MatchedActor,
  type MatchedChallenge,
  type Ranked,
} from './match-records';
import { titleWordQueries, titleWordsCte } from './title-words';

/** How many of the best challenges, by the database's coarse score, are scored exactly and ranked. */
export const CHALLENGE_CANDIDATE_POOL = 200;

/** Filters and page of the challenges found for an actor. */
export interface ChallengeMatchOptions {
  /** only these statuses; every status but `avslutad` when not given */
  status?: readonly ChallengeStatus[] | undefined;
  kind?: ChallengeKind | undefined;
  minScore?: number | undefined;
  limit: number;
  offset: number;
  lang: Lang;
}

/** The challenges found for an actor. */
export interface ChallengeMatches {
  actor: MatchedActor;
  total: number;
  candidates: number;
  items: Ranked<MatchedChallenge>[];
}

interface CandidateRow extends ChallengeMatchRow {
  candidates: number | bigint;
}

/**
 * The challenges that fit the listed actor `orgnr` (ten digits), ranked by score, then title,
 * then id. Undefined when no listed actor has that number. Only the best
 * {@link CHALLENGE_CANDIDATE_POOL} challenges by the coarse score are ranked.
 */
export async function matchChallengesForActor(
  db: Queryable,
  orgnr: string,
  options: ChallengeMatchOptions,
): Promise<ChallengeMatches | undefined> {
  const actorResult = await db.query<ActorMatchRow>(
    `SELECT ${ACTOR_MATCH_COLUMNS} FROM actors a WHERE a.orgnr = $1 AND a.listed`,
    [orgnr],
  );
  const row = actorResult.rows[0];
  if (!row) return undefined;
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const goals = p(row.goals);
  const cpv = p(row.cpv);
  const served = areasServedBy(row.area_codes);
  const w = MATCH_WEIGHTS;
  const f = MATCH_FRACTIONS;
  // The coarse score leaves out the text: the words are the challenge's, looked for in this
  // actor's text below, for the pool only.
  const coarse = `
    ${p(w.goals)}::float8 * (SELECT count(*) FROM unnest(c.goals) g WHERE g = ANY(${goals}::text[]))
      / greatest(cardinality(c.goals), 1)
    + ${p(w.area)}::float8 * CASE WHEN cardinality(c.area_codes) = 0 THEN 0
        WHEN c.area_codes && ${p(row.area_codes)}::text[] THEN 1 ELSE ${p(f.areaPart)}::float8 END
    + ${p(w.services)}::float8 * CASE
        WHEN c.cpv && ${cpv}::text[] THEN 1
        WHEN c.cpv && ${p(cpvCodesSharing(row.cpv, 5))}::text[] THEN ${p(f.cpvCategory)}::float8
        WHEN c.cpv && ${p(cpvCodesSharing(row.cpv, 3))}::text[] THEN ${p(f.cpvGroup)}::float8
        ELSE 0 END`;
  const where = [
    options.status !== undefined && options.status.length > 0
      ? `c.status = ANY(${p(options.status)}::text[])`
      : `c.status <> 'avslutad'`,
  ];
  if (served !== undefined) {
    where.push(`(cardinality(c.area_codes) = 0 OR c.area_codes && ${p(served)}::text[])`);
  }
  if (options.kind !== undefined) where.push(`c.kind = ${p(options.kind)}`);
  const pool = await db.query<CandidateRow>(
    `SELECT ${CHALLENGE_MATCH_COLUMNS}, count(*) OVER () AS candidates, ${coarse} AS coarse
     FROM challenges c
     WHERE ${where.join(' AND ')}
     ORDER BY coarse DESC, samverka_lower(c.title) COLLATE "C", c.id
     LIMIT ${p(CHALLENGE_CANDIDATE_POOL)}`,
    params,
  );

  // Which words of each challenge's title are in this actor's text, as the other direction finds them.
  const ids: string[] = [];
  const words: string[] = [];
  const queries: string[] = [];
  for (const challenge of pool.rows) {
    const t = titleWordQueries(challenge.title);
    t.words.forEach((word, i) => {
      ids.push(challenge.id);
      words.push(word);
      queries.push(t.queries[i]!);
    });
  }
  const found = await db.query<{ id: string; w: string; found: boolean }>(
    `WITH ${titleWordsCte('$2', '$3')},
     pairs AS (
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[]) WITH ORDINALITY AS x(id, w, q, n)
     )
     SELECT pairs.id, pairs.w, a.tsv @@ to_tsquery('swedish', pairs.q) AS found
     FROM pairs JOIN (SELECT DISTINCT w FROM words) known ON known.w = pairs.w,
          actors a
     WHERE a.orgnr = $4
     ORDER BY pairs.n`,
    [ids, words, queries, orgnr],
  );
  const titleWords = new Map<string, string[]>();
  const foundWords = new Map<string, string[]>();
  for (const r of found.rows) {
    titleWords.set(r.id, [...(titleWords.get(r.id) ?? []), r.w]);
    if (r.found) foundWords.set(r.id, [...(foundWords.get(r.id) ?? []), r.w]);
  }

  const counterpart = counterpartFactsOf(row);
  const minScore = options.minScore ?? 0;
  const ranked = pool.rows
    .map((challengeRow) => {
      const challenge = challengeOf(challengeRow);
      const eligibility = eligibilityOfCase(challenge.caseFacts, options.lang);
      const match = scoreMatch(
        {
          goals: challenge.goals,
          areaCodes: challenge.areaCodes,
          cpv: challenge.cpv,
          titleWords: titleWords.get(challenge.id) ?? [],
        },
        actorFactsOf(row, foundWords.get(challenge.id) ?? []),
        eligibility?.(counterpart),
      );
      return { ...match, item: challenge, relevant: isRelevantMatch(match) };
    })
    .filter((m) => m.relevant && m.score >= minScore)
    .map(({ score, reasons, item }) => ({ score, reasons, item }))
    .sort((a, b) =>
      compareRanked(
        { score: a.score, name: a.item.title, key: a.item.id },
        { score: b.score, name: b.item.title, key: b.item.id },
      ),
    );
  return {
    actor: actorOf(row),
    total: ranked.length,
    candidates: Number(pool.rows[0]?.candidates ?? 0),
    items: ranked.slice(options.offset, options.offset + options.limit),
  };
}
