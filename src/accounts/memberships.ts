// Changes to who belongs to an organisation: an owner changes a member's role or removes them.
// An organisation always keeps at least one owner. Both changes lock the organisation's row
// first, so two owners demoting each other at the same moment are handled one after the other,
// and the second sees that only one owner is left.
import type { Queryable } from '../db/database';
import type { Role } from '../domain/accounts/index';
import { appendAudit, type AuditActor } from './audit-log';

/** What became of a change to a membership. */
export type MembershipChange =
  | { status: 'changed'; from: Role }
  | { status: 'unchanged' }
  | { status: 'not-member' }
  /** refused: the member is the organisation's only owner */
  | { status: 'last-owner' };

/** The role of `userId` in the organisation, or undefined when they are not a member. */
export async function findMemberRole(
  db: Queryable,
  organisationId: string,
  userId: string,
): Promise<Role | undefined> {
  const { rows } = await db.query<{ role: Role }>(
    'SELECT role FROM memberships WHERE organisation_id = $1 AND user_id = $2',
    [organisationId, userId],
  );
  return rows[0]?.role;
}

/**
 * Locks the organisation for a change of its members and returns the member's role and the number
 * of owners, as they stand once the lock is held.
 */
async function lockForChange(
  db: Queryable,
  organisationId: string,
  userId: string,
): Promise<{ role: Role | undefined; owners: number }> {
  await db.query('SELECT id FROM organisations WHERE id = $1 FOR UPDATE', [organisationId]);
  const { rows } = await db.query<{ role: Role | null; owners: number }>(
    `SELECT (SELECT role FROM memberships WHERE organisation_id = $1 AND user_id = $2) AS role,
            (SELECT count(*)::int FROM memberships WHERE organisation_id = $1 AND role = 'owner') AS owners`,
    [organisationId, userId],
  );
  return { role: rows[0]?.role ?? undefined, owners: rows[0]?.owners ?? 0 };
}

/**
 * Gives a member another role and records it; the only owner cannot be given another. Run it in a
 * transaction.
 */
export async function changeMemberRole(
  db: Queryable,
  input: { organisationId: string; userId: string; role: Role; actor: AuditActor; now: Date },
): Promise<MembershipChange> {
  const { role, owners } = await lockForChange(db, input.organisationId, input.userId);
  if (role === undefined) return { status: 'not-member' };
  if (role === input.role) return { status: 'unchanged' };
  if (role === 'owner' && owners <= 1) return { status: 'last-owner' };
  await db.query('UPDATE memberships SET role = $3 WHERE organisation_id = $1 AND user_id = $2', [
    input.organisationId,
    input.userId,
    input.role,
  ]);
  await appendAudit(db, {
    organisationId: input.organisationId,
    actor: input.actor,
    action: 'member.role-changed',
    subjectType: 'membership',
    subjectId: input.userId,
    detail: { from: role, to: input.role },
    at: input.now,
  });
  return { status: 'changed', from: role };
}

/**
 * Removes a member and records it; the only owner cannot be removed. The member's sessions that
 * worked in this organisation move to another of their organisations, or to none. Run it in a
 * transaction.
 */
export async function removeMember(
  db: Queryable,
  input: { organisationId: string; userId: string; actor: AuditActor; now: Date },
): Promise<MembershipChange> {
  const { role, owners } = await lockForChange(db, input.organisationId, input.userId);
  if (role === undefined) return { status: 'not-member' };
  if (role === 'owner' && owners <= 1) return { status: 'last-owner' };
  await db.query('DELETE FROM memberships WHERE organisation_id = $1 AND user_id = $2', [
    input.organisationId,
    input.userId,
  ]);
  await db.query(
    `UPDATE sessions s SET organisation_id = (
        SELECT m.organisation_id FROM memberships m WHERE m.user_id = s.user_id
         ORDER BY m.created_at, m.organisation_id LIMIT 1)
      WHERE s.user_id = $2 AND s.organisation_id = $1`,
    [input.organisationId, input.userId],
  );
  await appendAudit(db, {
    organisationId: input.organisationId,
    actor: input.actor,
    action: 'member.removed',
    subjectType: 'membership',
    subjectId: input.userId,
    detail: { role },
    at: input.now,
  });
  return { status: 'changed', from: role };
}
