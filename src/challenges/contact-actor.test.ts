// The poster writing first to an organisation, on both databases: only to a listed entry that an
// organisation keeps, never to its own, nor about a closed challenge or someone else's, and when
// it writes, the conversation is the same one a registration of interest would have opened.
import { expect, it } from 'vitest';
import { createOrganisation, createUser, listAudit, type AuditActor } from '../accounts/index';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { actorInput, insertImportedActor } from '../directory/directory.fixture';
import { saveOwnActor } from '../directory/index';
import type { OrganisationKind } from '../domain/accounts/index';
import { validateChallengeInput } from '../domain/directory/index';
import { nextTestEmail, nextTestOrgnr } from '../test-support/accounts';
import { describeEachDatabase } from '../test-support/databases';
import { createChallenge } from './challenge-store';
import { claimedOrgnrs, contactActor, findConversation, registerInterest } from './interest-store';

const T0 = new Date('2026-03-02T09:00:00Z');

async function organisation(db: Database, kind: OrganisationKind, name: string) {
  const owner = await createUser(db, { email: nextTestEmail('o'), name, password: null });
  const orgnr = nextTestOrgnr();
  const org = await createOrganisation(db, {
    name,
    orgnr,
    kind,
    ownerId: owner.id,
    actor: { kind: 'user', userId: owner.id },
    now: T0,
  });
  const actor: AuditActor = { kind: 'user', userId: owner.id };
  return { id: org.id, orgnr, actor };
}

async function entry(db: Database, org: { id: string; orgnr: string; actor: AuditActor }) {
  const saved = await saveOwnActor(db, {
    organisation: { id: org.id, orgnr: org.orgnr, kind: 'ideburen' },
    input: actorInput({
      orgnr: org.orgnr,
      name: 'Föreningen',
      kind: 'ideburen',
      legalForm: 'ideell-forening',
      areaCodes: '1280',
    }),
    actor: org.actor,
    now: T0,
  });
  expect(saved.outcome).toBe('created');
}

async function challenge(db: Database, posterId: string, actor: AuditActor, status = 'dialog') {
  const checked = validateChallengeInput({ title: 'Ensamhet', description: 'Äldre.', status });
  if (!checked.ok) throw new Error('bad input');
  return createChallenge(db, {
    organisation: { id: posterId, kind: 'public-body' },
    input: checked.value,
    caseFacts: null,
    actor,
    now: T0,
  });
}

describeEachDatabase('contactActor', (target) => {
  it('writes only to a listed entry an organisation keeps, in the one conversation of the two', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const city = await organisation(db, 'public-body', 'Malmö stad');
    const club = await organisation(db, 'ideburen', 'Föreningen');
    const third = await organisation(db, 'public-body', 'Lunds kommun');
    await entry(db, club);
    const unclaimed = nextTestOrgnr();
    await insertImportedActor(
      db,
      actorInput({
        orgnr: unclaimed,
        name: 'Oanmäld',
        kind: 'ideburen',
        legalForm: 'ideell-forening',
        areaCodes: '1280',
      }),
    );
    const open = await challenge(db, city.id, city.actor);
    const closed = await challenge(db, city.id, city.actor, 'avslutad');
    const base = { message: 'Hej', actor: city.actor, now: T0 };
    const write = (challengeId: string, posterOrganisationId: string, actorOrgnr: string) =>
      contactActor(db, { ...base, challengeId, posterOrganisationId, actorOrgnr });

    expect(await write(open.id, third.id, club.orgnr)).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect(await write('nej', city.id, club.orgnr)).toEqual({ ok: false, reason: 'not-found' });
    expect(await write(open.id, city.id, nextTestOrgnr())).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect(await write(open.id, city.id, unclaimed)).toEqual({
      ok: false,
      reason: 'not-claimed',
    });
    expect(await write(closed.id, city.id, club.orgnr)).toEqual({ ok: false, reason: 'closed' });
    const count = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM challenge_messages',
    );
    expect(Number(count.rows[0]!.n)).toBe(0);

    expect([...(await claimedOrgnrs(db, [club.orgnr, unclaimed, 'x']))]).toEqual([club.orgnr]);

    const first = await write(open.id, city.id, club.orgnr);
    expect(first).toMatchObject({ ok: true, created: true, notice: { kind: 'contact' } });
    if (!first.ok) return;
    expect(first.notice).toMatchObject({
      fromOrganisationId: city.id,
      fromOrganisationName: 'Malmö stad',
      toOrganisationId: club.id,
    });
    // The organisation's own registration of interest lands in the same conversation.
    const registered = await registerInterest(db, {
      challengeId: open.id,
      organisation: { id: club.id, name: 'Föreningen' },
      message: 'Gärna',
      actor: club.actor,
      now: T0,
    });
    expect(registered).toMatchObject({ ok: true, created: false, interestId: first.interestId });
    const again = await write(open.id, city.id, club.orgnr);
    expect(again).toMatchObject({ ok: true, created: false, interestId: first.interestId });
    const conversation = await findConversation(db, {
      interestId: first.interestId,
      organisationId: club.id,
    });
    expect(conversation?.messages.map((m) => m.fromOrganisationId)).toEqual([
      city.id,
      club.id,
      city.id,
    ]);
    for (const id of [city.id, club.id]) {
      const log = await listAudit(db, id, { limit: 20 });
      expect(log.filter((e) => e.action === 'interest.contacted')).toHaveLength(1);
    }
    const thirdLog = await listAudit(db, third.id, { limit: 20 });
    expect(thirdLog.map((e) => e.action)).not.toContain('interest.contacted');
  });
});
