// What must hold when two application instances act at once, on both databases: a reset link is
// used once however many requests carry it, and two owners deleting their accounts together do
// not leave an organisation with members and no owner.
import { expect, it, onTestFinished } from 'vitest';
import { migrate } from '../db/migrate';
import { describeEachDatabase } from '../test-support/databases';
import { addMembership, createOrganisation } from './organisations';
import { completePasswordReset, createPasswordReset } from './password-reset';
import { deleteAccount, lastOwnerBlocks } from './personal-data';
import { createSession, findSession } from './session-store';
import { createUser } from './users';

const NOW = new Date('2026-11-26T10:00:00Z');

describeEachDatabase('accounts under concurrent requests', (target) => {
  it('lets one of two simultaneous uses of a reset link through', async () => {
    const { db, openAnother } = await target.fresh();
    await migrate(db);
    const other = await openAnother();
    onTestFinished(() => other.close());
    const user = await createUser(db, { email: 'r@exempel.se', name: 'R', password: null });
    const session = await createSession(db, { userId: user.id, method: 'password', now: NOW });
    const token = await createPasswordReset(db, { userId: user.id, now: NOW });
    const results = await Promise.all([
      completePasswordReset(db, { token, passwordHash: 'hash-one', now: NOW }),
      completePasswordReset(other, { token, passwordHash: 'hash-two', now: NOW }),
    ]);
    expect(results.filter((r) => r === user.id)).toHaveLength(1);
    expect(results.filter((r) => r === undefined)).toHaveLength(1);
    const { rows } = await db.query<{ password_hash: string }>(
      'SELECT password_hash FROM users WHERE id = $1',
      [user.id],
    );
    expect(rows[0]?.password_hash).toBe(results[0] === user.id ? 'hash-one' : 'hash-two');
    expect(await findSession(db, session, NOW)).toBeUndefined();
  });

  it('spends every other unused link of the account with the one used', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const user = await createUser(db, { email: 's@exempel.se', name: 'S', password: null });
    const first = await createPasswordReset(db, { userId: user.id, now: NOW });
    const second = await createPasswordReset(db, { userId: user.id, now: NOW });
    expect(await completePasswordReset(db, { token: second, passwordHash: 'h', now: NOW })).toBe(
      user.id,
    );
    expect(
      await completePasswordReset(db, { token: first, passwordHash: 'h2', now: NOW }),
    ).toBeUndefined();
  });

  it('keeps an owner when the two owners of an organisation with members delete their accounts at once', async () => {
    const { db, openAnother } = await target.fresh();
    await migrate(db);
    const other = await openAnother();
    onTestFinished(() => other.close());
    const a = await createUser(db, { email: 'a@exempel.se', name: 'A', password: null });
    const b = await createUser(db, { email: 'b@exempel.se', name: 'B', password: null });
    const c = await createUser(db, { email: 'c@exempel.se', name: 'C', password: null });
    const org = await createOrganisation(db, {
      name: 'Föreningen',
      orgnr: '8020001234',
      kind: 'ideburen',
      ownerId: a.id,
      actor: { kind: 'operator' },
      now: NOW,
    });
    await addMembership(db, { organisationId: org.id, userId: b.id, role: 'owner', now: NOW });
    await addMembership(db, { organisationId: org.id, userId: c.id, role: 'reader', now: NOW });
    expect(await lastOwnerBlocks(db, a.id)).toEqual([]);

    const results = await Promise.all([
      deleteAccount(db, { userId: a.id, now: NOW }),
      deleteAccount(other, { userId: b.id, now: NOW }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['deleted', 'last-owner']);
    const owners = await db.query(
      `SELECT user_id FROM memberships WHERE organisation_id = $1 AND role = 'owner'`,
      [org.id],
    );
    expect(owners.rows).toHaveLength(1);
  });
});
