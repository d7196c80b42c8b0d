// The poster writes first to an organisation that fits, through the page and the API: who may
// (the poster's writers only: signed out to sign-in, a reader 403, anyone else 404), an entry
// nobody keeps answered with its contact details instead, the message first in a conversation
// the organisation answers, and the mail that tells it (in its language, without the text).
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, listAudit } from '../../../accounts/index';
import { registerApi } from '../../../api/index';
import { buildServer } from '../../../app/build-server';
import { createChallenge, findConversation } from '../../../challenges/index';
import { migrate } from '../../../db/migrate';
import { actorInput, insertImportedActor } from '../../../directory/directory.fixture';
import { saveOwnActor } from '../../../directory/index';
import { validateChallengeInput } from '../../../domain/directory/index';
import {
  createTestMember,
  createTestOrganisation,
  memberForm,
  memberGet,
  nextTestOrgnr,
  type TestMember,
} from '../../../test-support/accounts';
import { openScratchPglite, type ScratchDatabase } from '../../../test-support/databases';

let scratch: ScratchDatabase;
let app: FastifyInstance;
const clock = new Date('2026-11-26T10:00:00Z');

let city: TestMember;
let cityReader: TestMember;
let club: TestMember;
let third: TestMember;
let clubOrgnr: string;
const unclaimedOrgnr = nextTestOrgnr();
let challengeId: string;
let closedId: string;

async function post(poster: TestMember, title: string, status: string): Promise<string> {
  const checked = validateChallengeInput({
    title,
    description: 'Äldre i stadsdelen saknar sällskap.',
    goals: ['aldre'],
    areaCodes: '1280',
    status,
  });
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  const created = await createChallenge(scratch.db, {
    organisation: { id: poster.organisationId, kind: 'public-body' },
    input: checked.value,
    caseFacts: null,
    actor: { kind: 'user', userId: poster.user.id },
    now: clock,
  });
  return created.id;
}

beforeAll(async () => {
  scratch = await openScratchPglite();
  await migrate(scratch.db);
  app = await buildServer({ db: scratch.db, now: () => clock, routes: [registerApi] });
  city = await createTestOrganisation(scratch.db, app, { name: 'Malmö stad', now: clock });
  cityReader = await createTestMember(scratch.db, app, city.organisationId, 'reader', clock);
  club = await createTestOrganisation(scratch.db, app, {
    name: 'Föreningen Gemenskap',
    kind: 'ideburen',
    now: clock,
  });
  // The club's owner reads in English: the mail to them is in English.
  await scratch.db.query(`UPDATE users SET lang = 'en' WHERE id = $1`, [club.user.id]);
  third = await createTestOrganisation(scratch.db, app, {
    name: 'Tredje',
    kind: 'social-enterprise',
    now: clock,
  });
  const org = await scratch.db.query<{ orgnr: string }>(
    'SELECT orgnr FROM organisations WHERE id = $1',
    [club.organisationId],
  );
  clubOrgnr = org.rows[0]!.orgnr;
  const saved = await saveOwnActor(scratch.db, {
    organisation: { id: club.organisationId, orgnr: clubOrgnr, kind: 'ideburen' },
    input: actorInput({
      orgnr: clubOrgnr,
      name: 'Föreningen Gemenskap',
      kind: 'ideburen',
      legalForm: 'ideell-forening',
      areaCodes: '1280',
      goals: 'aldre',
      description: 'Vi ordnar träffar för äldre i Malmö.',
    }),
    actor: { kind: 'user', userId: club.user.id },
    now: clock,
  });
  expect(saved.outcome).toBe('created');
  await insertImportedActor(
    scratch.db,
    actorInput({
      orgnr: unclaimedOrgnr,
      name: 'Oanmälda föreningen',
      kind: 'ideburen',
      legalForm: 'ideell-forening',
      areaCodes: '1280',
      goals: 'aldre',
      description: 'Äldre och gemenskap.',
    }),
  );
  challengeId = await post(city, 'Ensamhet bland äldre', 'dialog');
  closedId = await post(city, 'En avslutad utmaning', 'avslutad');
});

afterAll(async () => {
  await app.close();
  await scratch.dispose();
});

const page = (id: string, orgnr: string) => `/utmaningar/${id}/kontakta?orgnr=${orgnr}`;
const action = (id: string) => `/utmaningar/${id}/kontakta`;

async function messageCount(): Promise<number> {
  const { rows } = await scratch.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM challenge_messages',
  );
  return Number(rows[0]!.n);
}

