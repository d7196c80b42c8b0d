// Sessions of signed-in people, kept in the database so that any application instance on the same
// PostgreSQL serves any request. The browser holds only a random id; the table holds its hash.
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database';
import type { OrganisationKind, Role } from '../domain/accounts/index';
import { hashSecret, newSecret } from './secret-token';

/** A session ends after this long without a request. */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** A session ends this long after sign-in, however busy. */
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;
/** `last_seen_at` is written at most this often, so that reading pages does not write rows. */
const TOUCH_INTERVAL_MS = 60 * 1000;

/** How a session began. */
export type SessionMethod = 'password' | 'oidc' | 'invitation' | 'sign-up' | 'password-reset';

/** One organisation a user belongs to, and their role in it. */
export interface Membership {
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  role: Role;
}

/** The person behind a request with a valid session. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  lang: 'sv' | 'en';
}

/** A valid session, as a request sees it. */
export interface Session {
  /** The hash of the session id (never the id itself). */
  hash: string;
  user: SessionUser;
  memberships: Membership[];
  /** The organisation the person works in now; null when they belong to none. */
  organisation: Membership | null;
  method: SessionMethod;
  createdAt: Date;
  expiresAt: Date;
}

/** Starts a session; returns the id for the cookie. Any session of the browser is ended first. */
export async function createSession(
  db: Queryable,
  input: { userId: string; method: SessionMethod; now: Date; organisationId?: string | null },
): Promise<string> {
  const id = newSecret();
  const organisationId =
    input.organisationId ??
    (
      await db.query<{ organisation_id: string }>(
        `SELECT organisation_id FROM memberships WHERE user_id = $1
         ORDER BY created_at, organisation_id LIMIT 1`,
        [input.userId],
      )
    ).rows[0]?.organisation_id ??
    null;
  await db.query(
    `INSERT INTO sessions (token_hash, user_id, organisation_id, method, created_at, last_seen_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $5, $6)`,
    [
      hashSecret(id),
      input.userId,
      organisationId,
      input.method,
      input.now,
      new Date(input.now.getTime() + SESSION_MAX_MS),
    ],
  );
  return id;
}

interface SessionRow {
  token_hash: string;
  organisation_id: string | null;
  method: SessionMethod;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  user_id: string;
  email: string;
  name: string;
  lang: 'sv' | 'en';
  memberships: Array<{ id: string; name: string; kind: OrganisationKind; role: Role }> | null;
}

/** The session with id `id`, or undefined when there is none or it has ended (idle or too old). */
export async function findSession(
  db: Queryable,
  id: string,
  now: Date,
): Promise<Session | undefined> {
  const hash = hashSecret(id);
  const { rows } = await db.query<SessionRow>(
    `SELECT s.token_hash, s.organisation_id, s.method, s.created_at, s.last_seen_at, s.expires_at,
            u.id AS user_id, u.email, u.name, u.lang,
            (SELECT json_agg(json_build_object('id', o.id, 'name', o.name, 'kind', o.kind, 'role', m.role)
                             ORDER BY o.name, o.id)
               FROM memberships m JOIN organisations o ON o.id = m.organisation_id
              WHERE m.user_id = u.id) AS memberships
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = $1`,
    [hash],
  );
  const row = rows[0];
  if (row === undefined) return undefined;
  const time = now.getTime();
  if (row.expires_at.getTime() <= time || row.last_seen_at.getTime() + SESSION_IDLE_MS <= time) {
    await db.query('DELETE FROM sessions WHERE token_hash = $1', [hash]);
    return undefined;
  }
  let lastSeen = row.last_seen_at.getTime();
  if (time - lastSeen >= TOUCH_INTERVAL_MS) {
    await db.query('UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1', [hash, now]);
    lastSeen = time;
  }
  const memberships: Membership[] = (row.memberships ?? []).map((m) => ({
    organisationId: m.id,
    organisationName: m.name,
    organisationKind: m.kind,
    role: m.role,
  }));
  return {
    hash,
    user: { id: row.user_id, email: row.email, name: row.name, lang: row.lang },
    memberships,
    // A membership that was removed while the session ran no longer counts.
    organisation: memberships.find((m) => m.organisationId === row.organisation_id) ?? null,
    method: row.method,
    createdAt: row.created_at,
    // The end as this request leaves it: a request that was just recorded extends the idle end.
    expiresAt: new Date(Math.min(row.expires_at.getTime(), lastSeen + SESSION_IDLE_MS)),
  };
}

/** Switches the organisation a session works in; false when the user is not a member of it. */
export async function switchOrganisation(
  db: Queryable,
  sessionHash: string,
  organisationId: string,
): Promise<boolean> {
  const result = await db.query(
    `UPDATE sessions s SET organisation_id = $2
      WHERE s.token_hash = $1
        AND EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = s.user_id AND m.organisation_id = $2)`,
    [sessionHash, organisationId],
  );
  return result.rowCount === 1;
}

/** Ends one session (sign-out). */
export async function endSession(db: Queryable, sessionHash: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [sessionHash]);
}

/** Ends every session of a user (sign-out everywhere, password change); returns how many. */
export async function endAllSessions(db: Queryable, userId: string): Promise<number> {
  const result = await db.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
  return result.rowCount;
}

/** Removes sessions that have ended, so the table does not grow without bound. */
export async function purgeEndedSessions(db: Queryable, now: Date): Promise<number> {
  const result = await db.query(
    'DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2',
    [now, new Date(now.getTime() - SESSION_IDLE_MS)],
  );
  return result.rowCount;
}

/** A new id for a row (organisations, users, cases, …). */
export function newId(): string {
  return randomUUID();
}
