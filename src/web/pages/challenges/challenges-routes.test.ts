// The board's pages through inject: posting with errors and without, the forms the engine finds
// open, interest and its conversation seen and written only by the two parties, the mail that
// tells the other side, editing with a version conflict, and bad ids answered 404.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../../app/build-server';
import { saveCase } from '../../../cases/index';
import {
  createChallenge,
  findChallenge,
  listConversationsOfOrganisation,
} from '../../../challenges/index';
import { migrate } from '../../../db/migrate';
import { validateChallengeInput } from '../../../domain/directory/index';
import {
  createTestMember,
  createTestOrganisation,
  memberForm,
  memberGet,
  type TestMember,
} from '../../../test-support/accounts';
import { openScratchPglite, type ScratchDatabase } from '../../../test-support/databases';
import { IDEBUREN_CANDIDATE } from '../../../test-support/ideburen-candidate';

let scratch: ScratchDatabase;
let app: FastifyInstance;
const clock = new Date('2026-11-26T10:00:00Z');

let city: TestMember;
let cityEditor: TestMember;
let cityReader: TestMember;
let club: TestMember;
let clubReader: TestMember;
let third: TestMember;

beforeAll(async () => {
  scratch = await openScratchPglite();
  await migrate(scratch.db);
  app = await buildServer({ db: scratch.db, now: () => clock });
  city = await createTestOrganisation(scratch.db, app, { name: 'Malmö stad', now: clock });
  cityEditor = await createTestMember(scratch.db, app, city.organisationId, 'editor', clock);
  cityReader = await createTestMember(scratch.db, app, city.organisationId, 'reader', clock);
  // The editor reads in English: mail to them is in English.
  await scratch.db.query(`UPDATE users SET lang = 'en' WHERE id = $1`, [cityEditor.user.id]);
  club = await createTestOrganisation(scratch.db, app, {
    name: 'Föreningen Gemenskap',
    kind: 'ideburen',
    now: clock,
  });
  clubReader = await createTestMember(scratch.db, app, club.organisationId, 'reader', clock);
  third = await createTestOrganisation(scratch.db, app, {
    name: 'Tredje sociala företaget',
    kind: 'social-enterprise',
    now: clock,
  });
});

afterAll(async () => {
  await app.close();
  await scratch.dispose();
});

const VALID = {
  title: 'Ensamhet bland äldre i Rosengård',
  description: 'Många äldre saknar någon att prata med.\n\nVi vill pröva nya former.',
  goals: ['sdg-3', 'aldre'],
  areaCodes: '1280',
  cpv: '85311000',
  startsOn: '2027-01-01',
  endsOn: '2028-12-31',
  budgetSek: '1 200 000',
  status: 'dialog',
  caseId: '',
};

function idFrom(location: unknown): string {
  const match = /^\/utmaningar\/([0-9a-f-]{36})\?/.exec(String(location));
  expect(match, String(location)).not.toBeNull();
  return match![1]!;
}

async function post(member: TestMember, fields: Partial<typeof VALID> = {}) {
  const response = await app.inject(memberForm(member, '/utmaningar/ny', { ...VALID, ...fields }));
  expect(response.statusCode, response.body).toBe(303);
  return idFrom(response.headers.location);
}

async function outboxTo(email: string) {
  const { rows } = await scratch.db.query<{ subject: string; body: string }>(
    'SELECT subject, body FROM outbox WHERE to_address = $1 ORDER BY id',
    [email],
  );
  return rows;
}