describe('who may write first', () => {
  it('sends a signed-out visitor to sign in', async () => {
    for (const options of [
      memberGet(undefined, page(challengeId, clubOrgnr)),
      memberForm(undefined, action(challengeId), { orgnr: clubOrgnr, message: 'Hej' }),
    ]) {
      const response = await app.inject(options);
      expect([303, 403]).toContain(response.statusCode);
      if (options.method === 'GET') {
        expect(response.statusCode).toBe(303);
        expect(String(response.headers.location)).toMatch(/^\/logga-in/);
      }
    }
  });

  it('refuses a reader of the poster 403, and anyone else 404 like an unknown challenge', async () => {
    expect((await app.inject(memberGet(cityReader, page(challengeId, clubOrgnr)))).statusCode).toBe(
      403,
    );
    const readerPost = await app.inject(
      memberForm(cityReader, action(challengeId), { orgnr: clubOrgnr, message: 'Hej' }),
    );
    expect(readerPost.statusCode).toBe(403);
    for (const member of [club, third]) {
      expect((await app.inject(memberGet(member, page(challengeId, clubOrgnr)))).statusCode).toBe(
        404,
      );
      const posted = await app.inject(
        memberForm(member, action(challengeId), { orgnr: clubOrgnr, message: 'Hej' }),
      );
      expect(posted.statusCode).toBe(404);
    }
    for (const url of [
      page('inte-ett-id', clubOrgnr),
      page('00000000-0000-4000-8000-000000000000', clubOrgnr),
      page(challengeId, '123'),
      page(challengeId, nextTestOrgnr()),
      `/utmaningar/${challengeId}/kontakta`,
    ]) {
      expect((await app.inject(memberGet(city, url))).statusCode, url).toBe(404);
    }
    expect(await messageCount()).toBe(0);
  });

  it('answers an entry nobody keeps with its contact details, and writes nothing', async () => {
    const shown = await app.inject(memberGet(city, page(challengeId, unclaimedOrgnr)));
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain('har inte tagit hand om sin post i katalogen');
    expect(shown.body).toContain(`/aktorer/${unclaimedOrgnr}#kontakt`);
    expect(shown.body).not.toContain('<textarea');
    const posted = await app.inject(
      memberForm(city, action(challengeId), { orgnr: unclaimedOrgnr, message: 'Hej' }),
    );
    expect(posted.statusCode).toBe(409);
    expect(posted.body).toContain('har inte tagit hand om sin post i katalogen');
    const english = await app.inject(
      memberGet(city, `${page(challengeId, unclaimedOrgnr)}&lang=en`),
    );
    expect(english.body).toContain('has not taken charge of its directory entry');
    const closed = await app.inject(
      memberForm(city, action(closedId), { orgnr: clubOrgnr, message: 'Hej' }),
    );
    expect(closed.statusCode).toBe(409);
    expect(closed.body).toContain('Utmaningen är avslutad');
    expect(await messageCount()).toBe(0);
  });
});

