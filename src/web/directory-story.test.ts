// A municipality finds and contacts an organisation that fits its challenge, start to finish
// through the forms and the API as people and clients use them: it signs up, saves a case from
// the guide and posts a challenge with goals, its kommun and the case's facts; two idéburna
// organisations sign up and fill their directory entries, one that fits and one that does not;
// the municipality reads why the fitting one comes first and writes to it in samverka; the
// organisation is told by mail, finds the challenge and answers; the municipality reads the
// answer; the organisation that does not fit sees none of it.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { registerApi } from '../api/index';
import { buildServer } from '../app/build-server';
import { migrate } from '../db/migrate';
import { areaName, goalName } from '../domain/directory/index';
import { nextTestEmail, nextTestOrgnr, TEST_PASSWORD } from '../test-support/accounts';
import { CookieJar, setCookieLines } from '../test-support/cookies';
import { describeEachDatabase } from '../test-support/databases';
import { IDEBUREN_CANDIDATE_PERMALINK } from '../test-support/ideburen-candidate';

type Fields = Record<string, string | string[]>;

/** A browser: its cookies, kept between requests. */
class Browser {
  private readonly jar = new CookieJar();
  constructor(private readonly app: FastifyInstance) {}

  async get(url: string) {
    const response = await this.app.inject({ url, headers: { cookie: this.jar.header() } });
    this.jar.remember(setCookieLines(response.headers['set-cookie']));
    return response;
  }

  /** Opens `page`, then posts the form to `action` with the page's CSRF token. */
  async submit(page: string, action: string, fields: Fields) {
    const shown = await this.get(page);
    const csrf = /name="csrf" value="([^"]+)"/.exec(shown.body)?.[1];
    if (csrf === undefined) throw new Error(`${page} has no form (status ${shown.statusCode})`);
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries({ ...fields, csrf })) {
      const values: string[] = Array.isArray(value) ? value : [value];
      for (const v of values) body.append(name, v);
    }
    const response = await this.app.inject({
      method: 'POST',
      url: action,
      headers: {
        cookie: this.jar.header(),
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: body.toString(),
    });
    this.jar.remember(setCookieLines(response.headers['set-cookie']));
    return response;
  }
}

interface Member {
  browser: Browser;
  email: string;
  orgnr: string;
  name: string;
}

const MALMO = '1280';
const STOCKHOLM = '0180';
const GOALS = ['minskat-utanforskap', 'arbete-och-sysselsattning'];
const TITLE = 'Långtidsarbetslösa unga i Malmö utan väg in';
const FIRST_MESSAGE = 'Vi vill prata med er om arbetsträning för unga i Rosengård.';
const ANSWER = 'Gärna! Vi har haft arbetsträning för unga i fem år och kan börja i vår.';

