// The export of the listed directory: as CSV in the import's columns, and as JSON shaped like an
// Open Referral (HSDS 3) list of organizations. Both read the table a page at a time in
// organisationsnummer order, so a directory of a few hundred thousand entries is never held in
// memory at once.
import type { Queryable } from '../db/database';
import { ACTOR_CSV_COLUMNS, actorCsvCells, csvField } from '../domain/directory/csv/index';
import {
  areaKind,
  areaName,
  type ActorKind,
  type ActorProfileInput,
} from '../domain/directory/index';
import type { LegalForm } from '../rules/index';

/** Entries read per query. */
export const EXPORT_PAGE_SIZE = 1000;

/** Receives the export a piece at a time; a promise makes the export wait (backpressure). */
export type ExportWriter = (chunk: string) => void | Promise<void>;

/** A listed entry as exported. */
export interface ExportedActor extends Omit<ActorProfileInput, 'collaborations'> {
  id: string;
  claimed: boolean;
  source: string;
  lastConfirmedOn: string | null;
  updatedAt: Date;
}

interface ExportRow {
  id: string;
  orgnr: string;
  name: string;
  kind: ActorKind;
  legal_form: LegalForm | null;
  registered_ideburen: boolean | null;
  registered_ideburen_on: string | null;
  work_integration_main_aim: boolean | null;
  share: number | null;
  area_codes: string[];
  goals: string[];
  cpv: string[];
  capacity: string;
  description: string;
  contact_name: string;
  contact_email: string;
  contact_phone: string;
  website: string;
  claimed: boolean;
  source: string;
  last_confirmed_on: string | null;
  updated_at: Date | string;
}

/**
 * Every listed entry, in organisationsnummer order, a page at a time (keyset paging: each page
 * starts after the last orgnr of the one before, so a page costs the same at any depth).
 */
export async function* listedActorPages(db: Queryable): AsyncGenerator<ExportedActor[]> {
  let after = '';
  for (;;) {
    const { rows } = await db.query<ExportRow>(
      `SELECT id, orgnr, name, kind, legal_form, registered_ideburen,
              registered_ideburen_on::text AS registered_ideburen_on, work_integration_main_aim,
              disadvantaged_staff_share::float8 AS share, area_codes, goals, cpv, capacity,
              description, contact_name, contact_email, contact_phone, website,
              organisation_id IS NOT NULL AS claimed, source,
              last_confirmed_on::text AS last_confirmed_on, updated_at
         FROM actors
        WHERE listed AND orgnr > $1
        ORDER BY orgnr
        LIMIT ${EXPORT_PAGE_SIZE}`,
      [after],
    );
    if (rows.length === 0) return;
    yield rows.map(exported);
    if (rows.length < EXPORT_PAGE_SIZE) return;
    after = rows[rows.length - 1]!.orgnr;
  }
}

function exported(r: ExportRow): ExportedActor {
  return {
    id: r.id,
    orgnr: r.orgnr,
    name: r.name,
    kind: r.kind,
    legalForm: r.legal_form,
    registeredIdeburen: r.registered_ideburen,
    registeredIdeburenOn: r.registered_ideburen_on,
    workIntegrationMainAim: r.work_integration_main_aim,
    disadvantagedStaffShare: r.share === null ? null : Number(r.share),
    areaCodes: r.area_codes,
    goals: r.goals,
    cpv: r.cpv,
    capacity: r.capacity,
    description: r.description,
    contactName: r.contact_name,
    contactEmail: r.contact_email,
    contactPhone: r.contact_phone,
    website: r.website,
    claimed: r.claimed,
    source: r.source,
    lastConfirmedOn: r.last_confirmed_on,
    updatedAt: new Date(r.updated_at),
  };
}

/**
 * The listed directory as CSV: UTF-8 with a byte order mark (so that Excel reads å, ä and ö
 * right), comma-separated, CRLF line ends (RFC 4180), the import's columns in their documented
 * order. `samverka import organisations` reads it back unchanged.
 */
export async function exportActorsCsv(db: Queryable, write: ExportWriter): Promise<number> {
  await write(`\uFEFF${ACTOR_CSV_COLUMNS.map((c) => c.name).join(',')}\r\n`);
  let count = 0;
  for await (const page of listedActorPages(db)) {
    const lines = page.map(
      (actor) =>
        `${actorCsvCells({ ...actor, collaborations: [] })
          .map((c) => csvField(c, ','))
          .join(',')}\r\n`,
    );
    count += page.length;
    await write(lines.join(''));
  }
  return count;
}

/** The identifier scheme of Bolagsverket's organisationsnummer in the org-id.guide list. */
export const ORGNR_SCHEME = 'SE-BLV';

/**
 * One entry as an HSDS-like organization: the HSDS fields where they exist (id, name,
 * description, email, website, legal_status, organization_identifiers, contacts, phones), the
 * areas served as service_areas with their official codes, and the rest under `samverka`.
 */
export function openReferralOrganization(actor: ExportedActor): Record<string, unknown> {
  const orgnr = `${actor.orgnr.slice(0, 6)}-${actor.orgnr.slice(6)}`;
  const phones = actor.contactPhone === '' ? [] : [{ number: actor.contactPhone }];
  return {
    id: actor.id,
    name: actor.name,
    description: actor.description,
    email: actor.contactEmail === '' ? null : actor.contactEmail,
    website: actor.website === '' ? null : actor.website,
    legal_status: actor.legalForm,
    organization_identifiers: [
      {
        identifier_scheme: ORGNR_SCHEME,
        identifier_type: 'organisationsnummer',
        identifier: orgnr,
      },
    ],
    contacts:
      actor.contactName === ''
        ? []
        : [
            {
              name: actor.contactName,
              email: actor.contactEmail === '' ? null : actor.contactEmail,
              phones,
            },
          ],
    phones,
    service_areas: actor.areaCodes.map((code) => ({
      name: areaName(code, 'sv'),
      samverka_code: code,
      samverka_kind: areaKind(code) ?? null,
    })),
    samverka: {
      orgnr: actor.orgnr,
      kind: actor.kind,
      registered_ideburen: actor.registeredIdeburen,
      registered_ideburen_on: actor.registeredIdeburenOn,
      work_integration_main_aim: actor.workIntegrationMainAim,
      disadvantaged_staff_share: actor.disadvantagedStaffShare,
      goals: actor.goals,
      cpv: actor.cpv,
      capacity: actor.capacity,
      claimed: actor.claimed,
      last_confirmed_on: actor.lastConfirmedOn,
      updated_at: actor.updatedAt.toISOString(),
    },
  };
}

/**
 * The listed directory as one JSON document `{"hsds_version": "3.0", "organizations": [...]}`,
 * each organization as {@link openReferralOrganization} makes it, written a page at a time.
 */
export async function exportActorsOpenReferral(
  db: Queryable,
  write: ExportWriter,
): Promise<number> {
  await write('{"hsds_version":"3.0","profile":"samverka","organizations":[');
  let count = 0;
  for await (const page of listedActorPages(db)) {
    const items = page.map((actor) => JSON.stringify(openReferralOrganization(actor)));
    await write(`${count === 0 ? '\n' : ',\n'}${items.join(',\n')}`);
    count += page.length;
  }
  await write(count === 0 ? ']}\n' : '\n]}\n');
  return count;
}
