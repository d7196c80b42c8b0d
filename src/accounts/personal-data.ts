// A person's own account: their name and language, their password, everything samverka keeps
// about them (the export), and the deletion of the account.
import type { Database, Queryable } from '../db/database';
import type { Role } from '../domain/accounts/index';
import { appendAudit } from './audit-log';
import { accountKey } from './sign-in-throttle';

/** Sets a user's name and language. */
export async function setAccountDetails(
  db: Queryable,
  input: { userId: string; name: string; lang: 'sv' | 'en' },
): Promise<void> {
  await db.query('UPDATE users SET name = $2, lang = $3 WHERE id = $1', [
    input.userId,
    input.name.trim(),
    input.lang,
  ]);
}

/**
 * Sets a new password hash and ends every other session of the user (a stolen session does not
 * survive a password change); the session `keepSessionHash` goes on. Returns how many ended.
 */
export async function changePassword(
  db: Database,
  input: { userId: string; passwordHash: string; keepSessionHash: string },
): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query('UPDATE users SET password_hash = $2 WHERE id = $1', [
      input.userId,
      input.passwordHash,
    ]);
    const ended = await tx.query('DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2', [
      input.userId,
      input.keepSessionHash,
    ]);
    return ended.rowCount;
  });
}

/**
 * Everything samverka keeps about one person, as they may download it: never a password hash,
 * a session id or a token, and nothing about anyone else.
 */
export interface PersonalDataExport {
  exportedAt: string;
  account: {
    email: string;
    name: string;
    language: 'sv' | 'en';
    createdAt: string;
    hasPassword: boolean;
  };
  memberships: Array<{ organisation: string; organisationId: string; role: Role; since: string }>;
  sessions: Array<{ method: string; createdAt: string; lastSeenAt: string; endsAt: string }>;
  passwordResets: Array<{ createdAt: string; expiresAt: string; usedAt: string | null }>;
  casesCreated: Array<{
    caseId: string;
    organisationId: string;
    title: string;
    status: string;
    createdAt: string;
  }>;
  notesWritten: Array<{ caseId: string; organisationId: string; body: string; createdAt: string }>;
  decisionsMade: Array<{
    caseId: string;
    organisationId: string;
    form: string;
    motivation: string;
    decidedByName: string;
    decidedAt: string;
  }>;
  apiTokensCreated: Array<{
    organisationId: string;
    name: string;
    scope: string;
    createdAt: string;
    revokedAt: string | null;
  }>;
  /**
   * Entries of audit logs where the person is the actor. The details of an entry are left out:
   * they can name other people (the address an invitation went to).
   */
  auditEntries: Array<{
    organisationId: string;
    at: string;
    action: string;
    subjectType: string;
    subjectId: string;
  }>;
}

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d === null ? null : d.toISOString());

/** Everything samverka keeps about the user `userId`; undefined when there is no such user. */
export async function exportPersonalData(
  db: Queryable,
  userId: string,
  now: Date,
): Promise<PersonalDataExport | undefined> {
  const user = (
    await db.query<{
      email: string;
      name: string;
      lang: 'sv' | 'en';
      created_at: Date;
      has_password: boolean;
    }>(
      `SELECT email, name, lang, created_at, password_hash IS NOT NULL AS has_password
         FROM users WHERE id = $1`,
      [userId],
    )
  ).rows[0];
  if (user === undefined) return undefined;

  const memberships = await db.query<{ id: string; name: string; role: Role; since: Date }>(
    `SELECT o.id, o.name, m.role, m.created_at AS since
       FROM memberships m JOIN organisations o ON o.id = m.organisation_id
      WHERE m.user_id = $1 ORDER BY m.created_at, o.id`,
    [userId],
  );
  const sessions = await db.query<{
    method: string;
    created_at: Date;
    last_seen_at: Date;
    expires_at: Date;
  }>(
    `SELECT method, created_at, last_seen_at, expires_at FROM sessions
      WHERE user_id = $1 ORDER BY created_at`,
    [userId],
  );
  const resets = await db.query<{ created_at: Date; expires_at: Date; used_at: Date | null }>(
    `SELECT created_at, expires_at, used_at FROM password_resets
      WHERE user_id = $1 ORDER BY created_at`,
    [userId],
  );
  const cases = await db.query<{
    id: string;
    organisation_id: string;
    title: string;
    status: string;
    created_at: Date;
  }>(
    `SELECT id, organisation_id, title, status, created_at FROM cases
      WHERE created_by = $1 ORDER BY created_at, id`,
    [userId],
  );
  const notes = await db.query<{
    case_id: string;
    organisation_id: string;
    body: string;
    created_at: Date;
  }>(
    `SELECT case_id, organisation_id, body, created_at FROM case_notes
      WHERE author_id = $1 ORDER BY created_at, id`,
    [userId],
  );
  const decisions = await db.query<{
    case_id: string;
    organisation_id: string;
    form_id: string;
    motivation: string;
    decided_by_name: string;
    decided_at: Date;
  }>(
    `SELECT case_id, organisation_id, form_id, motivation, decided_by_name, decided_at
       FROM case_decisions WHERE decided_by = $1 ORDER BY decided_at, id`,
    [userId],
  );
  const tokens = await db.query<{
    organisation_id: string;
    name: string;
    scope: string;
    created_at: Date;
    revoked_at: Date | null;
  }>(
    `SELECT organisation_id, name, scope, created_at, revoked_at FROM api_tokens
      WHERE created_by = $1 ORDER BY created_at, id`,
    [userId],
  );
  const audit = await db.query<{
    organisation_id: string;
    at: Date;
    action: string;
    subject_type: string;
    subject_id: string;
  }>(
    `SELECT organisation_id, at, action, subject_type, subject_id FROM audit_log
      WHERE actor_user_id = $1 ORDER BY id`,
    [userId],
  );

  return {
    exportedAt: iso(now),
    account: {
      email: user.email,
      name: user.name,
      language: user.lang,
      createdAt: iso(user.created_at),
      hasPassword: user.has_password,
    },
    memberships: memberships.rows.map((m) => ({
      organisation: m.name,
      organisationId: m.id,
      role: m.role,
      since: iso(m.since),
    })),
    sessions: sessions.rows.map((s) => ({
      method: s.method,
      createdAt: iso(s.created_at),
      lastSeenAt: iso(s.last_seen_at),
      endsAt: iso(s.expires_at),
    })),
    passwordResets: resets.rows.map((r) => ({
      createdAt: iso(r.created_at),
      expiresAt: iso(r.expires_at),
      usedAt: isoOrNull(r.used_at),
    })),
    casesCreated: cases.rows.map((c) => ({
      caseId: c.id,
      organisationId: c.organisation_id,
      title: c.title,
      status: c.status,
      createdAt: iso(c.created_at),
    })),
    notesWritten: notes.rows.map((n) => ({
      caseId: n.case_id,
      organisationId: n.organisation_id,
      body: n.body,
      createdAt: iso(n.created_at),
    })),
    decisionsMade: decisions.rows.map((d) => ({
      caseId: d.case_id,
      organisationId: d.organisation_id,
      form: d.form_id,
      motivation: d.motivation,
      decidedByName: d.decided_by_name,
      decidedAt: iso(d.decided_at),
    })),
    apiTokensCreated: tokens.rows.map((t) => ({
      organisationId: t.organisation_id,
      name: t.name,
      scope: t.scope,
      createdAt: iso(t.created_at),
      revokedAt: isoOrNull(t.revoked_at),
    })),
    auditEntries: audit.rows.map((a) => ({
      organisationId: a.organisation_id,
      at: iso(a.at),
      action: a.action,
      subjectType: a.subject_type,
      subjectId: a.subject_id,
    })),
  };
}