describe('the board', () => {
  it('is public, lists posts with their facts, filters and pages in a stable order', async () => {
    const id = await post(city);
    const board = await app.inject(memberGet(undefined, '/utmaningar'));
    expect(board.statusCode).toBe(200);
    expect(board.body).toContain(`href="/utmaningar/${id}">Ensamhet bland äldre i Rosengård</a>`);
    expect(board.body).toContain('Malmö stad');
    expect(board.body).toContain('Samhällsutmaning');
    expect(board.body).toContain('Dialog');
    expect(board.body).toContain('2027-01-01 – 2028-12-31');
    expect(board.body).toMatch(/1\s200\s000\skr/);
    expect(board.body).toContain('Många äldre saknar någon att prata med.');
    expect(board.body).toContain('Logga in för att lägga upp');
    const asMember = await app.inject(memberGet(city, '/utmaningar'));
    expect(asMember.body).toContain('href="/utmaningar/ny"');
    expect(asMember.body).toContain('href="/organisation/intressen"');
    const asReader = await app.inject(memberGet(cityReader, '/utmaningar'));
    expect(asReader.body).not.toContain('href="/utmaningar/ny"');
    expect(asReader.body).toContain('href="/organisation/intressen"');

    const english = await app.inject(memberGet(undefined, '/utmaningar?lang=en&kind=challenge'));
    expect(english.body).toContain('Societal challenge');
    expect(english.body).toContain(`href="/utmaningar/${id}?lang=en"`);
    const none = await app.inject(memberGet(undefined, '/utmaningar?kind=initiative&q=ensamhet'));
    expect(none.body).not.toContain(`/utmaningar/${id}"`);
    const found = await app.inject(memberGet(undefined, '/utmaningar?q=%C3%A4ldres&area=12'));
    expect(found.body).toContain(`/utmaningar/${id}"`);
    // Anything odd in the address is ignored, never an error.
    for (const query of [
      'page=abc',
      'page=99999',
      'kind=x&status=y&goal=z&area=9999',
      'q=%26%7C!',
    ]) {
      const odd = await app.inject(memberGet(undefined, `/utmaningar?${query}`));
      expect(odd.statusCode, query).toBe(200);
    }
  });

  it('pages twenty at a time, every post once', async () => {
    const checked = validateChallengeInput({ title: 'Sidtest', description: 'Sidtest.' });
    if (!checked.ok) throw new Error('bad input');
    for (let i = 0; i < 22; i += 1) {
      await createChallenge(scratch.db, {
        organisation: { id: third.organisationId, kind: 'social-enterprise' },
        input: { ...checked.value, title: `Sidtest ${i}` },
        caseFacts: null,
        actor: { kind: 'user', userId: third.user.id },
        now: clock,
      });
    }
    const ids = async (page: number) => {
      const r = await app.inject(memberGet(undefined, `/utmaningar?q=sidtest&page=${page}`));
      return [...r.body.matchAll(/data-challenge="([0-9a-f-]{36})"/g)].map((m) => m[1]);
    };
    const first = await ids(1);
    const second = await ids(2);
    expect(first).toHaveLength(20);
    expect(second).toHaveLength(2);
    expect(new Set([...first, ...second]).size).toBe(22);
  });
});

