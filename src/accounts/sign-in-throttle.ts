// Throttling of password guessing: at most SIGN_IN_FAILURE_LIMIT failed sign-ins for one account,
// and as many from one address, within SIGN_IN_WINDOW_MS. Further attempts are refused with 429
// until the oldest failure in the window is old enough, whatever the password. Failures are
// counted in the database, so several application instances count together.
import type { Queryable } from '../db/database';

/** Failed attempts allowed per account and per address within the window. */
export const SIGN_IN_FAILURE_LIMIT = 10;
/** The window: 15 minutes. */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

/** The account key of an e-mail address: lower case, trimmed. */
export function accountKey(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Seconds until another attempt for this account and address is allowed, or 0 when one is
 * allowed now.
 */
export async function signInRetryAfter(
  db: Queryable,
  input: { account: string; address: string; now: Date },
): Promise<number> {
  const since = new Date(input.now.getTime() - SIGN_IN_WINDOW_MS);
  const { rows } = await db.query<{ which: string; oldest: Date }>(
    `SELECT which, oldest FROM (
       SELECT 'account' AS which,
              (SELECT at FROM sign_in_failures WHERE account = $1 AND at > $3
                ORDER BY at DESC OFFSET $4 - 1 LIMIT 1) AS oldest
       UNION ALL
       SELECT 'address',
              (SELECT at FROM sign_in_failures WHERE address = $2 AND at > $3
                ORDER BY at DESC OFFSET $4 - 1 LIMIT 1)
     ) t WHERE oldest IS NOT NULL`,
    [accountKey(input.account), input.address, since, SIGN_IN_FAILURE_LIMIT],
  );
  // `oldest` is the limit-th most recent failure: once it leaves the window, one more is allowed.
  let wait = 0;
  for (const row of rows) {
    const ms = row.oldest.getTime() + SIGN_IN_WINDOW_MS - input.now.getTime();
    wait = Math.max(wait, Math.ceil(ms / 1000));
  }
  return wait;
}

/** Records one failed sign-in, and forgets failures that have left the window. */
export async function recordSignInFailure(
  db: Queryable,
  input: { account: string; address: string; now: Date },
): Promise<void> {
  await db.query('INSERT INTO sign_in_failures (account, address, at) VALUES ($1, $2, $3)', [
    accountKey(input.account),
    input.address,
    input.now,
  ]);
  await db.query('DELETE FROM sign_in_failures WHERE at <= $1', [
    new Date(input.now.getTime() - SIGN_IN_WINDOW_MS),
  ]);
}