describeEachDatabase('a municipality finds and contacts an organisation that fits', (target) => {
  let app: FastifyInstance;
  let dispose: (() => Promise<void>) | undefined;
  let city: Member;
  let fitting: Member;
  let other: Member;
  let challengeId = '';
  let conversation = '';

  async function signUp(name: string, kind: 'public-body' | 'ideburen'): Promise<Member> {
    const browser = new Browser(app);
    const email = nextTestEmail('owner');
    const orgnr = nextTestOrgnr();
    const response = await browser.submit('/registrera', '/registrera', {
      name: `Ägare på ${name}`,
      email,
      password: TEST_PASSWORD,
      passwordConfirm: TEST_PASSWORD,
      organisationName: name,
      orgnr,
      kind,
    });
    expect(response.statusCode).toBe(303);
    return { browser, email, orgnr, name };
  }

  async function token(member: Member, scope: 'read' | 'write'): Promise<string> {
    const created = await member.browser.submit(
      '/organisation/api-nycklar',
      '/organisation/api-nycklar',
      { name: 'System', scope },
    );
    const secret = /svk_[A-Za-z0-9_-]{20,}/.exec(created.body)?.[0];
    expect(secret).toBeDefined();
    return secret!;
  }

  /** The orgnrs of the ranked entries on a matches page, in their order. */
  function rankedOrgnrs(body: string): string[] {
    const list = /<ol class="match-list"[\s\S]*?<\/ol>/.exec(body)?.[0] ?? '';
    return [...list.matchAll(/<h3>\s*<a href="\/aktorer\/(\d{10})/g)].map((m) => m[1]!);
  }

  beforeAll(async () => {
    const fresh = await target.freshForSuite();
    dispose = () => fresh.dispose();
    await migrate(fresh.db);
    app = await buildServer({ db: fresh.db, routes: [registerApi] });
  });
  afterAll(async () => {
    await app?.close();
    await dispose?.();
  });

  it('the municipality signs up and posts a challenge with goals, its kommun and a saved case', async () => {
    city = await signUp('Malmö stad', 'public-body');
    const saved = await city.browser.submit(
      `/arenden/nytt?${IDEBUREN_CANDIDATE_PERMALINK}`,
      `/arenden?${IDEBUREN_CANDIDATE_PERMALINK}`,
      { title: 'Arbetsträning för unga' },
    );
    expect(saved.statusCode).toBe(303);
    const caseId = /\/arenden\/([0-9a-f-]{36})/.exec(String(saved.headers.location))?.[1];
    expect(caseId).toBeDefined();

    const posted = await city.browser.submit('/utmaningar/ny', '/utmaningar/ny', {
      title: TITLE,
      description: 'Unga som har stått utanför arbetsmarknaden länge behöver en väg in.',
      goals: GOALS,
      areaCodes: MALMO,
      cpv: '',
      startsOn: '2027-01-01',
      endsOn: '2028-12-31',
      budgetSek: '900 000',
      status: 'dialog',
      caseId: caseId!,
    });
    expect(posted.statusCode).toBe(303);
    challengeId = /^\/utmaningar\/([0-9a-f-]{36})\?/.exec(String(posted.headers.location))![1]!;
    const page = await city.browser.get(`/utmaningar/${challengeId}`);
    expect(page.body).toContain(TITLE);
    // The case's facts give the forms the engine finds open.
    expect(page.body).toContain('Samverkansformer som är öppna');
  });

  it('two idéburna organisations sign up and fill their directory entries', async () => {
    fitting = await signUp('Föreningen Arbetsvägen', 'ideburen');
    other = await signUp('Klimatföreningen Norr', 'ideburen');
    const entry = (member: Member, fields: Fields) =>
      member.browser.submit('/organisation/katalog', '/organisation/katalog', {
        name: member.name,
        kind: 'ideburen',
        legalForm: 'ideell-forening',
        registeredIdeburen: 'yes',
        registeredIdeburenOn: '2024-01-15',
        cpv: '',
        capacity: 'Tjugo platser om året.',
        contactName: 'Sara Berg',
        contactEmail: 'kontakt@exempel.se',
        contactPhone: '040-12 34 56',
        website: '',
        version: '',
        ...fields,
      });
    const fits = await entry(fitting, {
      workIntegrationMainAim: 'yes',
      disadvantagedStaffShare: '60',
      areaCodes: [MALMO],
      goals: GOALS,
      description: 'Arbetsträning och vägar till jobb för unga som stått utanför länge.',
    });
    expect(fits.statusCode).toBe(303);
    const fitsNot = await entry(other, {
      workIntegrationMainAim: 'no',
      disadvantagedStaffShare: '',
      areaCodes: [STOCKHOLM],
      goals: ['klimat-och-miljo'],
      description: 'Trädplantering och klimatprat i Stockholm.',
    });
    expect(fitsNot.statusCode).toBe(303);
    for (const member of [fitting, other]) {
      expect((await city.browser.get(`/aktorer/${member.orgnr}`)).statusCode).toBe(200);
    }
  });

  it('the municipality sees the fitting organisation first, with reasons it can read, and the API agrees', async () => {
    const path = `/utmaningar/${challengeId}/matchningar`;
    const sv = await city.browser.get(path);
    expect(sv.statusCode).toBe(200);
    const order = rankedOrgnrs(sv.body);
    expect(order[0]).toBe(fitting.orgnr);
    if (order.includes(other.orgnr)) expect(order.indexOf(other.orgnr)).toBeGreaterThan(0);
    const firstSv = /<li class="match">[\s\S]*?<\/li>\s*<\/ul>/.exec(sv.body)?.[0] ?? '';
    expect(firstSv).toContain('Arbetar med 2 av era 2 mål');
    for (const goal of GOALS) expect(firstSv).toContain(goalName(goal, 'sv'));
    expect(firstSv).toContain(`Verkar i ${areaName(MALMO, 'sv')}.`);

    const en = await city.browser.get(`${path}?lang=en`);
    const firstEn = /<li class="match">[\s\S]*?<\/li>\s*<\/ul>/.exec(en.body)?.[0] ?? '';
    expect(firstEn).toContain('Works on 2 of your 2 goals');
    for (const goal of GOALS) expect(firstEn).toContain(goalName(goal, 'en'));
    expect(firstEn).toContain(`Serves ${areaName(MALMO, 'en')}.`);

    const api = await app.inject({ url: `/api/v1/challenges/${challengeId}/matches` });
    expect(api.statusCode).toBe(200);
    const items = api.json<{ items: { organisation: { orgnr: string } }[] }>().items;
    expect(items.map((i) => i.organisation.orgnr)).toEqual(order);
  });

  it('the municipality writes to it through samverka, and the organisation is told by mail', async () => {
    const matches = await city.browser.get(`/utmaningar/${challengeId}/matchningar`);
    const link = `/utmaningar/${challengeId}/kontakta?orgnr=${fitting.orgnr}`;
    expect(matches.body).toContain(link);
    expect(matches.body).toContain(`Skriv till ${fitting.name} i samverka`);
    const sent = await city.browser.submit(link, `/utmaningar/${challengeId}/kontakta`, {
      orgnr: fitting.orgnr,
      message: FIRST_MESSAGE,
    });
    expect(sent.statusCode).toBe(303);
    conversation = /^(\/utmaningar\/[0-9a-f-]{36}\/intressen\/[0-9a-f-]{36})\?/.exec(
      String(sent.headers.location),
    )![1]!;
    expect((await city.browser.get(conversation)).body).toContain(FIRST_MESSAGE);

    const mail = await app.db.query<{ subject: string; body: string }>(
      'SELECT subject, body FROM outbox WHERE to_address = $1',
      [fitting.email],
    );
    expect(mail.rows).toHaveLength(1);
    expect(mail.rows[0]!.subject).toBe(`Någon vill samverka med er om ”${TITLE}”`);
    expect(mail.rows[0]!.body).toContain(conversation);
    expect(mail.rows[0]!.body).not.toContain(FIRST_MESSAGE);
  });

  it('the organisation finds the challenge, opens the conversation from its list and answers', async () => {
    const own = await fitting.browser.get(`/aktorer/${fitting.orgnr}/matchningar`);
    expect(own.body).toContain(TITLE);
    const board = await fitting.browser.get(
      `/utmaningar?q=${encodeURIComponent('långtidsarbetslös')}`,
    );
    expect(board.body).toContain(TITLE);
    const inbox = await fitting.browser.get('/organisation/intressen');
    expect(inbox.body).toContain(TITLE);
    expect(inbox.body).toContain(conversation);
    // The municipality began this conversation, not the organisation.
    expect(inbox.body).toContain('De skrev till oss om sitt');
    expect(inbox.body).not.toContain('Vi anmälde intresse');
    const opened = await fitting.browser.get(conversation);
    expect(opened.statusCode).toBe(200);
    expect(opened.body).toContain(FIRST_MESSAGE);
    const answered = await fitting.browser.submit(conversation, conversation, { body: ANSWER });
    expect(answered.statusCode).toBe(303);
  });

  it('the municipality reads the answer, and the API gives the same conversation to both sides', async () => {
    const read = await city.browser.get(conversation);
    expect(read.body).toContain(ANSWER);
    expect((await city.browser.get('/organisation/intressen')).body).toContain(
      'Vi skrev till dem om vårt',
    );
    const interestId = conversation.split('/').pop()!;
    for (const member of [city, fitting]) {
      const messages = await app.inject({
        url: `/api/v1/interests/${interestId}/messages`,
        headers: { authorization: `Bearer ${await token(member, 'read')}` },
      });
      expect(messages.statusCode).toBe(200);
      const bodies = messages.json<{ messages: { body: string }[] }>().messages.map((m) => m.body);
      expect(bodies).toEqual([FIRST_MESSAGE, ANSWER]);
    }
  });

  it('the organisation that does not fit sees neither the conversation nor its messages', async () => {
    expect((await other.browser.get(conversation)).statusCode).toBe(404);
    const inbox = await other.browser.get('/organisation/intressen');
    expect(inbox.body).not.toContain(conversation);
    const interestId = conversation.split('/').pop()!;
    const auth = { authorization: `Bearer ${await token(other, 'write')}` };
    for (const url of [
      `/api/v1/interests/${interestId}/messages`,
      `/api/v1/challenges/${challengeId}/interests`,
    ]) {
      const response = await app.inject({ url, headers: auth });
      expect(response.statusCode, url).toBe(404);
      expect(response.body).not.toContain(FIRST_MESSAGE);
      expect(response.body).not.toContain(ANSWER);
    }
    const contact = await app.inject({
      method: 'POST',
      url: `/api/v1/challenges/${challengeId}/contacts`,
      headers: { ...auth, 'content-type': 'application/json' },
      payload: JSON.stringify({ orgnr: fitting.orgnr, message: 'Hej' }),
    });
    expect(contact.statusCode).toBe(404);
  });
});
