// Directory entries as read from the database, and the look-ups of one entry.
import type { Queryable } from '../db/database';
import type { ActorKind, ActorProfileInput, Collaboration } from '../domain/directory/index';
import type { LegalForm } from '../rules/index';

/** Where an entry came from. */
export type ActorSource = 'member' | 'import' | 'suggestion';

/** A directory entry as stored. */
export interface ActorRecord extends ActorProfileInput {
  id: string;
  /** The organisation whose members keep it; null until it is claimed. */
  organisationId: string | null;
  source: ActorSource;
  /** The public body that suggested it, for a suggestion. */
  suggestedBy: string | null;
  /** Shown in the directory, its search and matching. */
  listed: boolean;
  /** YYYY-MM-DD */
  lastConfirmedOn: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

/** The columns of `actors` a record is made of, for SELECT lists (alias `a`). */
export const ACTOR_COLUMNS = [
  'id',
  'orgnr',
  'name',
  'kind',
  'legal_form',
  'organisation_id',
  'source',
  'suggested_by',
  'listed',
  'registered_ideburen',
  'registered_ideburen_on',
  'work_integration_main_aim',
  'disadvantaged_staff_share',
  'area_codes',
  'goals',
  'cpv',
  'capacity',
  'description',
  'contact_name',
  'contact_email',
  'contact_phone',
  'website',
  'collaborations',
  'last_confirmed_on',
  'created_at',
  'updated_at',
  'version',
] as const;

/** `a.id, a.orgnr, …` for a query that names the table `a`. */
export const ACTOR_SELECT = ACTOR_COLUMNS.map((c) => `a.${c}`).join(', ');

/** A row of {@link ACTOR_COLUMNS}. */
export interface ActorRow {
  id: string;
  orgnr: string;
  name: string;
  kind: ActorKind;
  legal_form: LegalForm | null;
  organisation_id: string | null;
  source: ActorSource;
  suggested_by: string | null;
  listed: boolean;
  registered_ideburen: boolean | null;
  registered_ideburen_on: string | Date | null;
  work_integration_main_aim: boolean | null;
  disadvantaged_staff_share: string | number | null;
  area_codes: string[];
  goals: string[];
  cpv: string[];
  capacity: string;
  description: string;
  contact_name: string;
  contact_email: string;
  contact_phone: string;
  website: string;
  collaborations: Collaboration[] | string;
  last_confirmed_on: string | Date | null;
  created_at: Date | string;
  updated_at: Date | string;
  version: number;
}

// Both adapters give dates as YYYY-MM-DD text (value-types.ts); a Date is taken too, as UTC day.
function isoDate(value: string | Date | null): string | null {
  if (value === null) return null;
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

/** The record of a row. */
export function actorFromRow(row: ActorRow): ActorRecord {
  const share = row.disadvantaged_staff_share;
  return {
    id: row.id,
    orgnr: row.orgnr,
    name: row.name,
    kind: row.kind,
    legalForm: row.legal_form,
    organisationId: row.organisation_id,
    source: row.source,
    suggestedBy: row.suggested_by,
    listed: row.listed,
    registeredIdeburen: row.registered_ideburen,
    registeredIdeburenOn: isoDate(row.registered_ideburen_on),
    workIntegrationMainAim: row.work_integration_main_aim,
    disadvantagedStaffShare: share === null ? null : Number(share),
    areaCodes: row.area_codes,
    goals: row.goals,
    cpv: row.cpv,
    capacity: row.capacity,
    description: row.description,
    contactName: row.contact_name,
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone,
    website: row.website,
    collaborations:
      typeof row.collaborations === 'string'
        ? (JSON.parse(row.collaborations) as Collaboration[])
        : row.collaborations,
    lastConfirmedOn: isoDate(row.last_confirmed_on),
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    version: row.version,
  };
}

/** Who is looking: an organisation sees the unlisted entries it suggested or that are its own. */
export interface ActorViewer {
  organisationId: string;
}

/**
 * The entry with this orgnr (ten digits). A listed entry for anyone; an unlisted one only for
 * the organisation that suggested it and for the organisation with that orgnr.
 */
export async function findActorByOrgnr(
  db: Queryable,
  orgnr10: string,
  viewer?: ActorViewer,
): Promise<ActorRecord | undefined> {
  if (!/^\d{10}$/.test(orgnr10)) return undefined;
  const { rows } = await db.query<ActorRow>(
    `SELECT ${ACTOR_SELECT} FROM actors a
      WHERE a.orgnr = $1
        AND (a.listed
             OR a.suggested_by = $2::uuid
             OR a.organisation_id = $2::uuid
             OR EXISTS (SELECT 1 FROM organisations o WHERE o.id = $2::uuid AND o.orgnr = a.orgnr))`,
    [orgnr10, viewer?.organisationId ?? null],
  );
  const row = rows[0];
  return row && actorFromRow(row);
}

/** The entry the organisation keeps, if it has claimed or made one. */
export async function findActorOfOrganisation(
  db: Queryable,
  organisationId: string,
): Promise<ActorRecord | undefined> {
  const { rows } = await db.query<ActorRow>(
    `SELECT ${ACTOR_SELECT} FROM actors a WHERE a.organisation_id = $1`,
    [organisationId],
  );
  const row = rows[0];
  return row && actorFromRow(row);
}
