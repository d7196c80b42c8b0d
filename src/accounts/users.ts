// People with accounts.
import type { Queryable } from '../db/database';
import { hashPassword } from './password-hashing';
import { newId } from './session-store';

/** A user as stored, with the password hash for sign-in. */
export interface UserRecord {
  id: string;
  email: string;
  name: string;
  lang: 'sv' | 'en';
  passwordHash: string | null;
  createdAt: Date;
}

interface UserRow {
  id: string;
  email: string;
  name: string;
  lang: 'sv' | 'en';
  password_hash: string | null;
  created_at: Date;
}

function toUser(row: UserRow): UserRecord {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    lang: row.lang,
    passwordHash: row.password_hash,
    createdAt: row.created_at,
  };
}

/** Thrown when an address already has an account. */
export class EmailTakenError extends Error {
  override name = 'EmailTakenError';
}

/** Creates a user; `password` is hashed here (null for identity-provider-only accounts). */
export async function createUser(
  db: Queryable,
  input: { email: string; name: string; password: string | null; lang?: 'sv' | 'en' },
): Promise<UserRecord> {
  const existing = await findUserByEmail(db, input.email);
  if (existing) throw new EmailTakenError(`An account for ${input.email} exists already.`);
  const passwordHash = input.password === null ? null : await hashPassword(input.password);
  const { rows } = await db.query<UserRow>(
    `INSERT INTO users (id, email, name, password_hash, lang) VALUES ($1, $2, $3, $4, $5)
     RETURNING id, email, name, lang, password_hash, created_at`,
    [newId(), input.email.trim(), input.name.trim(), passwordHash, input.lang ?? 'sv'],
  );
  return toUser(rows[0] as UserRow);
}

/** The user with this address (any case), if any. */
export async function findUserByEmail(
  db: Queryable,
  email: string,
): Promise<UserRecord | undefined> {
  const { rows } = await db.query<UserRow>(
    `SELECT id, email, name, lang, password_hash, created_at FROM users WHERE lower(email) = lower($1)`,
    [email.trim()],
  );
  return rows[0] && toUser(rows[0]);
}

/** The user with this id, if any. */
export async function findUserById(db: Queryable, id: string): Promise<UserRecord | undefined> {
  const { rows } = await db.query<UserRow>(
    `SELECT id, email, name, lang, password_hash, created_at FROM users WHERE id = $1`,
    [id],
  );
  return rows[0] && toUser(rows[0]);
}

/** Replaces a user's password hash (already hashed). */
export async function setPasswordHash(db: Queryable, userId: string, hash: string): Promise<void> {
  await db.query('UPDATE users SET password_hash = $2 WHERE id = $1', [userId, hash]);
}
