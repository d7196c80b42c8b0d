// Writing directory entries: an organisation's own entry (create, edit, claim, confirm) and a
// public body's suggestion. Each change and its audit entry are one transaction.
import { appendAudit, type AuditActor } from '../accounts/audit-log';
import { newId } from '../accounts/session-store';
import type { Database, Queryable } from '../db/database';
import type { OrganisationKind } from '../domain/accounts/index';
import { todayInSweden } from '../domain/calendar/today-in-sweden';
import { ACTOR_PROFILE_FIELDS, areaIndex, type ActorProfileInput } from '../domain/directory/index';
import { ACTOR_SELECT, actorFromRow, type ActorRecord, type ActorRow } from './actor-records';

/** The organisation saving its own entry. */
export interface SavingOrganisation {
  id: string;
  /** ten digits; null for an organisation without one (it cannot have an entry) */
  orgnr: string | null;
  kind: OrganisationKind;
}

/** What {@link saveOwnActor} did. */
export type SaveOwnActorResult =
  | { outcome: 'created' | 'updated' | 'claimed'; record: ActorRecord }
  | { outcome: 'conflict'; current: ActorRecord }
  | { outcome: 'orgnr-mismatch' }
  | { outcome: 'not-an-actor' };

// The values of an entry's own fields, in the order of ENTRY_COLUMNS.
const ENTRY_COLUMNS = [
  'name',
  'kind',
  'legal_form',
  'registered_ideburen',
  'registered_ideburen_on',
  'work_integration_main_aim',
  'disadvantaged_staff_share',
  'area_codes',
  'area_index',
  'goals',
  'cpv',
  'capacity',
  'description',
  'contact_name',
  'contact_email',
  'contact_phone',
  'website',
  'collaborations',
] as const;

function entryValues(input: ActorProfileInput): unknown[] {
  return [
    input.name,
    input.kind,
    input.legalForm,
    input.registeredIdeburen,
    input.registeredIdeburenOn,
    input.workIntegrationMainAim,
    input.disadvantagedStaffShare,
    input.areaCodes,
    areaIndex(input.areaCodes),
    input.goals,
    input.cpv,
    input.capacity,
    input.description,
    input.contactName,
    input.contactEmail,
    input.contactPhone,
    input.website,
    JSON.stringify(input.collaborations),
  ];
}

const COLLABORATIONS_AT = ENTRY_COLUMNS.indexOf('collaborations') + 1;

// `$n` for column i of ENTRY_COLUMNS, offset by `first`; the jsonb column is cast.
function entryParam(i: number, first: number): string {
  return i + 1 === COLLABORATIONS_AT ? `$${i + first}::jsonb` : `$${i + first}`;
}

async function lockByOrgnr(tx: Queryable, orgnr: string): Promise<ActorRecord | undefined> {
  const { rows } = await tx.query<ActorRow>(
    `SELECT ${ACTOR_SELECT} FROM actors a WHERE a.orgnr = $1 FOR UPDATE`,
    [orgnr],
  );
  return rows[0] && actorFromRow(rows[0]);
}

async function insertEntry(
  tx: Queryable,
  values: {
    input: ActorProfileInput;
    organisationId: string | null;
    source: 'member' | 'suggestion';
    suggestedBy: string | null;
    listed: boolean;
    lastConfirmedOn: string | null;
    now: Date;
  },
): Promise<ActorRecord | undefined> {
  const fixed = [
    newId(),
    values.input.orgnr,
    values.organisationId,
    values.source,
    values.suggestedBy,
    values.listed,
    values.lastConfirmedOn,
    values.now,
  ];
  const first = fixed.length + 1;
  const { rows } = await tx.query<ActorRow>(
    `INSERT INTO actors AS a (id, orgnr, organisation_id, source, suggested_by, listed,
                              last_confirmed_on, created_at, updated_at, version,
                              ${ENTRY_COLUMNS.join(', ')})
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, 1,
             ${ENTRY_COLUMNS.map((_, i) => entryParam(i, first)).join(', ')})
     ON CONFLICT (orgnr) DO NOTHING
     RETURNING ${ACTOR_SELECT}`,
    [...fixed, ...entryValues(values.input)],
  );
  return rows[0] && actorFromRow(rows[0]);
}

/**
 * Creates, edits or claims the entry of `organisation` (an idéburen organisation or social
 * enterprise; a public body has none). The entry's orgnr must be the organisation's. An entry
 * with that orgnr that nobody has claimed (an import or a suggestion) is claimed: it becomes the
 * organisation's and is listed; its source stays. With `expectedVersion`, the change is made
 * only if the entry is still at that version (else `conflict` with the entry as it is). Saving
 * also confirms the entry: `lastConfirmedOn` becomes the day of `now` in Sweden.
 */
