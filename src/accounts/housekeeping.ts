// Removes what has ended: sessions past their end, rate-limit windows, sign-in failures outside
// the window, sign-ins through an identity provider that never came back, and used or expired
// single-use links. Run by every instance now and then; the statements are idempotent.
import type { Queryable } from '../db/database';
import { purgeRateLimitCounters } from './rate-limiter';
import { purgeEndedSessions } from './session-store';
import { SIGN_IN_WINDOW_MS } from './sign-in-throttle';

/** How often each instance runs it. */
export const HOUSEKEEPING_INTERVAL_MS = 15 * 60 * 1000;

/** Rate-limit windows are at most an hour long; older counters are of no use. */
const RATE_LIMIT_RETENTION_MS = 2 * 60 * 60 * 1000;

/** Deletes ended records; returns how many sessions went. */
export async function purgeEnded(db: Queryable, now: Date): Promise<number> {
  const sessions = await purgeEndedSessions(db, now);
  await purgeRateLimitCounters(db, new Date(now.getTime() - RATE_LIMIT_RETENTION_MS));
  await db.query('DELETE FROM sign_in_failures WHERE at <= $1', [
    new Date(now.getTime() - SIGN_IN_WINDOW_MS),
  ]);
  await db.query('DELETE FROM oidc_flows WHERE expires_at <= $1', [now]);
  await db.query('DELETE FROM password_resets WHERE expires_at <= $1 OR used_at IS NOT NULL', [
    now,
  ]);
  return sessions;
}
