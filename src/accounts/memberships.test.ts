import { expect, it } from 'vitest';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { describeEachDatabase } from '../test-support/databases';
import { changeMemberRole, findMemberRole, removeMember } from './memberships';
import { addMembership, createOrganisation } from './organisations';
import { createSession, findSession } from './session-store';
import { createUser } from './users';

const T0 = new Date('2026-11-26T10:00:00Z');

let counter = 0;

async function person(db: Database, name: string) {
  counter += 1;
  return createUser(db, { email: `${name}-${counter}@exempel.se`, name, password: null });
}

async function organisationWithOwner(db: Database, orgnr: string) {
  const owner = await person(db, 'Ägare');
  const org = await createOrganisation(db, {
    name: `Org ${orgnr}`,
    orgnr,
    kind: 'public-body',
    ownerId: owner.id,
    actor: { kind: 'user', userId: owner.id },
    now: T0,
  });
  return { owner, org };
}

async function actions(db: Database, organisationId: string) {
  const { rows } = await db.query<{ action: string; subject_id: string; detail: unknown }>(
    `SELECT action, subject_id, detail FROM audit_log WHERE organisation_id = $1 ORDER BY id`,
    [organisationId],
  );
  return rows;
}

describeEachDatabase('memberships', (target) => {
  it('never lets the last owner be demoted or removed, and records every change made', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const { owner, org } = await organisationWithOwner(db, '2120001355');
    const actor = { kind: 'user', userId: owner.id } as const;
    const change = (userId: string, role: 'owner' | 'editor' | 'reader') =>
      db.transaction((tx) =>
        changeMemberRole(tx, { organisationId: org.id, userId, role, actor, now: T0 }),
      );
    const remove = (userId: string) =>
      db.transaction((tx) => removeMember(tx, { organisationId: org.id, userId, actor, now: T0 }));

    expect(await change(owner.id, 'editor')).toEqual({ status: 'last-owner' });
    expect(await remove(owner.id)).toEqual({ status: 'last-owner' });
    expect(await findMemberRole(db, org.id, owner.id)).toBe('owner');

    const colleague = await person(db, 'Kollega');
    await addMembership(db, {
      organisationId: org.id,
      userId: colleague.id,
      role: 'editor',
      now: T0,
    });
    expect(await change(colleague.id, 'editor')).toEqual({ status: 'unchanged' });
    expect(await change(colleague.id, 'owner')).toEqual({ status: 'changed', from: 'editor' });
    // Two owners now: the first may step down, and then the colleague is the last one.
    expect(await change(owner.id, 'reader')).toEqual({ status: 'changed', from: 'owner' });
    expect(await remove(colleague.id)).toEqual({ status: 'last-owner' });
    expect(await remove(owner.id)).toEqual({ status: 'changed', from: 'reader' });
    expect(await findMemberRole(db, org.id, owner.id)).toBeUndefined();

    const stranger = await person(db, 'Främling');
    expect(await change(stranger.id, 'reader')).toEqual({ status: 'not-member' });
    expect(await remove(stranger.id)).toEqual({ status: 'not-member' });

    expect((await actions(db, org.id)).slice(1)).toEqual([
      {
        action: 'member.role-changed',
        subject_id: colleague.id,
        detail: { from: 'editor', to: 'owner' },
      },
      {
        action: 'member.role-changed',
        subject_id: owner.id,
        detail: { from: 'owner', to: 'reader' },
      },
      { action: 'member.removed', subject_id: owner.id, detail: { role: 'reader' } },
    ]);
  });

  it('leaves one owner when two owners demote each other at the same moment', async () => {
    const fresh = await target.fresh();
    const { db } = fresh;
    await migrate(db);
    const other = await fresh.openAnother();
    const { owner: a, org } = await organisationWithOwner(db, '2120001363');
    const b = await person(db, 'B');
    await addMembership(db, { organisationId: org.id, userId: b.id, role: 'owner', now: T0 });
    const outcomes = await Promise.all([
      db.transaction((tx) =>
        changeMemberRole(tx, {
          organisationId: org.id,
          userId: b.id,
          role: 'editor',
          actor: { kind: 'user', userId: a.id },
          now: T0,
        }),
      ),
      other.transaction((tx) =>
        changeMemberRole(tx, {
          organisationId: org.id,
          userId: a.id,
          role: 'editor',
          actor: { kind: 'user', userId: b.id },
          now: T0,
        }),
      ),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['changed', 'last-owner']);
    const owners = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM memberships WHERE organisation_id = $1 AND role = 'owner'`,
      [org.id],
    );
    expect(owners.rows[0]?.n).toBe(1);
  });

  it("moves a removed member's sessions to another of their organisations, or to none", async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const { owner, org } = await organisationWithOwner(db, '2120001371');
    const { org: second } = await organisationWithOwner(db, '2120001389');
    const both = await person(db, 'Båda');
    const one = await person(db, 'En');
    await addMembership(db, { organisationId: org.id, userId: both.id, role: 'editor', now: T0 });
    await addMembership(db, {
      organisationId: second.id,
      userId: both.id,
      role: 'reader',
      now: T0,
    });
    await addMembership(db, { organisationId: org.id, userId: one.id, role: 'editor', now: T0 });
    const bothSession = await createSession(db, {
      userId: both.id,
      method: 'password',
      now: T0,
      organisationId: org.id,
    });
    const oneSession = await createSession(db, {
      userId: one.id,
      method: 'password',
      now: T0,
      organisationId: org.id,
    });
    const actor = { kind: 'user', userId: owner.id } as const;
    for (const userId of [both.id, one.id]) {
      await db.transaction((tx) =>
        removeMember(tx, { organisationId: org.id, userId, actor, now: T0 }),
      );
    }
    const moved = await findSession(db, bothSession, T0);
    expect(moved?.organisation).toMatchObject({ organisationId: second.id, role: 'reader' });
    const { rows } = await db.query<{ organisation_id: string | null }>(
      'SELECT organisation_id FROM sessions WHERE user_id = $1',
      [one.id],
    );
    expect(rows).toEqual([{ organisation_id: null }]);
    const left = await findSession(db, oneSession, T0);
    expect(left?.organisation).toBeNull();
    expect(left?.memberships).toEqual([]);
  });
});
