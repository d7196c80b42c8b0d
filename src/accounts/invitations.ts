// Invitations to join an organisation: a link with a random token, sent by e-mail and shown to
// the owner who made it. The token is stored as a hash; a link works once, for seven days, and
// not after it has been revoked. Accepting marks the invitation used in the same statement that
// checks it is still usable, so two people (or two clicks) racing for one link cannot both join.
import type { Queryable } from '../db/database';
import type { Role } from '../domain/accounts/index';
import { appendAudit, type AuditActor } from './audit-log';
import type { RateLimit } from './rate-limiter';
import { hashSecret, newSecret } from './secret-token';
import { newId } from './session-store';

/** How long an invitation link works. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Invitations an organisation may send in an hour: plenty for a team, few enough that an owner's
 * account cannot be used to send mail to any number of addresses.
 */
export const INVITATION_RATE_LIMIT: RateLimit = { max: 50, windowMs: 60 * 60 * 1000 };

/** The rate limiter's key of an organisation's invitations. */
export function invitationRateKey(organisationId: string): string {
  return `invitation:${organisationId}`;
}

/** An invitation as listed (never its token). */
export interface InvitationRecord {
  id: string;
  organisationId: string;
  email: string;
  role: Role;
  invitedBy: string | null;
  /** the name of who invited, while they have an account */
  invitedByName: string | null;
  createdAt: Date;
  expiresAt: Date;
}

/** An invitation that can still be accepted, as the invited person sees it. */
export interface LiveInvitation extends InvitationRecord {
  organisationName: string;
}

interface InvitationRow {
  id: string;
  organisation_id: string;
  email: string;
  role: Role;
  invited_by: string | null;
  invited_by_name: string | null;
  created_at: Date;
  expires_at: Date;
}

function toInvitation(r: InvitationRow): InvitationRecord {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    email: r.email,
    role: r.role,
    invitedBy: r.invited_by,
    invitedByName: r.invited_by_name,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
  };
}

/**
 * Creates an invitation and records it in the audit log; the token is returned here and never
 * again. Run it in a transaction.
 */