export async function saveOwnActor(
  db: Database,
  args: {
    organisation: SavingOrganisation;
    input: ActorProfileInput;
    expectedVersion?: number;
    actor: AuditActor;
    now: Date;
  },
): Promise<SaveOwnActorResult> {
  const { organisation, input, expectedVersion, actor, now } = args;
  if (organisation.kind === 'public-body') return { outcome: 'not-an-actor' };
  if (organisation.orgnr === null || input.orgnr !== organisation.orgnr) {
    return { outcome: 'orgnr-mismatch' };
  }
  const today = todayInSweden(now);
  return db.transaction(async (tx): Promise<SaveOwnActorResult> => {
    const existing = await lockByOrgnr(tx, input.orgnr);
    if (!existing) {
      const record = await insertEntry(tx, {
        input,
        organisationId: organisation.id,
        source: 'member',
        suggestedBy: null,
        listed: true,
        lastConfirmedOn: today,
        now,
      });
      if (!record) {
        // Made by another request since the look-up: answer with it rather than overwrite it.
        const current = await lockByOrgnr(tx, input.orgnr);
        return current ? { outcome: 'conflict', current } : { outcome: 'orgnr-mismatch' };
      }
      await audit(tx, 'profile.created', organisation.id, actor, record, now);
      return { outcome: 'created', record };
    }
    // The orgnr is the organisation's, so an entry kept by someone else cannot be taken over.
    if (existing.organisationId !== null && existing.organisationId !== organisation.id) {
      return { outcome: 'orgnr-mismatch' };
    }
    if (expectedVersion !== undefined && expectedVersion !== existing.version) {
      return { outcome: 'conflict', current: existing };
    }
    const first = 6;
    const { rows } = await tx.query<ActorRow>(
      `UPDATE actors AS a
          SET organisation_id = $2, listed = true, last_confirmed_on = $3, updated_at = $4,
              version = a.version + 1,
              ${ENTRY_COLUMNS.map((c, i) => `${c} = ${entryParam(i, first)}`).join(', ')}
        WHERE a.id = $1 AND a.version = $5
        RETURNING ${ACTOR_SELECT}`,
      [existing.id, organisation.id, today, now, existing.version, ...entryValues(input)],
    );
    const row = rows[0];
    if (!row) {
      const current = await lockByOrgnr(tx, input.orgnr);
      return current ? { outcome: 'conflict', current } : { outcome: 'orgnr-mismatch' };
    }
    const record = actorFromRow(row);
    const claimed = existing.organisationId === null;
    await audit(
      tx,
      claimed ? 'profile.claimed' : 'profile.updated',
      organisation.id,
      actor,
      record,
      now,
      claimed ? { source: existing.source } : { changed: changedFields(existing, record) },
    );
    return { outcome: claimed ? 'claimed' : 'updated', record };
  });
}

/** The fields of {@link ActorProfileInput} whose values differ between two records. */
function changedFields(before: ActorRecord, after: ActorRecord): string[] {
  // The number is the key of the entry and never changes.
  const keys = ACTOR_PROFILE_FIELDS.filter((k) => k !== 'orgnr');
  return keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

async function audit(
  tx: Queryable,
  action: 'profile.created' | 'profile.updated' | 'profile.claimed' | 'profile.confirmed',
  organisationId: string,
  actor: AuditActor,
  record: ActorRecord,
  now: Date,
  extra: Record<string, unknown> = {},
): Promise<void> {
  await appendAudit(tx, {
    organisationId,
    actor,
    action,
    subjectType: 'actor',
    subjectId: record.id,
    detail: { orgnr: record.orgnr, name: record.name, ...extra },
    at: now,
  });
}

/**
 * Confirms that the organisation's entry is right as it stands: `lastConfirmedOn` becomes the
 * day of `now` in Sweden. The version stays, since nothing of the entry changed, so an edit
 * begun before the confirmation is not refused. Undefined when the organisation has no entry.
 */
export async function confirmOwnActor(
  db: Database,
  args: { organisationId: string; actor: AuditActor; now: Date },
): Promise<ActorRecord | undefined> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<ActorRow>(
      `UPDATE actors AS a SET last_confirmed_on = $2, updated_at = $3
        WHERE a.organisation_id = $1
        RETURNING ${ACTOR_SELECT}`,
      [args.organisationId, todayInSweden(args.now), args.now],
    );
    const row = rows[0];
    if (!row) return undefined;
    const record = actorFromRow(row);
    await audit(tx, 'profile.confirmed', args.organisationId, args.actor, record, args.now);
    return record;
  });
}

/**
 * A public body suggests an organisation for the directory. The suggestion is unlisted until
 * the organisation with that orgnr claims it. An entry that exists already is never changed
 * (`exists`), whoever keeps it.
 */
export async function suggestActor(
  db: Database,
  args: { suggestedBy: string; input: ActorProfileInput; actor: AuditActor; now: Date },
): Promise<'created' | 'exists'> {
  return db.transaction(async (tx) => {
    const record = await insertEntry(tx, {
      input: args.input,
      organisationId: null,
      source: 'suggestion',
      suggestedBy: args.suggestedBy,
      listed: false,
      lastConfirmedOn: null,
      now: args.now,
    });
    if (!record) return 'exists';
    await appendAudit(tx, {
      organisationId: args.suggestedBy,
      actor: args.actor,
      action: 'actor.suggested',
      subjectType: 'actor',
      subjectId: record.id,
      detail: { orgnr: record.orgnr, name: record.name },
      at: args.now,
    });
    return 'created';
  });
}
