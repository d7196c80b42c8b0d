// A short-lived cache of sessions in one application instance, so that a signed-in member's page
// does not cost a database round trip on every request (`npm run bench` reports auth.page_rps).
// Entries live SESSION_CACHE_MS at most, measured on the process's monotonic clock, never past
// the session's own end. Any form post or API change answered by this instance empties the cache,
// so sign-out, role changes and the like take effect here at once; a change made through another
// instance on the same database takes effect here within SESSION_CACHE_MS.
import type { Session } from '../../accounts/index';

/** How long an instance may reuse a session it has read. */
export const SESSION_CACHE_MS = 5000;
/** Sessions kept at most; the oldest go first. */
const MAX_ENTRIES = 10_000;

interface Entry {
  session: Session;
  /** monotonic milliseconds when read */
  readAt: number;
}

/** Sessions by the hash of their id. */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs: number,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** The cached session of `hash`, if it is fresh and has not ended by `now`. */
  get(hash: string, now: Date): Session | undefined {
    const entry = this.entries.get(hash);
    if (entry === undefined) return undefined;
    if (this.clock() - entry.readAt >= this.ttlMs || entry.session.expiresAt <= now) {
      this.entries.delete(hash);
      return undefined;
    }
    return entry.session;
  }

  /** Keeps `session` (nothing when the cache is off). */
  set(session: Session): void {
    if (this.ttlMs <= 0) return;
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(session.hash, { session, readAt: this.clock() });
  }

  /** Forgets every session. */
  clear(): void {
    this.entries.clear();
  }
}
