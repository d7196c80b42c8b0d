// Random secrets handed to people (session ids, invitation and reset links, API tokens) and the
// hashes they are stored as. The values carry 256 bits of randomness, so a fast hash suffices:
// there is nothing to guess by brute force, and a leaked table does not reveal a usable token.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new random secret, URL-safe, with `prefix` in front (e.g. `svk_` for API tokens). */
export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** The hash a secret is stored and looked up by (hex SHA-256). */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Compares two strings in time that does not depend on where they differ. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `text` is a UUID: ids from addresses are checked before they reach a query. */
export function isUuid(text: unknown): text is string {
  return typeof text === 'string' && UUID.test(text);
}
