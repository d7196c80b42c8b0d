import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endAllSessions, type Session } from '../../accounts/index';
import { buildServer } from '../../app/build-server';
import { migrate } from '../../db/migrate';
import { createTestOrganisation, memberForm, memberGet } from '../../test-support/accounts';
import { openScratchPglite, type ScratchDatabase } from '../../test-support/databases';
import { SessionCache } from './session-cache';

const NOW = new Date('2026-11-26T10:00:00Z');

function session(hash: string, expiresAt = new Date(NOW.getTime() + 3_600_000)): Session {
  return {
    hash,
    user: { id: 'u', email: 'a@b.se', name: 'A', lang: 'sv' },
    memberships: [],
    organisation: null,
    method: 'password',
    createdAt: NOW,
    expiresAt,
  };
}

describe('the session cache', () => {
  it('keeps a session for its time, then forgets it', () => {
    let t = 0;
    const cache = new SessionCache(5000, () => t);
    cache.set(session('h'));
    t = 4999;
    expect(cache.get('h', NOW)?.hash).toBe('h');
    t = 5000;
    expect(cache.get('h', NOW)).toBeUndefined();
  });

  it('never returns a session past its own end', () => {
    const cache = new SessionCache(5000, () => 0);
    cache.set(session('h', new Date(NOW.getTime() + 1000)));
    expect(cache.get('h', new Date(NOW.getTime() + 1000))).toBeUndefined();
  });

  it('keeps nothing when it is off, and forgets everything when cleared', () => {
    const off = new SessionCache(0, () => 0);
    off.set(session('h'));
    expect(off.get('h', NOW)).toBeUndefined();
    const on = new SessionCache(5000, () => 0);
    on.set(session('h'));
    on.clear();
    expect(on.get('h', NOW)).toBeUndefined();
  });
});

describe('the session cache in a server', () => {
  let scratch: ScratchDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    scratch = await openScratchPglite();
    await migrate(scratch.db);
    app = await buildServer({ db: scratch.db, sessionCacheMs: 60_000 });
  });
  afterAll(async () => {
    await app.close();
    await scratch.dispose();
  });

  it('serves a session it has read without the database, until a post on this instance', async () => {
    const owner = await createTestOrganisation(scratch.db, app, { name: 'Cachekommunen' });
    expect((await app.inject(memberGet(owner, '/konto'))).statusCode).toBe(200);
    // Ended behind the instance's back, as another instance would: still served from the cache.
    await endAllSessions(scratch.db, owner.user.id);
    expect((await app.inject(memberGet(owner, '/konto'))).statusCode).toBe(200);
    // Any form post answered here empties the cache; the ended session is then refused.
    await app.inject(memberForm(undefined, '/logga-in', {}));
    const after = await app.inject(memberGet(owner, '/konto'));
    expect(after.statusCode).toBe(303);
    expect(after.headers.location).toMatch(/^\/logga-in/);
  });

  it('takes sign-out everywhere on this instance at once', async () => {
    const owner = await createTestOrganisation(scratch.db, app, { name: 'Andra cachekommunen' });
    expect((await app.inject(memberGet(owner, '/organisation'))).statusCode).toBe(200);
    const out = await app.inject(memberForm(owner, '/konto/logga-ut-overallt', {}));
    expect(out.statusCode).toBe(303);
    expect((await app.inject(memberGet(owner, '/organisation'))).statusCode).toBe(303);
  });
});
