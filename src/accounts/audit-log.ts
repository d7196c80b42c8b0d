// The audit log of an organisation: who created, changed, decided or exported what, and when.
// Entries are only ever added (the table refuses changes and deletions).
import type { Queryable } from '../db/database';

/** What was done. */
export type AuditAction =
  | 'organisation.created'
  | 'organisation.legal-form-set'
  | 'member.invited'
  | 'member.joined'
  | 'member.role-changed'
  | 'member.removed'
  | 'invitation.revoked'
  | 'token.created'
  | 'token.revoked'
  | 'oidc.configured'
  | 'case.created'
  | 'case.renamed'
  | 'case.reassessed'
  | 'case.note-added'
  | 'case.decided'
  | 'case.archived'
  | 'case.restored'
  | 'case.exported'
  | 'profile.created'
  | 'profile.updated'
  | 'profile.claimed'
  | 'profile.confirmed'
  | 'actor.suggested'
  | 'challenge.created'
  | 'challenge.updated'
  | 'challenge.status-changed'
  | 'interest.registered'
  | 'interest.contacted'
  | 'interest.message-sent';

/** Who did it: a member, an API token, or the operator at the command line. */
export type AuditActor =
  { kind: 'user'; userId: string } | { kind: 'token'; tokenId: string } | { kind: 'operator' };

/** One entry to add. */
export interface AuditEntry {
  organisationId: string;
  actor: AuditActor;
  action: AuditAction;
  subjectType:
    | 'organisation'
    | 'membership'
    | 'invitation'
    | 'token'
    | 'case'
    | 'oidc-provider'
    | 'actor'
    | 'challenge'
    | 'interest';
  subjectId: string;
  /** Facts about the change that help a reader (old and new title, form decided, format). */
  detail?: Record<string, unknown>;
  at: Date;
}

/** Adds an entry; call it in the transaction of the change it records. */
export async function appendAudit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (organisation_id, actor_user_id, actor_token_id, action, subject_type, subject_id, detail, at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      entry.organisationId,
      entry.actor.kind === 'user' ? entry.actor.userId : null,
      entry.actor.kind === 'token' ? entry.actor.tokenId : null,
      entry.action,
      entry.subjectType,
      entry.subjectId,
      JSON.stringify(entry.detail ?? {}),
      entry.at,
    ],
  );
}

/** An entry as read back, with the actor's current name where there still is one. */
export interface AuditRecord {
  id: number;
  at: Date;
  action: AuditAction;
  subjectType: string;
  subjectId: string;
  detail: Record<string, unknown>;
  actor:
    | { kind: 'user'; userId: string; name: string | null }
    | { kind: 'token'; tokenId: string; name: string | null }
    | { kind: 'operator' };
}

/** The newest entries of an organisation first; `before` pages back by id. */
export async function listAudit(
  db: Queryable,
  organisationId: string,
  options: { limit: number; before?: number },
): Promise<AuditRecord[]> {
  const { rows } = await db.query<{
    id: string;
    at: Date;
    action: AuditAction;
    subject_type: string;
    subject_id: string;
    detail: Record<string, unknown>;
    actor_user_id: string | null;
    actor_token_id: string | null;
    user_name: string | null;
    token_name: string | null;
  }>(
    `SELECT a.id, a.at, a.action, a.subject_type, a.subject_id, a.detail,
            a.actor_user_id, a.actor_token_id, u.name AS user_name, t.name AS token_name
       FROM audit_log a
       LEFT JOIN users u ON u.id = a.actor_user_id
       LEFT JOIN api_tokens t ON t.id = a.actor_token_id AND t.organisation_id = a.organisation_id
      WHERE a.organisation_id = $1 AND ($2::bigint IS NULL OR a.id < $2)
      ORDER BY a.id DESC LIMIT $3`,
    [organisationId, options.before ?? null, options.limit],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    at: r.at,
    action: r.action,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    detail: r.detail,
    actor:
      r.actor_user_id !== null
        ? { kind: 'user', userId: r.actor_user_id, name: r.user_name }
        : r.actor_token_id !== null
          ? { kind: 'token', tokenId: r.actor_token_id, name: r.token_name }
          : { kind: 'operator' },
  }));
}
