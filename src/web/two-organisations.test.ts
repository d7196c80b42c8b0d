// Two organisations, start to finish through the forms and the API as people and clients use
// them: each signs up, invites a colleague who joins by the mailed link, saves a case from the
// guide and re-assesses it, and creates an API token. Neither sees anything of the other's.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { registerApi } from '../api/index';
import { buildServer } from '../app/build-server';
import { migrate } from '../db/migrate';
import { nextTestEmail, nextTestOrgnr, TEST_PASSWORD } from '../test-support/accounts';
import { CookieJar, setCookieLines } from '../test-support/cookies';
import { describeEachDatabase } from '../test-support/databases';
import { IDEBUREN_CANDIDATE_PERMALINK } from '../test-support/ideburen-candidate';

/** A browser: its cookies, kept between requests. */
class Browser {
  private readonly jar = new CookieJar();
  constructor(private readonly app: FastifyInstance) {}

  async get(url: string) {
    const response = await this.app.inject({ url, headers: { cookie: this.jar.header() } });
    this.jar.remember(setCookieLines(response.headers['set-cookie']));
    return response;
  }

  /** Opens `page`, then posts the first form that goes to `action` with its CSRF token. */
  async submit(page: string, action: string, fields: Record<string, string>) {
    const shown = await this.get(page);
    const csrf = /name="csrf" value="([^"]+)"/.exec(shown.body)?.[1];
    if (csrf === undefined) throw new Error(`${page} has no form (status ${shown.statusCode})`);
    const response = await this.app.inject({
      method: 'POST',
      url: action,
      headers: {
        cookie: this.jar.header(),
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: new URLSearchParams({ ...fields, csrf }).toString(),
    });
    this.jar.remember(setCookieLines(response.headers['set-cookie']));
    return response;
  }
}

interface Organisation {
  name: string;
  owner: Browser;
  colleague: Browser;
  caseId: string;
  caseTitle: string;
  token: string;
}

describeEachDatabase('two organisations side by side', (target) => {
  let app: FastifyInstance;
  let dispose: (() => Promise<void>) | undefined;
  const orgs: Organisation[] = [];

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

  it.each(['Stadens förvaltning', 'Föreningen Grannar'])(
    '%s signs up, invites a colleague who joins, saves and re-assesses a case, and gets a token',
    async (name) => {
      const owner = new Browser(app);
      const signUp = await owner.submit('/registrera', '/registrera', {
        name: `Ägare för ${name}`,
        email: nextTestEmail('owner'),
        password: TEST_PASSWORD,
        passwordConfirm: TEST_PASSWORD,
        organisationName: name,
        orgnr: nextTestOrgnr(),
        kind: name.startsWith('Föreningen') ? 'ideburen' : 'public-body',
      });
      expect(signUp.statusCode).toBe(303);

      const colleagueEmail = nextTestEmail('colleague');
      const invited = await owner.submit(
        '/organisation/inbjudningar',
        '/organisation/inbjudningar',
        {
          email: colleagueEmail,
          role: 'editor',
        },
      );
      expect(invited.statusCode).toBe(200);
      const mail = await app.db.query<{ body: string }>(
        'SELECT body FROM outbox WHERE to_address = $1',
        [colleagueEmail],
      );
      const link = /\/inbjudan\/[A-Za-z0-9_-]+/.exec(mail.rows[0]?.body ?? '')?.[0];
      expect(link).toBeDefined();

      const colleague = new Browser(app);
      const joined = await colleague.submit(link!, link!, {
        name: `Kollega på ${name}`,
        password: TEST_PASSWORD,
        passwordConfirm: TEST_PASSWORD,
      });
      expect(joined.statusCode).toBe(303);
      expect((await colleague.get('/organisation')).body).toContain(name);

      const caseTitle = `Ärende hos ${name}`;
      const saved = await colleague.submit(
        `/arenden/nytt?${IDEBUREN_CANDIDATE_PERMALINK}`,
        `/arenden?${IDEBUREN_CANDIDATE_PERMALINK}`,
        {
          title: caseTitle,
        },
      );
      expect(saved.statusCode).toBe(303);
      const caseId = /\/arenden\/([0-9a-f-]{36})/.exec(String(saved.headers.location))?.[1];
      expect(caseId).toBeDefined();

      const page = await colleague.get(`/arenden/${caseId}`);
      const version = /name="version" value="(\d+)"/.exec(page.body)?.[1] ?? '';
      const reassessed = await colleague.submit(
        `/arenden/${caseId}`,
        `/arenden/${caseId}/omprovning`,
        { version },
      );
      expect(reassessed.statusCode).toBe(303);
      const assessments = await app.db.query('SELECT 1 FROM case_assessments WHERE case_id = $1', [
        caseId,
      ]);
      expect(assessments.rowCount).toBe(2);

      const created = await owner.submit('/organisation/api-nycklar', '/organisation/api-nycklar', {
        name: 'Rapporter',
        scope: 'read',
      });
      const token = /svk_[A-Za-z0-9_-]{20,}/.exec(created.body)?.[0];
      expect(token).toBeDefined();
      orgs.push({ name, owner, colleague, caseId: caseId!, caseTitle, token: token! });
    },
  );

  it('neither sees anything of the other, through pages or the API', async () => {
    expect(orgs).toHaveLength(2);
    for (const [mine, theirs] of [
      [orgs[0]!, orgs[1]!],
      [orgs[1]!, orgs[0]!],
    ] as const) {
      for (const person of [mine.owner, mine.colleague]) {
        const list = await person.get('/arenden');
        expect(list.body).toContain(mine.caseTitle);
        expect(list.body).not.toContain(theirs.caseTitle);
        for (const path of ['', '/beslutsunderlag.md', '/beslutsunderlag.pdf']) {
          expect((await person.get(`/arenden/${theirs.caseId}${path}`)).statusCode).toBe(404);
        }
        for (const page of ['/organisation', '/organisation/medlemmar']) {
          expect((await person.get(page)).body).not.toContain(theirs.name);
        }
      }
      const log = await mine.owner.get('/organisation/logg');
      expect(log.statusCode).toBe(200);
      expect(log.body).not.toContain(theirs.caseTitle);

      const auth = { authorization: `Bearer ${mine.token}` };
      const listed = await app.inject({ url: '/api/v1/cases', headers: auth });
      expect(listed.statusCode).toBe(200);
      expect(listed.body).toContain(mine.caseId);
      expect(listed.body).not.toContain(theirs.caseId);
      for (const path of ['', '/memo?format=md']) {
        const other = await app.inject({
          url: `/api/v1/cases/${theirs.caseId}${path}`,
          headers: auth,
        });
        expect(other.statusCode).toBe(404);
        expect(other.body).not.toContain(theirs.caseTitle);
      }
    }
  });
});