describe('writing first', () => {
  it('shows whom the poster writes to and about what, and names an empty message', async () => {
    const shown = await app.inject(memberGet(city, page(challengeId, clubOrgnr)));
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain('Skriv till Föreningen Gemenskap i samverka');
    expect(shown.body).toContain('Ensamhet bland äldre');
    expect(shown.body).toContain(`name="orgnr" value="${clubOrgnr}"`);
    expect(shown.body).toContain('<textarea');
    const empty = await app.inject(
      memberForm(city, action(challengeId), { orgnr: clubOrgnr, message: '  ' }),
    );
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Skriv ett meddelande.');
    const english = await app.inject(
      memberForm(city, `${action(challengeId)}?lang=en`, { orgnr: clubOrgnr, message: '' }),
    );
    expect(english.body).toContain('Write a message.');
    expect(await messageCount()).toBe(0);
  });

  it('opens the conversation with the message first, tells the organisation, and continues it', async () => {
    const text = 'Vi söker en förening som kan ordna träffar för äldre.';
    const posted = await app.inject(
      memberForm(city, action(challengeId), { orgnr: clubOrgnr, message: text }),
    );
    expect(posted.statusCode).toBe(303);
    const match = new RegExp(
      `^/utmaningar/${challengeId}/intressen/([0-9a-f-]{36})\\?klar=skickat$`,
    ).exec(String(posted.headers.location));
    expect(match).not.toBeNull();
    const interestId = match![1]!;
    const conversation = await findConversation(scratch.db, {
      interestId,
      organisationId: club.organisationId,
    });
    expect(conversation?.messages.map((m) => [m.fromOrganisationId, m.body])).toEqual([
      [city.organisationId, text],
    ]);
    const mail = await scratch.db.query<{ subject: string; body: string }>(
      'SELECT subject, body FROM outbox WHERE to_address = $1',
      [club.user.email],
    );
    expect(mail.rows).toHaveLength(1);
    expect(mail.rows[0]!.subject).toBe('Someone wants to work with you on “Ensamhet bland äldre”');
    expect(mail.rows[0]!.body).toContain('Malmö stad');
    expect(mail.rows[0]!.body).toContain(`/intressen/${interestId}?lang=en`);
    expect(mail.rows[0]!.body).not.toContain(text);
    for (const member of [city, club]) {
      const log = await listAudit(scratch.db, member.organisationId, { limit: 10 });
      expect(log.map((e) => e.action)).toContain('interest.contacted');
    }

    const answered = await app.inject(
      memberGet(club, `/utmaningar/${challengeId}/intressen/${interestId}`),
    );
    expect(answered.statusCode).toBe(200);
    expect(answered.body).toContain(text);

    const shown = await app.inject(memberGet(city, page(challengeId, clubOrgnr)));
    expect(shown.body).toContain(`/utmaningar/${challengeId}/intressen/${interestId}`);
    const again = await app.inject(
      memberForm(city, action(challengeId), { orgnr: clubOrgnr, message: 'En sak till.' }),
    );
    expect(again.statusCode).toBe(303);
    expect(String(again.headers.location)).toContain(interestId);
    const after = await findConversation(scratch.db, {
      interestId,
      organisationId: city.organisationId,
    });
    expect(after?.messages).toHaveLength(2);
  });

  it('shows the link to write in samverka on the matches page only to the poster’s writers', async () => {
    const matches = `/utmaningar/${challengeId}/matchningar`;
    const writer = await app.inject(memberGet(city, matches));
    expect(writer.body).toContain(`/utmaningar/${challengeId}/kontakta?orgnr=${clubOrgnr}`);
    expect(writer.body).toContain('Skriv till Föreningen Gemenskap i samverka');
    expect(writer.body).toContain(`/aktorer/${unclaimedOrgnr}#kontakt`);
    expect(writer.body).not.toContain(`kontakta?orgnr=${unclaimedOrgnr}`);
    const english = await app.inject(memberGet(city, `${matches}?lang=en`));
    expect(english.body).toContain(
      `/utmaningar/${challengeId}/kontakta?orgnr=${clubOrgnr}&amp;lang=en`,
    );
    for (const member of [cityReader, third, undefined]) {
      const other = await app.inject(memberGet(member, matches));
      expect(other.statusCode).toBe(200);
      expect(other.body).not.toContain('/kontakta?');
    }
  });
});

describe('POST /api/v1/challenges/{id}/contacts', () => {
  async function token(member: TestMember, scope: 'read' | 'write'): Promise<string> {
    const created = await createApiToken(scratch.db, {
      organisationId: member.organisationId,
      name: `System ${scope}`,
      scope,
      createdBy: member.user.id,
      now: clock,
    });
    return created.secret;
  }

  function call(
    secret: string | undefined,
    id: string,
    body: unknown,
  ): Promise<{
    statusCode: number;
    json: <T>() => T;
    headers: Record<string, unknown>;
  }> {
    const options: InjectOptions = {
      method: 'POST',
      url: `/api/v1/challenges/${id}/contacts`,
      headers: {
        'content-type': 'application/json',
        ...(secret !== undefined && { authorization: `Bearer ${secret}` }),
      },
      payload: JSON.stringify(body),
    };
    return app.inject(options);
  }

  it('lets the poster write, and nobody else', async () => {
    const writer = await token(city, 'write');
    const reader = await token(city, 'read');
    const other = await token(third, 'write');
    const body = { orgnr: clubOrgnr, message: 'Från vårt system.' };
    expect((await call(undefined, challengeId, body)).statusCode).toBe(401);
    expect((await call(reader, challengeId, body)).statusCode).toBe(403);
    expect((await call(other, challengeId, body)).statusCode).toBe(404);

    const bad = await call(writer, challengeId, { orgnr: '556000-0000', message: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
      'orgnr',
      'message',
    ]);
    const unknown = await call(writer, challengeId, { orgnr: nextTestOrgnr(), message: 'Hej' });
    expect(unknown.statusCode).toBe(404);
    const unclaimed = await call(writer, challengeId, { orgnr: unclaimedOrgnr, message: 'Hej' });
    expect(unclaimed.statusCode).toBe(409);
    expect(unclaimed.json<{ errors: { code: string }[] }>().errors[0]?.code).toBe('not-claimed');

    const ok = await call(writer, challengeId, body);
    // The page opened this conversation above: the message is added to it.
    expect(ok.statusCode).toBe(200);
    const answer = ok.json<{ created: boolean; interest: { interested: { id: string } } }>();
    expect(answer.created).toBe(false);
    expect(answer.interest.interested.id).toBe(club.organisationId);
    const fresh = await call(writer, await post(city, 'Unga utan betyg', 'ide'), body);
    expect(fresh.statusCode).toBe(201);
    expect(String(fresh.headers.location)).toMatch(
      /^\/api\/v1\/interests\/[0-9a-f-]{36}\/messages$/,
    );
  });
});
