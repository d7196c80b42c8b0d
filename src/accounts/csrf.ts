// Protection against cross-site request forgery on every form that changes something. Each form
// carries a token derived from the browser's session (or, before sign-in, from a random cookie of
// its own) with a key only the server knows; a request whose token does not match is refused.
// The key lives in the database, so every application instance derives the same tokens.
import { createHmac, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database';
import { safeEqual } from './secret-token';

/** The form field that carries the token. */
export const CSRF_FIELD = 'csrf';

const KEY_NAME = 'csrf_key';

/** The installation's CSRF key: made once, then read by every instance. */
export async function loadCsrfKey(db: Queryable): Promise<Buffer> {
  await db.query('INSERT INTO app_meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [
    KEY_NAME,
    randomBytes(32).toString('base64url'),
  ]);
  const { rows } = await db.query<{ value: string }>('SELECT value FROM app_meta WHERE key = $1', [
    KEY_NAME,
  ]);
  const value = rows[0]?.value;
  if (value === undefined) throw new Error('The CSRF key could not be stored.');
  return Buffer.from(value, 'base64url');
}

/** The token of forms shown to the browser identified by `binding`. */
export function csrfToken(key: Buffer, binding: string): string {
  return createHmac('sha256', key).update(`csrf\u0000${binding}`).digest('base64url');
}

/** Whether `token` is the token of `binding`. */
export function csrfTokenMatches(key: Buffer, binding: string, token: unknown): boolean {
  return typeof token === 'string' && safeEqual(token, csrfToken(key, binding));
}
