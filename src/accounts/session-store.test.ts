import { expect, it } from 'vitest';
import { migrate } from '../db/migrate';
import { describeEachDatabase } from '../test-support/databases';
import { createOrganisation } from './organisations';
import { hashSecret } from './secret-token';
import {
  createSession,
  endAllSessions,
  findSession,
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
  switchOrganisation,
} from './session-store';
import { createUser } from './users';

const T0 = new Date('2026-11-26T08:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const MINUTE = 60_000;

describeEachDatabase('sessions', (target) => {
  async function setUp() {
    const { db } = await target.fresh();
    await migrate(db);
    const user = await createUser(db, { email: 's@exempel.se', name: 'S', password: null });
    const other = await createUser(db, { email: 'o@exempel.se', name: 'O', password: null });
    const org = await createOrganisation(db, {
      name: 'Egen',
      orgnr: '2120001355',
      kind: 'public-body',
      ownerId: user.id,
      actor: { kind: 'operator' },
      now: T0,
    });
    const foreign = await createOrganisation(db, {
      name: 'Främmande',
      orgnr: '8020016165',
      kind: 'ideburen',
      ownerId: other.id,
      actor: { kind: 'operator' },
      now: T0,
    });
    return { db, user, other, org, foreign };
  }

  it('keeps only the hash of the id, and finds the session with the member’s organisation and role', async () => {
    const { db, user, org } = await setUp();
    const id = await createSession(db, { userId: user.id, method: 'password', now: T0 });
    const stored = await db.query<{ token_hash: string }>('SELECT token_hash FROM sessions');
    expect(stored.rows).toEqual([{ token_hash: hashSecret(id) }]);
    const session = await findSession(db, id, at(MINUTE));
    expect(session?.user.email).toBe('s@exempel.se');
    expect(session?.organisation).toMatchObject({ organisationId: org.id, role: 'owner' });
    expect(await findSession(db, `${id}x`, at(MINUTE))).toBeUndefined();
  });

  it('ends after two hours without a request, and a request moves that end', async () => {
    const { db, user } = await setUp();
    const id = await createSession(db, { userId: user.id, method: 'password', now: T0 });
    const touched = await findSession(db, id, at(SESSION_IDLE_MS - MINUTE));
    expect(touched?.expiresAt.getTime()).toBe(at(2 * SESSION_IDLE_MS - MINUTE).getTime());
    expect(await findSession(db, id, at(2 * SESSION_IDLE_MS - 2 * MINUTE))).toBeDefined();
    const lapsed = await createSession(db, { userId: user.id, method: 'password', now: T0 });
    expect(await findSession(db, lapsed, at(SESSION_IDLE_MS))).toBeUndefined();
  });

  it('ends twelve hours after sign-in however busy', async () => {
    const { db, user } = await setUp();
    const id = await createSession(db, { userId: user.id, method: 'password', now: T0 });
    for (let ms = 0; ms < SESSION_MAX_MS; ms += SESSION_IDLE_MS / 2) {
      expect(await findSession(db, id, at(ms))).toBeDefined();
    }
    expect(await findSession(db, id, at(SESSION_MAX_MS))).toBeUndefined();
  });

  it('switches only to an organisation the person belongs to', async () => {
    const { db, user, foreign } = await setUp();
    const id = await createSession(db, { userId: user.id, method: 'password', now: T0 });
    expect(await switchOrganisation(db, hashSecret(id), foreign.id)).toBe(false);
    const session = await findSession(db, id, at(MINUTE));
    expect(session?.organisation?.organisationName).toBe('Egen');
  });

  it('ends every session of one person and no one else’s', async () => {
    const { db, user, other } = await setUp();
    const a = await createSession(db, { userId: user.id, method: 'password', now: T0 });
    const b = await createSession(db, { userId: user.id, method: 'oidc', now: T0 });
    const c = await createSession(db, { userId: other.id, method: 'password', now: T0 });
    expect(await endAllSessions(db, user.id)).toBe(2);
    expect(await findSession(db, a, at(MINUTE))).toBeUndefined();
    expect(await findSession(db, b, at(MINUTE))).toBeUndefined();
    expect(await findSession(db, c, at(MINUTE))).toBeDefined();
  });
});
