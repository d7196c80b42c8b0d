import { expect, it } from 'vitest';
import { migrate } from '../db/migrate';
import { describeEachDatabase } from '../test-support/databases';
import { purgeEnded } from './housekeeping';
import { hitRateLimit } from './rate-limiter';
import { createSession, findSession, SESSION_IDLE_MS, SESSION_MAX_MS } from './session-store';
import { recordSignInFailure, signInRetryAfter } from './sign-in-throttle';
import { createUser } from './users';

describeEachDatabase('ended records', (target) => {
  it('removes ended sessions, old counters and old failures, and keeps what is current', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const user = await createUser(db, { email: 'h@exempel.se', name: 'H', password: null });
    const t0 = new Date('2026-11-26T08:00:00Z');
    const idle = await createSession(db, { userId: user.id, method: 'password', now: t0 });
    const later = new Date(t0.getTime() + SESSION_IDLE_MS + 1);
    const live = await createSession(db, { userId: user.id, method: 'password', now: later });
    await hitRateLimit(db, 'reset:x', { max: 5, windowMs: 60_000 }, t0);
    await hitRateLimit(db, 'reset:x', { max: 5, windowMs: 60_000 }, later);
    await recordSignInFailure(db, { account: 'h@exempel.se', address: '10.0.0.1', now: t0 });

    expect(await purgeEnded(db, later)).toBe(1);
    expect(await findSession(db, idle, later)).toBeUndefined();
    expect(await findSession(db, live, later)).toBeDefined();
    expect(
      await signInRetryAfter(db, { account: 'h@exempel.se', address: '10.0.0.1', now: later }),
    ).toBe(0);
    const counters = await db.query('SELECT count(*)::int AS n FROM rate_limit_counters');
    expect(counters.rows).toEqual([{ n: 1 }]);
    const muchLater = new Date(later.getTime() + SESSION_MAX_MS);
    expect(await purgeEnded(db, muchLater)).toBe(1);
    const after = await db.query('SELECT count(*)::int AS n FROM rate_limit_counters');
    expect(after.rows).toEqual([{ n: 0 }]);
  });
});
