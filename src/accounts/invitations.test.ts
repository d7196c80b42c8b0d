import { expect, it } from 'vitest';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { describeEachDatabase } from '../test-support/databases';
import {
  acceptInvitation,
  createInvitation,
  findLiveInvitation,
  INVITATION_LIFETIME_MS,
  listPendingInvitations,
  revokeInvitation,
} from './invitations';
import { createOrganisation } from './organisations';
import { createUser } from './users';

const T0 = new Date('2026-11-26T10:00:00Z');

let counter = 0;

async function person(db: Database, name: string) {
  counter += 1;
  return createUser(db, { email: `${name}-${counter}@exempel.se`, name, password: null });
}

async function organisation(db: Database, orgnr: string) {
  const owner = await person(db, 'Ägare');
  const org = await createOrganisation(db, {
    name: `Org ${orgnr}`,
    orgnr,
    kind: 'ideburen',
    ownerId: owner.id,
    actor: { kind: 'user', userId: owner.id },
    now: T0,
  });
  return { owner, org };
}

function invite(db: Database, organisationId: string, ownerId: string, role = 'editor' as const) {
  return db.transaction((tx) =>
    createInvitation(tx, {
      organisationId,
      email: 'ny@exempel.se',
      role,
      invitedBy: ownerId,
      actor: { kind: 'user', userId: ownerId },
      now: T0,
    }),
  );
}

async function roleOf(db: Database, organisationId: string, userId: string) {
  const { rows } = await db.query<{ role: string }>(
    'SELECT role FROM memberships WHERE organisation_id = $1 AND user_id = $2',
    [organisationId, userId],
  );
  return rows[0]?.role;
}

