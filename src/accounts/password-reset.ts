// Password reset by a single-use link sent by mail. The link carries a random secret; the table
// holds its hash, the owner and an expiry. Using it sets the new password, spends the link (and
// any other unused link of the account) and ends every session of the account, in one
// transaction.
import type { Database, Queryable } from '../db/database';
import { hashSecret, newSecret } from './secret-token';
import type { RateLimit } from './rate-limiter';
import { endAllSessions } from './session-store';

/** A reset link works for this long. */
export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;

/**
 * Reset requests allowed per address asked for, and per client address, in a window: enough
 * for someone who mistyped, too few to flood a mailbox.
 */
export const PASSWORD_RESET_LIMIT: RateLimit = { max: 5, windowMs: 60 * 60 * 1000 };

/** The rate-limit keys of one request: the account asked for and the client's address. */
export function passwordResetRateKeys(email: string, address: string): [string, string] {
  // Hashed, so that the counters do not keep anyone's e-mail address.
  return [
    `password-reset:account:${hashSecret(email.trim().toLowerCase())}`,
    `password-reset:address:${address}`,
  ];
}

/** Creates a reset link's secret for a user; returns the secret (for the mail only). */
export async function createPasswordReset(
  db: Queryable,
  input: { userId: string; now: Date },
): Promise<string> {
  const token = newSecret();
  await db.query(
    `INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)`,
    [
      hashSecret(token),
      input.userId,
      input.now,
      new Date(input.now.getTime() + PASSWORD_RESET_TTL_MS),
    ],
  );
  return token;
}

/** The account a live (unused, unexpired) reset link belongs to. */
export interface LiveReset {
  userId: string;
  email: string;
  expiresAt: Date;
}

/** The account of a live reset link, or undefined for one that is unknown, used or expired. */
export async function findLiveReset(
  db: Queryable,
  token: string,
  now: Date,
): Promise<LiveReset | undefined> {
  const { rows } = await db.query<{ user_id: string; email: string; expires_at: Date }>(
    `SELECT r.user_id, u.email, r.expires_at FROM password_resets r JOIN users u ON u.id = r.user_id
      WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > $2`,
    [hashSecret(token), now],
  );
  const r = rows[0];
  return r && { userId: r.user_id, email: r.email, expiresAt: r.expires_at };
}

/**
 * Uses a reset link: in one transaction, spends it (and every other unused link of the account),
 * sets the new password hash and ends all the account's sessions. Returns the user's id, or
 * undefined when the link is unknown, used or expired (then nothing changes). Two requests with
 * the same link cannot both succeed: the first one's update makes the second find it used.
 */
export async function completePasswordReset(
  db: Database,
  input: { token: string; passwordHash: string; now: Date },
): Promise<string | undefined> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ user_id: string }>(
      `UPDATE password_resets SET used_at = $2
        WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2
        RETURNING user_id`,
      [hashSecret(input.token), input.now],
    );
    const userId = rows[0]?.user_id;
    if (userId === undefined) return undefined;
    await tx.query(
      'UPDATE password_resets SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL',
      [userId, input.now],
    );
    await tx.query('UPDATE users SET password_hash = $2 WHERE id = $1', [
      userId,
      input.passwordHash,
    ]);
    await endAllSessions(tx, userId);
    return userId;
  });
}
