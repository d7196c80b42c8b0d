// Organisations and directory entries for the directory's tests, written straight to the
// database: an import is the operator's, and these tests are about what is done with entries.
import { newId } from '../accounts/session-store';
import type { Queryable } from '../db/database';
import type { OrganisationKind } from '../domain/accounts/index';
import {
  areaIndex,
  validateActorInput,
  type ActorProfileInput,
  type ActorRawInput,
} from '../domain/directory/index';
import { nextTestOrgnr } from '../test-support/accounts';
import type { SavingOrganisation } from './actor-store';

/** An organisation of `kind` with an orgnr of its own (or `orgnr`). */
export async function insertTestOrganisation(
  db: Queryable,
  kind: OrganisationKind,
  orgnr: string = nextTestOrgnr(),
): Promise<SavingOrganisation> {
  const id = newId();
  await db.query(
    `INSERT INTO organisations (id, name, orgnr, kind, created_at) VALUES ($1, $2, $3, $4, now())`,
    [id, `Organisation ${orgnr}`, orgnr, kind],
  );
  return { id, orgnr, kind };
}

/** A checked entry from loose input; the test fails at once if the input is not valid. */
export function actorInput(raw: ActorRawInput): ActorProfileInput {
  const checked = validateActorInput(raw);
  if (!checked.ok) throw new Error(`bad test entry: ${JSON.stringify(checked.problems)}`);
  return checked.value;
}

/** Writes `input` as the operator's import would: unclaimed and listed. */
export async function insertImportedActor(db: Queryable, input: ActorProfileInput): Promise<void> {
  await db.query(
    `INSERT INTO actors (id, orgnr, name, kind, legal_form, source, listed, registered_ideburen,
                         work_integration_main_aim, area_codes, area_index, goals, cpv, capacity,
                         description, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, 'import', true, $6, $7, $8, $9, $10, $11, $12, $13, now(), now())`,
    [
      newId(),
      input.orgnr,
      input.name,
      input.kind,
      input.legalForm,
      input.registeredIdeburen,
      input.workIntegrationMainAim,
      input.areaCodes,
      areaIndex(input.areaCodes),
      input.goals,
      input.cpv,
      input.capacity,
      input.description,
    ],
  );
}

/** The actions of an organisation's audit log, oldest first. */
export async function auditActions(db: Queryable, organisationId: string): Promise<string[]> {
  const { rows } = await db.query<{ action: string }>(
    'SELECT action FROM audit_log WHERE organisation_id = $1 ORDER BY id',
    [organisationId],
  );
  return rows.map((r) => r.action);
}