export async function createInvitation(
  db: Queryable,
  input: {
    organisationId: string;
    email: string;
    role: Role;
    invitedBy: string;
    actor: AuditActor;
    now: Date;
  },
): Promise<{ invitation: InvitationRecord; token: string }> {
  const token = newSecret();
  const id = newId();
  const expiresAt = new Date(input.now.getTime() + INVITATION_LIFETIME_MS);
  await db.query(
    `INSERT INTO invitations (id, token_hash, organisation_id, email, role, invited_by, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      id,
      hashSecret(token),
      input.organisationId,
      input.email.trim(),
      input.role,
      input.invitedBy,
      input.now,
      expiresAt,
    ],
  );
  // The address stays in the invitation, not in the log: the log outlives personal data.
  await appendAudit(db, {
    organisationId: input.organisationId,
    actor: input.actor,
    action: 'member.invited',
    subjectType: 'invitation',
    subjectId: id,
    detail: { role: input.role, expiresAt: expiresAt.toISOString() },
    at: input.now,
  });
  return {
    invitation: {
      id,
      organisationId: input.organisationId,
      email: input.email.trim(),
      role: input.role,
      invitedBy: input.invitedBy,
      invitedByName: null,
      createdAt: input.now,
      expiresAt,
    },
    token,
  };
}

const LIVE = 'i.used_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > $2';

/** The invitations of an organisation that can still be accepted, newest first. */
export async function listPendingInvitations(
  db: Queryable,
  organisationId: string,
  now: Date,
): Promise<InvitationRecord[]> {
  const { rows } = await db.query<InvitationRow>(
    `SELECT i.id, i.organisation_id, i.email, i.role, i.invited_by, u.name AS invited_by_name,
            i.created_at, i.expires_at
       FROM invitations i LEFT JOIN users u ON u.id = i.invited_by
      WHERE i.organisation_id = $1 AND ${LIVE}
      ORDER BY i.created_at DESC, i.id`,
    [organisationId, now],
  );
  return rows.map(toInvitation);
}

/**
 * The invitation with this token if it can still be accepted. An unknown, used, expired or
 * revoked token all give undefined: the answer does not say which.
 */
export async function findLiveInvitation(
  db: Queryable,
  token: string,
  now: Date,
): Promise<LiveInvitation | undefined> {
  const { rows } = await db.query<InvitationRow & { organisation_name: string }>(
    `SELECT i.id, i.organisation_id, i.email, i.role, i.invited_by, u.name AS invited_by_name,
            i.created_at, i.expires_at, o.name AS organisation_name
       FROM invitations i JOIN organisations o ON o.id = i.organisation_id
       LEFT JOIN users u ON u.id = i.invited_by
      WHERE i.token_hash = $1 AND ${LIVE}`,
    [hashSecret(token), now],
  );
  const row = rows[0];
  return row && { ...toInvitation(row), organisationName: row.organisation_name };
}

/**
 * Revokes a live invitation of the organisation and records it; false when the organisation has
 * no such invitation that could still be accepted. Run it in a transaction.
 */
export async function revokeInvitation(
  db: Queryable,
  input: { organisationId: string; invitationId: string; actor: AuditActor; now: Date },
): Promise<boolean> {
  const result = await db.query(
    `UPDATE invitations i SET revoked_at = $2
      WHERE i.id = $3 AND i.organisation_id = $1 AND ${LIVE}`,
    [input.organisationId, input.now, input.invitationId],
  );
  if (result.rowCount !== 1) return false;
  await appendAudit(db, {
    organisationId: input.organisationId,
    actor: input.actor,
    action: 'invitation.revoked',
    subjectType: 'invitation',
    subjectId: input.invitationId,
    at: input.now,
  });
  return true;
}

/** What became of an attempt to accept an invitation. */
export type AcceptOutcome =
  | { status: 'joined'; organisationId: string; role: Role }
  /** the person is a member already; the invitation is left as it was */
  | { status: 'already-member'; organisationId: string; role: Role }
  /** unknown, used, expired or revoked (which one is not said) */
  | { status: 'unusable' };

/**
 * Accepts an invitation for `userId`: marks it used, adds the membership with the invited role
 * and records `member.joined`, all or nothing. Run it in a transaction (with the user's creation
 * when the person signs up through the link). A member already keeps their role, so that an
 * invitation can never demote anyone (not least the last owner).
 */
export async function acceptInvitation(
  db: Queryable,
  input: { token: string; userId: string; now: Date },
): Promise<AcceptOutcome> {
  const hash = hashSecret(input.token);
  const { rows: found } = await db.query<{ organisation_id: string; role: Role }>(
    `SELECT m.organisation_id, m.role FROM invitations i
       JOIN memberships m ON m.organisation_id = i.organisation_id AND m.user_id = $3
      WHERE i.token_hash = $1 AND ${LIVE}`,
    [hash, input.now, input.userId],
  );
  const existing = found[0];
  if (existing) {
    return {
      status: 'already-member',
      organisationId: existing.organisation_id,
      role: existing.role,
    };
  }
  // The check and the mark are one statement: of two concurrent accepts, the second waits for the
  // first's row lock, then finds used_at set and changes nothing.
  const { rows } = await db.query<{ id: string; organisation_id: string; role: Role }>(
    `UPDATE invitations i SET used_at = $2, used_by = $3
      WHERE i.token_hash = $1 AND ${LIVE}
      RETURNING i.id, i.organisation_id, i.role`,
    [hash, input.now, input.userId],
  );
  const used = rows[0];
  if (!used) return { status: 'unusable' };
  await db.query(
    `INSERT INTO memberships (organisation_id, user_id, role, created_at) VALUES ($1, $2, $3, $4)`,
    [used.organisation_id, input.userId, used.role, input.now],
  );
  await appendAudit(db, {
    organisationId: used.organisation_id,
    actor: { kind: 'user', userId: input.userId },
    action: 'member.joined',
    subjectType: 'membership',
    subjectId: input.userId,
    detail: { role: used.role, via: 'invitation', invitationId: used.id },
    at: input.now,
  });
  return { status: 'joined', organisationId: used.organisation_id, role: used.role };
}
