// Organisations (the tenants) and their members.
import type { Queryable } from '../db/database';
import type { OrganisationKind, Role } from '../domain/accounts/index';
import { appendAudit, type AuditActor } from './audit-log';
import { newId } from './session-store';

/** An organisation as stored. */
export interface OrganisationRecord {
  id: string;
  name: string;
  /** ten digits */
  orgnr: string | null;
  kind: OrganisationKind;
  legalForm: string | null;
  createdAt: Date;
}

/** Thrown when an organisationsnummer is registered already. */
export class OrgnrTakenError extends Error {
  override name = 'OrgnrTakenError';
}

/**
 * Creates an organisation with its first owner (who must exist) and records it in the audit log.
 * Run it in a transaction with the user's creation when both are new.
 */
export async function createOrganisation(
  db: Queryable,
  input: {
    name: string;
    orgnr: string;
    kind: OrganisationKind;
    legalForm?: string | null;
    ownerId: string;
    actor: AuditActor;
    now: Date;
  },
): Promise<OrganisationRecord> {
  const taken = await db.query('SELECT 1 FROM organisations WHERE orgnr = $1', [input.orgnr]);
  if (taken.rowCount > 0) {
    throw new OrgnrTakenError(`Organisation number ${input.orgnr} is registered already.`);
  }
  const id = newId();
  await db.query(
    `INSERT INTO organisations (id, name, orgnr, kind, legal_form, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
    [id, input.name, input.orgnr, input.kind, input.legalForm ?? null, input.now],
  );
  await db.query(
    `INSERT INTO memberships (organisation_id, user_id, role, created_at) VALUES ($1, $2, 'owner', $3)`,
    [id, input.ownerId, input.now],
  );
  await appendAudit(db, {
    organisationId: id,
    actor: input.actor,
    action: 'organisation.created',
    subjectType: 'organisation',
    subjectId: id,
    detail: { name: input.name, orgnr: input.orgnr, kind: input.kind },
    at: input.now,
  });
  return {
    id,
    name: input.name,
    orgnr: input.orgnr,
    kind: input.kind,
    legalForm: input.legalForm ?? null,
    createdAt: input.now,
  };
}

/** The organisation with this id, if any. */
export async function findOrganisation(
  db: Queryable,
  id: string,
): Promise<OrganisationRecord | undefined> {
  const { rows } = await db.query<{
    id: string;
    name: string;
    orgnr: string | null;
    kind: OrganisationKind;
    legal_form: string | null;
    created_at: Date;
  }>('SELECT id, name, orgnr, kind, legal_form, created_at FROM organisations WHERE id = $1', [id]);
  const r = rows[0];
  return (
    r && {
      id: r.id,
      name: r.name,
      orgnr: r.orgnr,
      kind: r.kind,
      legalForm: r.legal_form,
      createdAt: r.created_at,
    }
  );
}

/** A member of an organisation. */
export interface MemberRecord {
  userId: string;
  name: string;
  email: string;
  role: Role;
  since: Date;
}

/** The members of an organisation, owners first, then by name. */
export async function listMembers(db: Queryable, organisationId: string): Promise<MemberRecord[]> {
  const { rows } = await db.query<{
    user_id: string;
    name: string;
    email: string;
    role: Role;
    created_at: Date;
  }>(
    `SELECT m.user_id, u.name, u.email, m.role, m.created_at
       FROM memberships m JOIN users u ON u.id = m.user_id
      WHERE m.organisation_id = $1
      ORDER BY CASE m.role WHEN 'owner' THEN 0 WHEN 'editor' THEN 1 ELSE 2 END, u.name, u.id`,
    [organisationId],
  );
  return rows.map((r) => ({
    userId: r.user_id,
    name: r.name,
    email: r.email,
    role: r.role,
    since: r.created_at,
  }));
}

/** Adds a member (or changes the role of one who is already a member). */
export async function addMembership(
  db: Queryable,
  input: { organisationId: string; userId: string; role: Role; now: Date },
): Promise<void> {
  await db.query(
    `INSERT INTO memberships (organisation_id, user_id, role, created_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (organisation_id, user_id) DO UPDATE SET role = EXCLUDED.role`,
    [input.organisationId, input.userId, input.role, input.now],
  );
}
