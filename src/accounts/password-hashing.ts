// Passwords are hashed with argon2id (RFC 9106). The parameters are chosen so that verifying one
// password takes 100–500 ms on the machines samverka runs on (`npm run bench` reports
// auth.argon2_ms): slow enough to make guessing a stolen hash expensive, fast enough for a
// sign-in. A hash made with other parameters still verifies and is replaced at the next sign-in.
import { hash, verify } from '@node-rs/argon2';

/** The argon2id parameters of new hashes (see docs/adr/0011-accounts-and-sessions.md). */
export const ARGON2_PARAMETERS = {
  // Algorithm.Argon2id (a const enum, so written as its value)
  algorithm: 2,
  /** memory in KiB: 64 MiB */
  memoryCost: 65536,
  /** passes over the memory */
  timeCost: 12,
  /** lanes; one, so that concurrent sign-ins share the cores instead of each taking both */
  parallelism: 1,
} as const;

/** The PHC string prefix of a hash made with {@link ARGON2_PARAMETERS}. */
const CURRENT_PREFIX = `$argon2id$v=19$m=${ARGON2_PARAMETERS.memoryCost},t=${ARGON2_PARAMETERS.timeCost},p=${ARGON2_PARAMETERS.parallelism}$`;

/** Hashes a password for storage (PHC string with salt and parameters). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_PARAMETERS);
}

/** Whether `password` matches `stored`; false for a malformed hash rather than an error. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Whether a stored hash was made with other parameters and should be replaced. */
export function needsRehash(stored: string): boolean {
  return !stored.startsWith(CURRENT_PREFIX);
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the time of one verification when there is no account to verify against, so that the
 * answer to a sign-in does not reveal by its speed whether the address has an account.
 */
export async function verifyNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword('samverka: no such account');
  await verifyPassword(await dummyHash, password);
  return false;
}