/** An organisation that keeps a person from deleting their account. */
export interface LastOwnerBlock {
  organisationId: string;
  organisationName: string;
}

const LAST_OWNER_SQL = `
  SELECT o.id, o.name FROM memberships m JOIN organisations o ON o.id = m.organisation_id
   WHERE m.user_id = $1 AND m.role = 'owner'
     AND NOT EXISTS (SELECT 1 FROM memberships x WHERE x.organisation_id = o.id
                      AND x.role = 'owner' AND x.user_id <> $1)
     AND EXISTS (SELECT 1 FROM memberships x WHERE x.organisation_id = o.id AND x.user_id <> $1)
   ORDER BY o.name, o.id`;

/**
 * The organisations where the user is the only owner and others are members: they would be
 * left without anyone who can manage them.
 */
export async function lastOwnerBlocks(db: Queryable, userId: string): Promise<LastOwnerBlock[]> {
  const { rows } = await db.query<{ id: string; name: string }>(LAST_OWNER_SQL, [userId]);
  return rows.map((r) => ({ organisationId: r.id, organisationName: r.name }));
}

/** What became of a request to delete an account. */
export type AccountDeletion =
  { status: 'deleted' } | { status: 'last-owner'; blocks: LastOwnerBlock[] } | { status: 'gone' };

/**
 * Deletes a user in one transaction, unless they are the only owner of an organisation with
 * other members. Their sessions, memberships and reset links go with them (foreign keys
 * cascade); cases, notes and assessments stay with their author set to NULL; decisions keep the
 * name they were made under. Each organisation's audit log records that the member left, by id
 * only. Mail to the address in the outbox and failed sign-ins under it are removed.
 */
export async function deleteAccount(
  db: Database,
  input: { userId: string; now: Date },
): Promise<AccountDeletion> {
  return db.transaction(async (tx) => {
    // Lock the organisations the user owns, as a change of members does, so that two owners
    // deleting their accounts at once cannot leave an organisation without one.
    await tx.query(
      `SELECT o.id FROM organisations o
        WHERE o.id IN (SELECT organisation_id FROM memberships WHERE user_id = $1 AND role = 'owner')
        ORDER BY o.id FOR UPDATE`,
      [input.userId],
    );
    const user = (
      await tx.query<{ email: string }>('SELECT email FROM users WHERE id = $1 FOR UPDATE', [
        input.userId,
      ])
    ).rows[0];
    if (user === undefined) return { status: 'gone' } as const;
    const blocks = await lastOwnerBlocks(tx, input.userId);
    if (blocks.length > 0) return { status: 'last-owner', blocks } as const;

    const memberships = await tx.query<{ organisation_id: string; role: Role }>(
      'SELECT organisation_id, role FROM memberships WHERE user_id = $1 ORDER BY organisation_id',
      [input.userId],
    );
    for (const m of memberships.rows) {
      await appendAudit(tx, {
        organisationId: m.organisation_id,
        actor: { kind: 'user', userId: input.userId },
        action: 'member.removed',
        subjectType: 'membership',
        subjectId: input.userId,
        detail: { role: m.role, via: 'account-deleted' },
        at: input.now,
      });
    }
    await tx.query('DELETE FROM outbox WHERE lower(to_address) = lower($1)', [user.email]);
    await tx.query('DELETE FROM sign_in_failures WHERE account = $1', [accountKey(user.email)]);
    await tx.query('DELETE FROM users WHERE id = $1', [input.userId]);
    return { status: 'deleted' } as const;
  });
}
