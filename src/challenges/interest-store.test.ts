import { expect, it } from 'vitest';
import {
  addMembership,
  createOrganisation,
  createUser,
  listAudit,
  type AuditActor,
} from '../accounts/index';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import type { OrganisationKind, Role } from '../domain/accounts/index';
import { validateChallengeInput } from '../domain/directory/index';
import { nextTestEmail, nextTestOrgnr } from '../test-support/accounts';
import { describeEachDatabase } from '../test-support/databases';
import { createChallenge, updateChallenge } from './challenge-store';
import {
  findConversation,
  findInterestOfOrganisation,
  listConversationsOfOrganisation,
  listInterestsOfChallenge,
  listNotificationRecipients,
  registerInterest,
  sendMessage,
} from './interest-store';

const T0 = new Date('2026-03-02T09:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

async function organisation(db: Database, kind: OrganisationKind, name: string) {
  const owner = await createUser(db, {
    email: nextTestEmail('o'),
    name: `${name} ägare`,
    password: null,
  });
  const org = await createOrganisation(db, {
    name,
    orgnr: nextTestOrgnr(),
    kind,
    ownerId: owner.id,
    actor: { kind: 'user', userId: owner.id },
    now: T0,
  });
  const actor: AuditActor = { kind: 'user', userId: owner.id };
  const member = async (role: Role, lang: 'sv' | 'en' = 'sv') => {
    const user = await createUser(db, { email: nextTestEmail(role), name: role, password: null });
    await db.query('UPDATE users SET lang = $1 WHERE id = $2', [lang, user.id]);
    await addMembership(db, { organisationId: org.id, userId: user.id, role, now: T0 });
    return user;
  };
  return { owner, org, actor, member, ref: { id: org.id, name } };
}

async function setting(db: Database) {
  const city = await organisation(db, 'public-body', 'Malmö stad');
  const club = await organisation(db, 'ideburen', 'Föreningen Gemenskap');
  const third = await organisation(db, 'social-enterprise', 'Tredje AB');
  const checked = validateChallengeInput({ title: 'Ensamhet', description: 'Äldre ensamma.' });
  if (!checked.ok) throw new Error('bad input');
  const challenge = await createChallenge(db, {
    organisation: { id: city.org.id, kind: 'public-body' },
    input: checked.value,
    caseFacts: null,
    actor: city.actor,
    now: T0,
  });
  return { city, club, third, challenge, input: checked.value };
}

describeEachDatabase('interest store', (target) => {
  it('registers interest once per organisation, and a second registration adds its message', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const { city, club, challenge } = await setting(db);
    const first = await registerInterest(db, {
      challengeId: challenge.id,
      organisation: club.ref,
      message: 'Vi har besöksvänner.',
      actor: club.actor,
      now: at(1),
    });
    expect(first).toMatchObject({
      ok: true,
      created: true,
      notice: {
        kind: 'interest',
        toOrganisationId: city.org.id,
        fromOrganisationName: 'Föreningen Gemenskap',
        challengeTitle: 'Ensamhet',
      },
    });
    const again = await registerInterest(db, {
      challengeId: challenge.id,
      organisation: club.ref,
      message: 'Och en träffpunkt.',
      actor: club.actor,
      now: at(2),
    });
    if (!first.ok || !again.ok) throw new Error('registration failed');
    expect(again).toMatchObject({ created: false, interestId: first.interestId });
    expect(again.notice.kind).toBe('message');
    const conversation = await findConversation(db, {
      interestId: first.interestId,
      organisationId: club.org.id,
    });
    expect(conversation?.messages.map((m) => [m.body, m.fromOrganisationName])).toEqual([
      ['Vi har besöksvänner.', 'Föreningen Gemenskap'],
      ['Och en träffpunkt.', 'Föreningen Gemenskap'],
    ]);
    expect(conversation?.interest).toMatchObject({ messageCount: 2, lastActivityAt: at(2) });
    // Both sides' audit logs record it.
    for (const org of [city.org.id, club.org.id]) {
      const actions = (await listAudit(db, org, { limit: 3 })).map((a) => a.action);
      expect(actions.slice(0, 2)).toEqual(['interest.message-sent', 'interest.registered']);
    }
  });

  it('refuses interest in an own post, in a closed one and in one that does not exist', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const { city, club, challenge, input } = await setting(db);
    const register = (org: typeof club, challengeId = challenge.id) =>
      registerInterest(db, {
        challengeId,
        organisation: org.ref,
        message: 'Hej',
        actor: org.actor,
        now: at(1),
      });
    expect(await register(city)).toEqual({ ok: false, reason: 'own-challenge' });
    expect(await register(club, 'inte-ett-id')).toEqual({ ok: false, reason: 'not-found' });
    await updateChallenge(db, {
      organisationId: city.org.id,
      id: challenge.id,
      input: { ...input, status: 'avslutad' },
      expectedVersion: 1,
      actor: city.actor,
      now: at(1),
    });
    expect(await register(club)).toEqual({ ok: false, reason: 'closed' });
    const rows = await db.query('SELECT 1 FROM challenge_interests');
    expect(rows.rowCount).toBe(0);
  });

  it('shows a conversation to its two parties only, and lets only them write', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const { city, club, third, challenge } = await setting(db);
    const registered = await registerInterest(db, {
      challengeId: challenge.id,
      organisation: club.ref,
      message: 'Vi vill vara med.',
      actor: club.actor,
      now: at(1),
    });
    if (!registered.ok) throw new Error('registration failed');
    const interestId = registered.interestId;

    const answer = await sendMessage(db, {
      interestId,
      organisationId: city.org.id,
      body: 'Välkomna på möte.',
      actor: city.actor,
      now: at(3),
    });
    expect(answer).toMatchObject({
      ok: true,
      notice: {
        kind: 'message',
        toOrganisationId: club.org.id,
        fromOrganisationName: 'Malmö stad',
      },
    });
    expect(
      await sendMessage(db, {
        interestId,
        organisationId: third.org.id,
        body: 'Smyger in.',
        actor: third.actor,
        now: at(4),
      }),
    ).toEqual({ ok: false, reason: 'not-found' });
    expect(
      await sendMessage(db, {
        interestId: 'x',
        organisationId: city.org.id,
        body: 'x',
        actor: city.actor,
        now: at(4),
      }),
    ).toEqual({ ok: false, reason: 'not-found' });

    for (const org of [city, club]) {
      const seen = await findConversation(db, { interestId, organisationId: org.org.id });
      expect(seen?.messages.map((m) => m.body)).toEqual(['Vi vill vara med.', 'Välkomna på möte.']);
      expect(seen?.challenge.id).toBe(challenge.id);
    }
    expect(
      await findConversation(db, { interestId, organisationId: third.org.id }),
    ).toBeUndefined();
    expect(
      await findConversation(db, { interestId: 'nej', organisationId: city.org.id }),
    ).toBeUndefined();

    expect(
      (
        await listInterestsOfChallenge(db, {
          challengeId: challenge.id,
          organisationId: city.org.id,
        })
      )?.map((i) => i.interestedOrganisationName),
    ).toEqual(['Föreningen Gemenskap']);
    for (const org of [club, third]) {
      expect(
        await listInterestsOfChallenge(db, {
          challengeId: challenge.id,
          organisationId: org.org.id,
        }),
      ).toBeUndefined();
    }
    expect(
      (
        await findInterestOfOrganisation(db, {
          challengeId: challenge.id,
          organisationId: club.org.id,
        })
      )?.id,
    ).toBe(interestId);

    for (const org of [city, club]) {
      const list = await listConversationsOfOrganisation(db, org.org.id);
      expect(list.map((i) => [i.id, i.messageCount, i.lastActivityAt])).toEqual([
        [interestId, 2, at(3)],
      ]);
    }
    expect(await listConversationsOfOrganisation(db, third.org.id)).toEqual([]);
    // The third organisation's log records nothing of it.
    const thirdLog = await listAudit(db, third.org.id, { limit: 10 });
    expect(thirdLog.map((a) => a.action)).toEqual(['organisation.created']);
  });

  it('lists conversations of both sides, newest activity first', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const { city, club, third, challenge } = await setting(db);
    const own = validateChallengeInput({ title: 'Läxhjälp', description: 'Initiativ.' });
    if (!own.ok) throw new Error('bad input');
    const initiative = await createChallenge(db, {
      organisation: { id: club.org.id, kind: 'ideburen' },
      input: own.value,
      caseFacts: null,
      actor: club.actor,
      now: T0,
    });
    const mine = await registerInterest(db, {
      challengeId: challenge.id,
      organisation: club.ref,
      message: 'a',
      actor: club.actor,
      now: at(1),
    });
    const theirs = await registerInterest(db, {
      challengeId: initiative.id,
      organisation: third.ref,
      message: 'b',
      actor: third.actor,
      now: at(2),
    });
    if (!mine.ok || !theirs.ok) throw new Error('registration failed');
    expect((await listConversationsOfOrganisation(db, club.org.id)).map((i) => i.id)).toEqual([
      theirs.interestId,
      mine.interestId,
    ]);
    await sendMessage(db, {
      interestId: mine.interestId,
      organisationId: city.org.id,
      body: 'svar',
      actor: city.actor,
      now: at(5),
    });
    expect((await listConversationsOfOrganisation(db, club.org.id)).map((i) => i.id)).toEqual([
      mine.interestId,
      theirs.interestId,
    ]);
  });

  it('names the owners and editors of a side as recipients, with their language, not readers', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const { club } = await setting(db);
    const editor = await club.member('editor', 'en');
    await club.member('reader');
    const recipients = await listNotificationRecipients(db, club.org.id, null);
    expect(recipients.map((r) => [r.userId, r.lang]).sort()).toEqual(
      [
        [club.owner.id, 'sv'],
        [editor.id, 'en'],
      ].sort(),
    );
    const withoutWriter = await listNotificationRecipients(db, club.org.id, editor.id);
    expect(withoutWriter.map((r) => r.userId)).toEqual([club.owner.id]);
  });
});