describe('posting', () => {
  it('asks a visitor to sign in and refuses a reader', async () => {
    const visitor = await app.inject(memberGet(undefined, '/utmaningar/ny'));
    expect(visitor.statusCode).toBe(303);
    expect(visitor.headers.location).toContain('/logga-in');
    expect((await app.inject(memberGet(cityReader, '/utmaningar/ny'))).statusCode).toBe(403);
  });

  it('names each wrong field, keeps the input and writes nothing', async () => {
    const before = await scratch.db.query('SELECT count(*)::int AS n FROM challenges');
    const response = await app.inject(
      memberForm(city, '/utmaningar/ny', {
        ...VALID,
        title: '',
        areaCodes: '1280|9999',
        endsOn: '2026-01-01',
        budgetSek: 'mycket',
        cpv: '85311000-9',
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('<title>Fel: Lägg upp');
    expect(response.body).toContain('href="#title">Rubrik: Fyll i fältet.');
    expect(response.body).toContain('Område (kommun- eller länskoder): ”9999” är ingen kommun');
    expect(response.body).toContain('Slutdatum: Slutet kan inte komma före början.');
    expect(response.body).toContain('Uppskattad budget i kronor: Skriv beloppet i hela kronor');
    expect(response.body).toContain('Kontrollsiffran i 85311000-9 är fel; koden är 85311000-2.');
    expect(response.body).toContain('value="1280|9999"');
    expect(response.body).toContain('Många äldre saknar någon att prata med.');
    expect(response.body).toMatch(/value="aldre"\s*checked/);
    const english = await app.inject(
      memberForm(city, '/utmaningar/ny?lang=en', { ...VALID, description: '' }),
    );
    expect(english.body).toContain('href="#description">Description: ');
    const after = await scratch.db.query('SELECT count(*)::int AS n FROM challenges');
    expect(after.rows).toEqual(before.rows);
  });

  it('posts an initiative for an idéburen organisation and keeps every field', async () => {
    const id = await post(club, { title: 'Läxhjälp i Hjällbo', areaCodes: '1480|SE' });
    const saved = await findChallenge(scratch.db, id);
    expect(saved).toMatchObject({
      kind: 'initiative',
      organisationId: club.organisationId,
      goals: ['sdg-3', 'aldre'],
      areaCodes: ['1480', 'SE'],
      cpv: ['85311000-2'],
      startsOn: '2027-01-01',
      endsOn: '2028-12-31',
      budgetSek: 1200000,
      status: 'dialog',
      caseFacts: null,
    });
    const page = await app.inject(memberGet(club, `/utmaningar/${id}?klar=upplagd`));
    expect(page.body).toContain('Utmaningen är upplagd.');
    expect(page.body).toContain('Initiativ');
    expect(page.body).toContain('ingen bedömning kan göras');
  });
});

describe('the forms the engine finds open', () => {
  it('copies a saved case’s facts and lists each form with its verdict, rule set and a link to the guide', async () => {
    const saved = await saveCase(
      scratch.db,
      {
        organisationId: city.organisationId,
        actor: { kind: 'user', userId: city.user.id },
        userId: city.user.id,
        actorName: city.user.name,
        now: clock,
      },
      { title: 'Boende för unga', facts: IDEBUREN_CANDIDATE },
    );
    const form = await app.inject(memberGet(city, '/utmaningar/ny'));
    expect(form.body).toContain(`<option value="${saved.id}" >Boende för unga</option>`);
    const id = await post(city, { caseId: saved.id });
    expect((await findChallenge(scratch.db, id))?.caseFacts).toEqual(IDEBUREN_CANDIDATE);
    for (const [lang, ruleSet, guide] of [
      ['sv', 'Regelverk:', 'Pröva i vägledningen'],
      ['en', 'Rule set:', 'Check in the guide'],
    ] as const) {
      const page = await app.inject(memberGet(undefined, `/utmaningar/${id}?lang=${lang}`));
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('data-rule-set="lou-2022-02"');
      expect(page.body).toContain(ruleSet);
      expect(page.body).toMatch(/data-form="reserved-ideburen"[\s\S]*?data-verdict="not-allowed"/);
      expect(page.body).toMatch(/data-form="iop"[\s\S]*?data-verdict="/);
      expect(page.body).toContain(guide);
      expect(page.body).toContain('href="/vagledning/resultat?');
    }
    // Another organisation's case cannot be taken, nor an id that is no case.
    for (const caseId of [saved.id, 'inte-ett-id']) {
      const refused = await app.inject(memberForm(club, '/utmaningar/ny', { ...VALID, caseId }));
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toContain('Välj ett av organisationens ärenden i listan.');
    }
  });

  it('says a case before the covered rules cannot be assessed, instead of failing', async () => {
    const checked = validateChallengeInput({ title: 'Gammalt', description: 'Gammalt.' });
    if (!checked.ok) throw new Error('bad input');
    const old = await createChallenge(scratch.db, {
      organisation: { id: city.organisationId, kind: 'public-body' },
      input: checked.value,
      caseFacts: { ...IDEBUREN_CANDIDATE, startDate: '2010-01-01' },
      actor: { kind: 'user', userId: city.user.id },
      now: clock,
    });
    const page = await app.inject(memberGet(undefined, `/utmaningar/${old.id}`));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('före 2014-07-01');
  });
});

describe('interest and its conversation', () => {
  let challengeId: string;
  let interestId: string;
  let conversation: string;

  beforeAll(async () => {
    challengeId = await post(city, { title: 'Trygghet i parken' });
  });

  it('shows each viewer what they may do on the challenge page', async () => {
    const visitor = await app.inject(memberGet(undefined, `/utmaningar/${challengeId}?lang=en`));
    expect(visitor.body).toContain('Sign in with an organisation to register interest.');
    expect(visitor.body).toContain(`/utmaningar/${challengeId}/matchningar?lang=en`);
    const poster = await app.inject(memberGet(cityEditor, `/utmaningar/${challengeId}`));
    expect(poster.body).toContain(`href="/utmaningar/${challengeId}/andra"`);
    expect(poster.body).toContain('Ingen har anmält intresse än.');
    const posterReader = await app.inject(memberGet(cityReader, `/utmaningar/${challengeId}`));
    expect(posterReader.body).not.toContain(`/andra"`);
    const other = await app.inject(memberGet(club, `/utmaningar/${challengeId}`));
    expect(other.body).toContain(`action="/utmaningar/${challengeId}/intresse"`);
    const otherReader = await app.inject(memberGet(clubReader, `/utmaningar/${challengeId}`));
    expect(otherReader.body).toContain('får inte anmäla intresse');
    expect(otherReader.body).not.toContain('/intresse"');
  });

  it('refuses an empty message and an interest in the own post', async () => {
    const empty = await app.inject(
      memberForm(club, `/utmaningar/${challengeId}/intresse`, { message: '  ' }),
    );
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('href="#message">Meddelande: Skriv ett meddelande.');
    const own = await app.inject(
      memberForm(city, `/utmaningar/${challengeId}/intresse`, { message: 'Hej' }),
    );
    expect(own.statusCode).toBe(409);
    expect(await listConversationsOfOrganisation(scratch.db, club.organisationId)).toEqual([]);
    const reader = await app.inject(
      memberForm(clubReader, `/utmaningar/${challengeId}/intresse`, { message: 'Hej' }),
    );
    expect(reader.statusCode).toBe(403);
  });

  it('registers interest and mails the poster’s owners and editors, each in their language, without the message', async () => {
    const response = await app.inject(
      memberForm(club, `/utmaningar/${challengeId}/intresse`, {
        message: 'Vi har nattvandrare. Hemligt telefonnummer 070-1234567.',
      }),
    );
    expect(response.statusCode).toBe(303);
    const match = /^\/utmaningar\/[0-9a-f-]{36}\/intressen\/([0-9a-f-]{36})\?klar=intresse$/.exec(
      String(response.headers.location),
    );
    expect(match, String(response.headers.location)).not.toBeNull();
    interestId = match![1]!;
    conversation = `/utmaningar/${challengeId}/intressen/${interestId}`;

    const [toOwner] = await outboxTo(city.user.email);
    expect(toOwner?.subject).toBe('Nytt intresse för ”Trygghet i parken”');
    expect(toOwner?.body).toContain('Föreningen Gemenskap har anmält intresse');
    expect(toOwner?.body).toContain(`http://localhost:80${conversation}`);
    const [toEditor] = await outboxTo(cityEditor.user.email);
    expect(toEditor?.subject).toBe('New interest in “Trygghet i parken”');
    expect(toEditor?.body).toContain(`${conversation}?lang=en`);
    for (const mail of [toOwner, toEditor]) expect(mail?.body).not.toContain('070-1234567');
    expect(await outboxTo(cityReader.user.email)).toEqual([]);
    expect(await outboxTo(club.user.email)).toEqual([]);

    const page = await app.inject(memberGet(club, `/utmaningar/${challengeId}`));
    expect(page.body).toContain('Er organisation har redan anmält intresse.');
    expect(page.body).toContain(`href="${conversation}"`);
    const posterPage = await app.inject(memberGet(cityReader, `/utmaningar/${challengeId}`));
    expect(posterPage.body).toMatch(
      new RegExp(`href="${conversation}"\\s*>Föreningen Gemenskap</a`),
    );
  });

  it('shows the conversation to the two parties only; a reader reads but cannot write', async () => {
    for (const member of [city, cityEditor, cityReader, club, clubReader]) {
      const seen = await app.inject(memberGet(member, conversation));
      expect(seen.statusCode).toBe(200);
      expect(seen.body).toContain('Hemligt telefonnummer');
    }
    const readerPage = await app.inject(memberGet(cityReader, conversation));
    expect(readerPage.body).toContain('får läsa samtalet men inte skriva');
    expect(readerPage.body).not.toContain('name="body"');

    const outsider = await app.inject(memberGet(third, conversation));
    expect(outsider.statusCode).toBe(404);
    expect(outsider.body).not.toContain('Hemligt');
    const visitor = await app.inject(memberGet(undefined, conversation));
    expect(visitor.statusCode).toBe(303);
    expect(visitor.headers.location).toContain('/logga-in');

    const messages = async () =>
      (
        await scratch.db.query('SELECT body FROM challenge_messages WHERE interest_id = $1', [
          interestId,
        ])
      ).rows.length;
    const count = await messages();
    expect((await app.inject(memberForm(third, conversation, { body: 'Hej' }))).statusCode).toBe(
      404,
    );
    expect(
      (await app.inject(memberForm(cityReader, conversation, { body: 'Hej' }))).statusCode,
    ).toBe(403);
    // Signed out, a post is refused (no session, no form token) before it reaches the conversation.
    const anonymous = await app.inject(memberForm(undefined, conversation, { body: 'Hej' }));
    expect([303, 403]).toContain(anonymous.statusCode);
    expect(await messages()).toBe(count);

    for (const url of [
      `/utmaningar/${challengeId}/intressen/inte-ett-id`,
      `/utmaningar/inte-ett-id/intressen/${interestId}`,
      `/utmaningar/00000000-0000-4000-8000-000000000000/intressen/${interestId}`,
      '/utmaningar/inte-ett-id',
      '/utmaningar/00000000-0000-4000-8000-000000000000',
      '/utmaningar/inte-ett-id/andra',
    ]) {
      expect((await app.inject(memberGet(city, url))).statusCode, url).toBe(404);
    }
  });

  it('lets the poster answer, mails the interested side and lists the conversation on both sides', async () => {
    const answer = await app.inject(
      memberForm(cityEditor, `${conversation}?lang=en`, { body: 'Välkomna på möte tisdag.' }),
    );
    expect(answer.statusCode).toBe(303);
    expect(answer.headers.location).toBe(`${conversation}?lang=en&klar=skickat`);
    const [toClub] = await outboxTo(club.user.email);
    expect(toClub?.subject).toBe('Nytt meddelande om ”Trygghet i parken”');
    expect(toClub?.body).toContain('Malmö stad har skrivit');
    expect(toClub?.body).not.toContain('tisdag');
    expect(await outboxTo(clubReader.user.email)).toEqual([]);
    // The writer is not told of their own message; the other poster members are not mailed.
    expect((await outboxTo(cityEditor.user.email)).length).toBe(1);

    const seen = await app.inject(memberGet(club, conversation));
    expect(seen.body).toMatch(/Vi har nattvandrare[\s\S]*Välkomna på möte tisdag\./);
    for (const [member, side] of [
      [club, 'Vi anmälde intresse'],
      [city, 'De anmälde intresse för vårt'],
    ] as const) {
      const inbox = await app.inject(memberGet(member, '/organisation/intressen'));
      expect(inbox.statusCode).toBe(200);
      expect(inbox.body).toMatch(new RegExp(`href="${conversation}"\\s*>Trygghet i parken</a`));
      expect(inbox.body).toContain(side);
    }
    const thirdInbox = await app.inject(memberGet(third, '/organisation/intressen'));
    expect(thirdInbox.body).toContain('inga samtal än');
  });
});

describe('editing', () => {
  it('is for the poster only, records the change and keeps the input on a version conflict', async () => {
    const id = await post(city, { title: 'Att ändra' });
    const edit = `/utmaningar/${id}/andra`;
    expect((await app.inject(memberGet(club, edit))).statusCode).toBe(404);
    expect((await app.inject(memberGet(cityReader, edit))).statusCode).toBe(403);
    const form = await app.inject(memberGet(cityEditor, edit));
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('value="Att ändra"');
    expect(form.body).toContain('name="version" value="1"');

    const first = await app.inject(
      memberForm(cityEditor, edit, { ...VALID, title: 'Ändrad', status: 'pagar', version: '1' }),
    );
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toBe(`/utmaningar/${id}?klar=sparad`);
    expect(await findChallenge(scratch.db, id)).toMatchObject({
      title: 'Ändrad',
      status: 'pagar',
      version: 2,
    });
    const stale = await app.inject(
      memberForm(city, edit, { ...VALID, title: 'Min version', version: '1' }),
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Någon annan har ändrat det här');
    expect(stale.body).toContain('value="Min version"');
    expect(stale.body).toContain('name="version" value="2"');
    expect((await findChallenge(scratch.db, id))?.title).toBe('Ändrad');
    const byOther = await app.inject(memberForm(club, edit, { ...VALID, version: '2' }));
    expect(byOther.statusCode).toBe(404);
  });

  it('closes a challenge to new interest', async () => {
    const id = await post(city, { title: 'Avslutas', status: 'avslutad' });
    const page = await app.inject(memberGet(club, `/utmaningar/${id}`));
    expect(page.body).toContain('Utmaningen är avslutad');
    const refused = await app.inject(
      memberForm(club, `/utmaningar/${id}/intresse`, { message: 'Hej' }),
    );
    expect(refused.statusCode).toBe(409);
  });
});
