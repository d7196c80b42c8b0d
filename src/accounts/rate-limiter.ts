// A fixed-window request counter in the database, shared by every application instance: used for
// password reset requests and for the API. Each call counts one request for `key`.
import type { Queryable } from '../db/database';

/** A limit: at most `max` requests per `windowMs`. */
export interface RateLimit {
  max: number;
  windowMs: number;
}

/** Whether the request may go ahead, and if not, how many seconds until it may. */
export type RateDecision =
  { allowed: true; remaining: number } | { allowed: false; retryAfter: number };

/** Counts one request for `key` and decides. */
export async function hitRateLimit(
  db: Queryable,
  key: string,
  limit: RateLimit,
  now: Date,
): Promise<RateDecision> {
  const start = Math.floor(now.getTime() / limit.windowMs) * limit.windowMs;
  const { rows } = await db.query<{ hits: number }>(
    `INSERT INTO rate_limit_counters (key, window_start, hits) VALUES ($1, $2, 1)
     ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_counters.hits + 1
     RETURNING hits`,
    [key, new Date(start)],
  );
  const hits = rows[0]?.hits ?? 1;
  if (hits <= limit.max) return { allowed: true, remaining: limit.max - hits };
  return {
    allowed: false,
    retryAfter: Math.max(1, Math.ceil((start + limit.windowMs - now.getTime()) / 1000)),
  };
}

/** Removes counters of windows that have ended before `before`. */
export async function purgeRateLimitCounters(db: Queryable, before: Date): Promise<void> {
  await db.query('DELETE FROM rate_limit_counters WHERE window_start < $1', [before]);
}
