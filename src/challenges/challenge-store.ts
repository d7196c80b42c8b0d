// Posting, changing, reading and listing challenges and initiatives. The board is public, so
// reading needs no organisation; changing is for the poster's organisation only. Each change
// runs in one transaction with its audit entry, and names the version it started from, so that
// two people editing one challenge never overwrite each other silently.
import { appendAudit, isUuid, newId, type AuditActor } from '../accounts/index';
import type { Database, Queryable } from '../db/database';
import type { OrganisationKind } from '../domain/accounts/index';
import {
  areaIndex,
  coveringAreas,
  type ChallengeInput,
  type ChallengeKind,
  type ChallengeStatus,
} from '../domain/directory/index';
import type { Case } from '../rules';
import { buildTsQuery } from '../search/tsquery-builder';
import type { ChallengeRecord } from './challenge-records';

interface ChallengeRow {
  id: string;
  organisation_id: string;
  organisation_name: string;
  kind: ChallengeKind;
  title: string;
  description: string;
  goals: string[];
  area_codes: string[];
  cpv: string[];
  starts_on: string | null;
  ends_on: string | null;
  budget_sek: number | bigint | null;
  status: ChallengeStatus;
  case_facts: Case | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

const COLUMNS = `c.id, c.organisation_id, o.name AS organisation_name, c.kind, c.title,
  c.description, c.goals, c.area_codes, c.cpv, c.starts_on, c.ends_on, c.budget_sek, c.status,
  c.case_facts, c.created_at, c.updated_at, c.version`;

function toRecord(r: ChallengeRow): ChallengeRecord {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    kind: r.kind,
    title: r.title,
    description: r.description,
    goals: r.goals,
    areaCodes: r.area_codes,
    cpv: r.cpv,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    budgetSek: r.budget_sek === null ? null : Number(r.budget_sek),
    status: r.status,
    caseFacts: r.case_facts,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

/** The kind of post an organisation makes: public bodies post challenges, others initiatives. */
export function challengeKindOf(organisationKind: OrganisationKind): ChallengeKind {
  return organisationKind === 'public-body' ? 'challenge' : 'initiative';
}

function userIdOf(actor: AuditActor): string | null {
  return actor.kind === 'user' ? actor.userId : null;
}

/** The challenge or initiative `id`, for anyone to read; undefined when there is none. */
export async function findChallenge(
  db: Queryable,
  id: string,
): Promise<ChallengeRecord | undefined> {
  if (!isUuid(id)) return undefined;
  const { rows } = await db.query<ChallengeRow>(
    `SELECT ${COLUMNS} FROM challenges c JOIN organisations o ON o.id = c.organisation_id
      WHERE c.id = $1`,
    [id],
  );
  return rows[0] && toRecord(rows[0]);
}

/** Posts a challenge (a public body) or an initiative (anyone else) and records it. */
export async function createChallenge(
  db: Database,
  input: {
    organisation: { id: string; kind: OrganisationKind };
    input: ChallengeInput;
    caseFacts: Case | null;
    actor: AuditActor;
    now: Date;
  },
): Promise<ChallengeRecord> {
  const id = newId();
  const kind = challengeKindOf(input.organisation.kind);
  const v = input.input;
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO challenges (id, organisation_id, kind, title, description, goals, area_codes,
                               area_index, cpv, starts_on, ends_on, budget_sek, status, case_facts,
                               created_by, created_at, updated_at, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16, 1)`,
      [
        id,
        input.organisation.id,
        kind,
        v.title,
        v.description,
        v.goals,
        v.areaCodes,
        areaIndex(v.areaCodes),
        v.cpv,
        v.startsOn,
        v.endsOn,
        v.budgetSek,
        v.status,
        input.caseFacts === null ? null : JSON.stringify(input.caseFacts),
        userIdOf(input.actor),
        input.now,
      ],
    );
    await appendAudit(tx, {
      organisationId: input.organisation.id,
      actor: input.actor,
      action: 'challenge.created',
      subjectType: 'challenge',
      subjectId: id,
      detail: { title: v.title, kind, status: v.status, caseFacts: input.caseFacts !== null },
      at: input.now,
    });
  });
  const created = await findChallenge(db, id);
  if (!created) throw new Error(`challenge ${id} was not saved`);
  return created;
}

/** What a change did. */
export type UpdateChallengeResult =
  | { ok: true; challenge: ChallengeRecord; changed: boolean }
  | { ok: false; reason: 'not-found' }
  /** the challenge moved on since `expectedVersion`: nothing was written */
  | { ok: false; reason: 'conflict'; current: ChallengeRecord };

const CONTENT_FIELDS = [
  'title',
  'description',
  'goals',
  'areaCodes',
  'cpv',
  'startsOn',
  'endsOn',
  'budgetSek',
] as const satisfies readonly (keyof ChallengeInput)[];

/**
 * Changes the challenge `id` of the organisation if it is still at `expectedVersion`. A change
 * of content is recorded as `challenge.updated`, a change of status as
 * `challenge.status-changed`; nothing is written when nothing changes. `caseFacts` undefined
 * keeps the facts the challenge has; null removes them. Another organisation's challenge is
 * not found.
 */
export async function updateChallenge(
  db: Database,
  input: {
    organisationId: string;
    id: string;
    input: ChallengeInput;
    caseFacts?: Case | null | undefined;
    expectedVersion: number;
    actor: AuditActor;
    now: Date;
  },
): Promise<UpdateChallengeResult> {
  if (!isUuid(input.id) || !isUuid(input.organisationId)) return { ok: false, reason: 'not-found' };
  const outcome = await db.transaction(
    async (tx): Promise<UpdateChallengeResult | { ok: true; changed: boolean }> => {
      const { rows } = await tx.query<ChallengeRow>(
        `SELECT ${COLUMNS} FROM challenges c JOIN organisations o ON o.id = c.organisation_id
          WHERE c.id = $1 AND c.organisation_id = $2 FOR UPDATE OF c`,
        [input.id, input.organisationId],
      );
      const row = rows[0];
      if (row === undefined) return { ok: false, reason: 'not-found' };
      const current = toRecord(row);
      if (current.version !== input.expectedVersion)
        return { ok: false, reason: 'conflict', current };
      const v = input.input;
      const facts = input.caseFacts === undefined ? current.caseFacts : input.caseFacts;
      const changedFields: string[] = CONTENT_FIELDS.filter(
        (field) => JSON.stringify(current[field]) !== JSON.stringify(v[field]),
      );
      if (JSON.stringify(current.caseFacts) !== JSON.stringify(facts)) {
        changedFields.push('caseFacts');
      }
      const statusChanged = current.status !== v.status;
      if (changedFields.length === 0 && !statusChanged) return { ok: true, changed: false };
      await tx.query(
        `UPDATE challenges SET title = $3, description = $4, goals = $5, area_codes = $6,
                area_index = $7, cpv = $8, starts_on = $9, ends_on = $10, budget_sek = $11,
                status = $12, case_facts = $13, updated_at = $14, version = version + 1
          WHERE id = $1 AND organisation_id = $2`,
        [
          input.id,
          input.organisationId,
          v.title,
          v.description,
          v.goals,
          v.areaCodes,
          areaIndex(v.areaCodes),
          v.cpv,
          v.startsOn,
          v.endsOn,
          v.budgetSek,
          v.status,
          facts === null ? null : JSON.stringify(facts),
          input.now,
        ],
      );
      const audit = (action: 'challenge.updated' | 'challenge.status-changed', detail: object) =>
        appendAudit(tx, {
          organisationId: input.organisationId,
          actor: input.actor,
          action,
          subjectType: 'challenge',
          subjectId: input.id,
          detail: { ...detail },
          at: input.now,
        });
      if (changedFields.length > 0) await audit('challenge.updated', { fields: changedFields });
      if (statusChanged) {
        await audit('challenge.status-changed', { from: current.status, to: v.status });
      }
      return { ok: true, changed: true };
    },
  );
  if (!outcome.ok || 'challenge' in outcome) return outcome;
  const challenge = await findChallenge(db, input.id);
  if (!challenge) return { ok: false, reason: 'not-found' };
  return { ok: true, challenge, changed: outcome.changed };
}

/** Which posts a board page shows. */
export interface ChallengeListQuery {
  /** words to search for in title and description (Swedish full-text) */
  q?: string | undefined;
  kind?: ChallengeKind | undefined;
  /** any of these statuses; all when absent or empty */
  status?: readonly ChallengeStatus[] | undefined;
  /** a goal id the post names */
  goal?: string | undefined;
  /** a kommun or län code: posts in it, in its län, or for the whole country */
  area?: string | undefined;
  /** only this organisation's posts */
  organisationId?: string | undefined;
  limit: number;
  offset: number;
}

/**
 * A page of the board, newest first (the id breaks ties, so that pages never repeat or skip a
 * post), and how many posts match.
 */
export async function listChallenges(
  db: Queryable,
  query: ChallengeListQuery,
): Promise<{ total: number; items: ChallengeRecord[] }> {
  const tsquery = buildTsQuery(query.q ?? '', 'sv').text;
  if ((query.q ?? '').trim() !== '' && tsquery === '') return { total: 0, items: [] };
  if (query.organisationId !== undefined && !isUuid(query.organisationId)) {
    return { total: 0, items: [] };
  }
  const params = [
    tsquery === '' ? null : tsquery,
    query.kind ?? null,
    query.status && query.status.length > 0 ? [...query.status] : null,
    query.goal ?? null,
    query.area ? coveringAreas(query.area) : null,
    query.organisationId ?? null,
  ];
  const where = `($1::text IS NULL OR c.tsv @@ to_tsquery('swedish'::regconfig, $1::text))
     AND ($2::text IS NULL OR c.kind = $2::text)
     AND ($3::text[] IS NULL OR c.status = ANY($3::text[]))
     AND ($4::text IS NULL OR c.goals @> ARRAY[$4::text])
     AND ($5::text[] IS NULL OR c.area_index && $5::text[])
     AND ($6::uuid IS NULL OR c.organisation_id = $6::uuid)`;
  const { rows } = await db.query<ChallengeRow & { total: number | bigint }>(
    `SELECT ${COLUMNS}, count(*) OVER () AS total
       FROM challenges c JOIN organisations o ON o.id = c.organisation_id
      WHERE ${where}
      ORDER BY c.created_at DESC, c.id DESC
      LIMIT $7 OFFSET $8`,
    [...params, query.limit, query.offset],
  );
  let total = rows[0]?.total;
  if (total === undefined) {
    // A page past the end has no rows to carry the count.
    const count = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM challenges c WHERE ${where}`,
      params,
    );
    total = count.rows[0]?.n ?? 0;
  }
  return { total: Number(total), items: rows.map(toRecord) };
}