describeEachDatabase('invitations', (target) => {
  it('keeps only the hash of the token and works once: the second accept changes nothing', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const { owner, org } = await organisation(db, '8020000017');
    const { invitation, token } = await invite(db, org.id, owner.id);
    expect(invitation.expiresAt.getTime() - T0.getTime()).toBe(INVITATION_LIFETIME_MS);
    const stored = await db.query<{ row: string }>(
      'SELECT row_to_json(i)::text AS row FROM invitations i',
    );
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0]?.row).not.toContain(token);

    const first = await person(db, 'Först');
    const second = await person(db, 'Sen');
    const at = new Date(T0.getTime() + 1000);
    expect(
      await db.transaction((tx) => acceptInvitation(tx, { token, userId: first.id, now: at })),
    ).toEqual({ status: 'joined', organisationId: org.id, role: 'editor' });
    expect(
      await db.transaction((tx) => acceptInvitation(tx, { token, userId: second.id, now: at })),
    ).toEqual({ status: 'unusable' });
    expect(await roleOf(db, org.id, first.id)).toBe('editor');
    expect(await roleOf(db, org.id, second.id)).toBeUndefined();
    expect(await findLiveInvitation(db, token, at)).toBeUndefined();
    expect(await listPendingInvitations(db, org.id, at)).toEqual([]);

    const { rows } = await db.query<{ action: string; subject_id: string; detail: unknown }>(
      'SELECT action, subject_id, detail FROM audit_log WHERE organisation_id = $1 ORDER BY id',
      [org.id],
    );
    expect(rows.map((r) => r.action)).toEqual([
      'organisation.created',
      'member.invited',
      'member.joined',
    ]);
    expect(rows[2]).toEqual({
      action: 'member.joined',
      subject_id: first.id,
      detail: { role: 'editor', via: 'invitation', invitationId: invitation.id },
    });
    // The log names the invitation by id, never by the address.
    expect(JSON.stringify(rows)).not.toContain('ny@exempel.se');
  });

  it('lets only one of two accepts at the same moment through, on separate connections', async () => {
    const fresh = await target.fresh();
    const { db } = fresh;
    await migrate(db);
    const other = await fresh.openAnother();
    const { owner, org } = await organisation(db, '8020000025');
    const { token } = await invite(db, org.id, owner.id);
    const a = await person(db, 'A');
    const b = await person(db, 'B');
    const outcomes = await Promise.all([
      db.transaction((tx) => acceptInvitation(tx, { token, userId: a.id, now: T0 })),
      other.transaction((tx) => acceptInvitation(tx, { token, userId: b.id, now: T0 })),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['joined', 'unusable']);
    const members = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM memberships WHERE organisation_id = $1',
      [org.id],
    );
    expect(members.rows[0]?.n).toBe(2);
    const joined = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'member.joined' AND organisation_id = $1`,
      [org.id],
    );
    expect(joined.rows[0]?.n).toBe(1);
  });

  it('stops working after seven days', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const { owner, org } = await organisation(db, '8020000033');
    const { token } = await invite(db, org.id, owner.id);
    const lastMoment = new Date(T0.getTime() + INVITATION_LIFETIME_MS - 1);
    const expired = new Date(T0.getTime() + INVITATION_LIFETIME_MS);
    expect(await findLiveInvitation(db, token, lastMoment)).toMatchObject({
      organisationName: `Org 8020000033`,
    });
    expect(await findLiveInvitation(db, token, expired)).toBeUndefined();
    expect(await listPendingInvitations(db, org.id, expired)).toEqual([]);
    const late = await person(db, 'Sen');
    expect(
      await db.transaction((tx) => acceptInvitation(tx, { token, userId: late.id, now: expired })),
    ).toEqual({ status: 'unusable' });
    expect(await roleOf(db, org.id, late.id)).toBeUndefined();
  });

  it('can be revoked by its own organisation only, and then does not work', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const { owner, org } = await organisation(db, '8020000041');
    const { owner: otherOwner, org: otherOrg } = await organisation(db, '8020000058');
    const { invitation, token } = await invite(db, org.id, owner.id);
    const revoke = (organisationId: string, userId: string) =>
      db.transaction((tx) =>
        revokeInvitation(tx, {
          organisationId,
          invitationId: invitation.id,
          actor: { kind: 'user', userId },
          now: T0,
        }),
      );
    expect(await revoke(otherOrg.id, otherOwner.id)).toBe(false);
    expect(await findLiveInvitation(db, token, T0)).toBeDefined();
    expect(await revoke(org.id, owner.id)).toBe(true);
    expect(await revoke(org.id, owner.id)).toBe(false);
    expect(await findLiveInvitation(db, token, T0)).toBeUndefined();
    const someone = await person(db, 'Någon');
    expect(
      await db.transaction((tx) => acceptInvitation(tx, { token, userId: someone.id, now: T0 })),
    ).toEqual({ status: 'unusable' });
    const actions = await db.query<{ action: string }>(
      'SELECT action FROM audit_log WHERE organisation_id = $1 ORDER BY id',
      [org.id],
    );
    expect(actions.rows.map((r) => r.action)).toEqual([
      'organisation.created',
      'member.invited',
      'invitation.revoked',
    ]);
    const otherActions = await db.query<{ action: string }>(
      'SELECT action FROM audit_log WHERE organisation_id = $1',
      [otherOrg.id],
    );
    expect(otherActions.rows.map((r) => r.action)).toEqual(['organisation.created']);
  });

  it('never changes the role of a member: the owner who opens a reader invitation stays owner', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const { owner, org } = await organisation(db, '8020000066');
    const { token } = await db.transaction((tx) =>
      createInvitation(tx, {
        organisationId: org.id,
        email: owner.email,
        role: 'reader',
        invitedBy: owner.id,
        actor: { kind: 'user', userId: owner.id },
        now: T0,
      }),
    );
    expect(
      await db.transaction((tx) => acceptInvitation(tx, { token, userId: owner.id, now: T0 })),
    ).toEqual({ status: 'already-member', organisationId: org.id, role: 'owner' });
    expect(await roleOf(db, org.id, owner.id)).toBe('owner');
    // The invitation is left for someone else.
    expect(await findLiveInvitation(db, token, T0)).toBeDefined();
  });
});
