// Sign-in through an organisation's identity provider, end to end over HTTP: samverka listens on a
// loopback port, a real OpenID Connect provider (oidc-provider) on another, and the test is the
// browser between them, carrying each side's cookies.
import type { FastifyInstance } from 'fastify';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMembership,
  createUser,
  findOidcProviderOfOrganisation,
  listAudit,
  OIDC_START_LIMIT,
  saveOidcProvider,
} from '../../../accounts/index';
import { buildServer } from '../../../app/build-server';
import { migrate } from '../../../db/migrate';
import {
  createTestMember,
  createTestOrganisation,
  memberForm,
  memberGet,
  TEST_PASSWORD,
  type TestMember,
} from '../../../test-support/accounts';
import { CookieJar } from '../../../test-support/cookies';
import { openScratchPglite, type ScratchDatabase } from '../../../test-support/databases';
import { startTestOidcProvider, type TestOidcProvider } from '../../../test-support/oidc-provider';
import { SESSION_COOKIE } from '../../auth/auth-cookies';
import { OIDC_STATE_COOKIE } from './oidc-routes';

const DOMAIN = 'kommun.example';

let scratch: ScratchDatabase;
let app: FastifyInstance;
let origin: string;
let idp: TestOidcProvider;
let owner: TestMember;
/** Added to the real time: the provider's tokens carry real times, so the clock only moves on. */
let clockOffsetMs = 0;
const logLines: string[] = [];

beforeAll(async () => {
  scratch = await openScratchPglite();
  await migrate(scratch.db);
  app = await buildServer({
    db: scratch.db,
    now: () => new Date(Date.now() + clockOffsetMs),
    logger: {
      level: 'info',
      stream: new Writable({
        write(chunk: Buffer, _encoding, done) {
          logLines.push(chunk.toString('utf8'));
          done();
        },
      }),
    },
  });
  origin = await app.listen({ port: 0, host: '127.0.0.1' });
  idp = await startTestOidcProvider({ redirectUri: `${origin}/logga-in/organisation/svar` });
  owner = await createTestOrganisation(scratch.db, app, { name: 'Kommunen' });
  await scratch.db.transaction((tx) =>
    saveOidcProvider(tx, {
      organisationId: owner.organisationId,
      settings: {
        emailDomain: DOMAIN,
        issuer: idp.issuer,
        clientId: idp.clientId,
        clientSecret: idp.clientSecret,
        defaultRole: 'editor',
      },
      actor: { kind: 'user', userId: owner.user.id },
      now: new Date(),
    }),
  );
});

afterAll(async () => {
  await app.close();
  await idp.close();
  await scratch.dispose();
});

/** A browser at samverka: its cookies, kept between requests. */
class Browser extends CookieJar {
  async fetch(path: string, init: { method?: string; form?: Record<string, string> } = {}) {
    const response = await fetch(new URL(path, origin), {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      redirect: 'manual',
      headers: {
        cookie: this.header(),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: init.form ? new URLSearchParams(init.form).toString() : null,
    });
    this.remember(response.headers.getSetCookie());
    return {
      status: response.status,
      location: response.headers.get('location'),
      body: await response.text(),
    };
  }

  /** Posts the organisation sign-in form with `email` and returns the page that answers. */
  async start(email: string, lang = '') {
    const form = await this.fetch(`/logga-in/organisation${lang}`);
    const csrf = /name="csrf" value="([^"]+)"/.exec(form.body)?.[1] ?? '';
    return this.fetch(`/logga-in/organisation${lang}`, { form: { csrf, email } });
  }
}

/** The provider's address on the page on the way there. */
function onwardLink(body: string): string {
  const href = /<a class="button" href="([^"]+)"/.exec(body)?.[1];
  if (href === undefined) throw new Error(`no link on to the provider in:\n${body}`);
  return href.replaceAll('&amp;', '&');
}

/** Begins in `browser`, signs in at the provider as `account`, returns the callback address. */
async function throughProvider(
  browser: Browser,
  email: string,
  account: Parameters<TestOidcProvider['signInAs']>[0],
): Promise<string> {
  const onward = await browser.start(email);
  expect(onward.status).toBe(200);
  idp.signInAs(account);
  return idp.authorize(onwardLink(onward.body));
}

async function membership(email: string) {
  const { rows } = await scratch.db.query<{ role: string; has_password: boolean }>(
    `SELECT m.role, u.password_hash IS NOT NULL AS has_password
       FROM users u LEFT JOIN memberships m ON m.user_id = u.id AND m.organisation_id = $2
      WHERE lower(u.email) = lower($1)`,
    [email, owner.organisationId],
  );
  return rows;
}

describe('sign-in through the organisation’s provider', () => {
  it('signs a new person in, makes them a member with the default role, and records it', async () => {
    const browser = new Browser();
    const onward = await browser.start(`Anna@${DOMAIN}`);
    expect(onward.status).toBe(200);
    expect(onward.body).toContain('Logga in hos Kommunen');
    expect(browser.cookies.get(OIDC_STATE_COOKIE)).toBeTruthy();
    const authorization = new URL(onwardLink(onward.body));
    expect(authorization.origin).toBe(idp.issuer);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('redirect_uri')).toBe(
      `${origin}/logga-in/organisation/svar`,
    );

    idp.signInAs({
      sub: 'anna',
      email: `anna@${DOMAIN}`,
      email_verified: true,
      name: 'Anna Andersson',
    });
    const callback = await idp.authorize(authorization.href);
    const done = await browser.fetch(callback);
    expect(done.status).toBe(303);
    expect(done.location).toBe('/arenden');
    expect(browser.cookies.get(SESSION_COOKIE)).toBeTruthy();
    expect(browser.cookies.has(OIDC_STATE_COOKIE)).toBe(false);

    expect(await membership(`anna@${DOMAIN}`)).toEqual([{ role: 'editor', has_password: false }]);
    const home = await browser.fetch('/');
    expect(home.body).toContain('Anna Andersson');
    expect(home.body).toContain('Kommunen');
    const audit = await listAudit(scratch.db, owner.organisationId, { limit: 5 });
    expect(audit[0]).toMatchObject({
      action: 'member.joined',
      detail: { role: 'editor', via: 'oidc' },
    });
    const session = await scratch.db.query<{ method: string; organisation_id: string }>(
      `SELECT s.method, s.organisation_id FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE lower(u.email) = lower($1)`,
      [`anna@${DOMAIN}`],
    );
    expect(session.rows).toEqual([{ method: 'oidc', organisation_id: owner.organisationId }]);
  });

  it('signs a member in again with the role they have, without a new membership', async () => {
    const email = `bo@${DOMAIN}`;
    const first = new Browser();
    expect(
      (await first.fetch(await throughProvider(first, email, { sub: 'bo', email }))).status,
    ).toBe(303);
    await scratch.db.query(
      `UPDATE memberships SET role = 'reader' WHERE organisation_id = $1
          AND user_id = (SELECT id FROM users WHERE email = $2)`,
      [owner.organisationId, email],
    );
    const joinedBefore = (await listAudit(scratch.db, owner.organisationId, { limit: 100 })).filter(
      (e) => e.action === 'member.joined',
    ).length;
    const second = new Browser();
    expect(
      (await second.fetch(await throughProvider(second, email, { sub: 'bo', email }))).status,
    ).toBe(303);
    expect(await membership(email)).toEqual([{ role: 'reader', has_password: false }]);
    const joinedAfter = (await listAudit(scratch.db, owner.organisationId, { limit: 100 })).filter(
      (e) => e.action === 'member.joined',
    ).length;
    expect(joinedAfter).toBe(joinedBefore);
  });

  it('signs in a member who also has a password, keeping the password', async () => {
    const member = await createTestMember(scratch.db, app, owner.organisationId, 'owner');
    const email = `ci-${Date.now()}@${DOMAIN}`;
    await scratch.db.query('UPDATE users SET email = $2 WHERE id = $1', [member.user.id, email]);
    const browser = new Browser();
    const done = await browser.fetch(await throughProvider(browser, email, { sub: 'ci', email }));
    expect(done.status).toBe(303);
    expect(await membership(email)).toEqual([{ role: 'owner', has_password: true }]);
  });

  it('refuses an answer whose state was changed on the way', async () => {
    const browser = new Browser();
    const callback = new URL(
      await throughProvider(browser, `di@${DOMAIN}`, { sub: 'di', email: `di@${DOMAIN}` }),
    );
    callback.searchParams.set('state', 'changed-on-the-way');
    const refused = await browser.fetch(callback.pathname + callback.search);
    expect(refused.status).toBe(400);
    expect(refused.body).toContain('Inloggningen via organisationen gick inte');
    expect(browser.cookies.has(SESSION_COOKIE)).toBe(false);
    expect(await membership(`di@${DOMAIN}`)).toEqual([]);
  });

  it('refuses an answer opened in another browser than the one that began (no login CSRF)', async () => {
    const attacker = new Browser();
    const callback = await throughProvider(attacker, `ed@${DOMAIN}`, {
      sub: 'ed',
      email: `ed@${DOMAIN}`,
    });
    const victim = new Browser();
    await victim.fetch('/logga-in');
    const refused = await victim.fetch(callback);
    expect(refused.status).toBe(400);
    expect(victim.cookies.has(SESSION_COOKIE)).toBe(false);
  });

  it('refuses the same answer the second time (a state is used once)', async () => {
    const browser = new Browser();
    const email = `fi@${DOMAIN}`;
    const callback = await throughProvider(browser, email, { sub: 'fi', email });
    const state = browser.cookies.get(OIDC_STATE_COOKIE) ?? '';
    expect((await browser.fetch(callback)).status).toBe(303);
    const again = new Browser();
    again.cookies.set(OIDC_STATE_COOKIE, state);
    const replayed = await again.fetch(callback);
    expect(replayed.status).toBe(400);
    expect(replayed.body).toContain('redan använts');
    expect(again.cookies.has(SESSION_COOKIE)).toBe(false);
  });

  it('refuses an answer that comes back after ten minutes', async () => {
    const browser = new Browser();
    const email = `gun@${DOMAIN}`;
    const callback = await throughProvider(browser, email, { sub: 'gun', email });
    clockOffsetMs = 10 * 60 * 1000 + 1000;
    try {
      const late = await browser.fetch(callback);
      expect(late.status).toBe(400);
      expect(browser.cookies.has(SESSION_COOKIE)).toBe(false);
    } finally {
      clockOffsetMs = 0;
    }
    expect(await membership(email)).toEqual([]);
  });

  it('refuses an address outside the organisation’s domain, and creates nobody', async () => {
    const browser = new Browser();
    const callback = await throughProvider(browser, `hans@${DOMAIN}`, {
      sub: 'hans',
      email: 'hans@annan.example',
      email_verified: true,
    });
    const refused = await browser.fetch(callback);
    expect(refused.status).toBe(403);
    expect(refused.body).toContain('hör inte till organisationens domän');
    expect(browser.cookies.has(SESSION_COOKIE)).toBe(false);
    const { rows } = await scratch.db.query(
      `SELECT 1 FROM users WHERE email IN ('hans@annan.example', 'hans@${DOMAIN}')`,
    );
    expect(rows).toEqual([]);
  });

  it('refuses an address the provider says is not verified', async () => {
    const browser = new Browser();
    const email = `ida@${DOMAIN}`;
    const refused = await browser.fetch(
      await throughProvider(browser, email, { sub: 'ida', email, email_verified: false }),
    );
    expect(refused.status).toBe(403);
    expect(await membership(email)).toEqual([]);
  });

  it('refuses an answer without an address', async () => {
    const browser = new Browser();
    const refused = await browser.fetch(
      await throughProvider(browser, `jan@${DOMAIN}`, { sub: 'jan' }),
    );
    expect(refused.status).toBe(403);
    expect(refused.body).toContain('email');
  });

  it('shows a clear page when the person cancels at the provider', async () => {
    const browser = new Browser();
    const refused = await browser.fetch(await throughProvider(browser, `kim@${DOMAIN}`, 'deny'));
    expect(refused.status).toBe(403);
    expect(refused.body).toContain('avbröts eller nekades');
  });

  it('does not take over an account at the domain that is not a member of the organisation', async () => {
    const email = `lo@${DOMAIN}`;
    await createUser(scratch.db, { email, name: 'Lo', password: TEST_PASSWORD });
    const browser = new Browser();
    const refused = await browser.fetch(
      await throughProvider(browser, email, { sub: 'lo', email }),
    );
    expect(refused.status).toBe(403);
    expect(refused.body).toContain('inte medlem i organisationen');
    expect(await membership(email)).toEqual([{ role: null, has_password: true }]);
  });

  it('answers in English when the sign-in began in English', async () => {
    const browser = new Browser();
    const email = `mo@${DOMAIN}`;
    const onward = await browser.start(email, '?lang=en');
    expect(onward.body).toContain('Sign in at Kommunen');
    idp.signInAs({ sub: 'mo', email });
    const done = await browser.fetch(await idp.authorize(onwardLink(onward.body)));
    expect(done.location).toBe('/arenden?lang=en');
  });

  it('names the field for an address whose domain has no provider, whether or not it has an account', async () => {
    const known = await createUser(scratch.db, {
      email: 'known@ingen-idp.example',
      name: 'Known',
      password: TEST_PASSWORD,
    });
    const answers = [];
    for (const email of [known.email, 'unknown@ingen-idp.example']) {
      const browser = new Browser();
      const page = await browser.start(email);
      expect(page.status).toBe(400);
      expect(page.body).toContain('href="#email"');
      expect(page.body).toContain('@ingen-idp.example');
      answers.push(/<div class="error-summary"[\s\S]*?<\/div>/.exec(page.body)?.[0]);
    }
    expect(answers[0]).toBe(answers[1]);
    const browser = new Browser();
    const empty = await browser.start('');
    expect(empty.status).toBe(400);
    expect(empty.body).toContain('Fyll i fältet.');
  });

  it('answers 429 with Retry-After when one address begins too many sign-ins', async () => {
    const address = '10.9.0.1';
    const form = await app.inject({ url: '/logga-in/organisation', remoteAddress: address });
    const csrf = /name="csrf" value="([^"]+)"/.exec(form.body)?.[1] ?? '';
    const cookie = String(form.headers['set-cookie']).split(';')[0] ?? '';
    const begin = () =>
      app.inject({
        method: 'POST',
        url: '/logga-in/organisation',
        remoteAddress: address,
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
        payload: new URLSearchParams({ csrf, email: `x@${DOMAIN}` }).toString(),
      });
    for (let i = 0; i < OIDC_START_LIMIT.max; i++) expect((await begin()).statusCode).toBe(200);
    const refused = await begin();
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body).toContain('för många försök på kort tid');
  });

  it('logs refusals without codes, states or the client secret', () => {
    const log = logLines.join('\n');
    expect(log).toContain('sign-in through identity provider refused');
    expect(log).not.toContain(idp.clientSecret);
    expect(log).not.toMatch(/[?&]code=/);
    expect(log).not.toMatch(/"state":"[\w-]{20,}"/);
  });
});

describe('the settings of the organisation’s provider', () => {
  it('shows owners the address to register at the provider', async () => {
    const request = memberGet(owner, '/organisation/inloggning');
    const page = await app.inject({
      ...request,
      headers: { ...request.headers, host: new URL(origin).host },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`${origin}/logga-in/organisation/svar`);
    expect(page.body).toContain(`@${DOMAIN}`);
    expect(page.body).not.toContain(idp.clientSecret);
  });

  it('is for owners only', async () => {
    const editor = await createTestMember(scratch.db, app, owner.organisationId, 'editor');
    expect((await app.inject(memberGet(editor, '/organisation/inloggning'))).statusCode).toBe(403);
    const post = await app.inject(
      memberForm(editor, '/organisation/inloggning', { emailDomain: 'x.example' }),
    );
    expect(post.statusCode).toBe(403);
    const signedOut = await app.inject(memberGet(undefined, '/organisation/inloggning'));
    expect(signedOut.statusCode).toBe(303);
    expect(signedOut.headers.location).toContain('/logga-in');
  });

  it('saves settings that reach the provider, keeps the secret when left empty, and records it', async () => {
    const other = await createTestOrganisation(scratch.db, app, { name: 'Regionen' });
    const saved = await app.inject(
      memberForm(other, '/organisation/inloggning', {
        emailDomain: '@Region.Example',
        issuer: idp.issuer,
        clientId: idp.clientId,
        clientSecret: 'first-secret',
        defaultRole: 'reader',
      }),
    );
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/organisation/inloggning?sparad=1');
    const again = await app.inject(
      memberForm(other, '/organisation/inloggning', {
        emailDomain: 'region.example',
        issuer: idp.issuer,
        clientId: idp.clientId,
        clientSecret: '',
        defaultRole: 'editor',
      }),
    );
    expect(again.statusCode).toBe(303);
    const stored = await findOidcProviderOfOrganisation(scratch.db, other.organisationId);
    expect(stored).toMatchObject({
      emailDomain: 'region.example',
      clientSecret: 'first-secret',
      defaultRole: 'editor',
    });
    const audit = await listAudit(scratch.db, other.organisationId, { limit: 2 });
    expect(audit.map((e) => e.action)).toEqual(['oidc.configured', 'oidc.configured']);
    expect(JSON.stringify(audit)).not.toContain('first-secret');

    const removed = await app.inject(memberForm(other, '/organisation/inloggning/ta-bort', {}));
    expect(removed.statusCode).toBe(303);
    expect(await findOidcProviderOfOrganisation(scratch.db, other.organisationId)).toBeUndefined();
  });

  it('names every field with a problem and saves nothing', async () => {
    const other = await createTestOrganisation(scratch.db, app);
    const response = await app.inject(
      memberForm(other, '/organisation/inloggning?lang=en', {
        emailDomain: 'not a domain',
        issuer: 'http://login.example.se',
        clientId: '',
        clientSecret: '',
        defaultRole: 'king',
      }),
    );
    expect(response.statusCode).toBe(400);
    for (const field of ['emailDomain', 'issuer', 'clientId', 'defaultRole']) {
      expect(response.body).toContain(`href="#${field}"`);
    }
    expect(response.body).toContain('must begin with https://');
    expect(await findOidcProviderOfOrganisation(scratch.db, other.organisationId)).toBeUndefined();
  });

  it('says so when no provider answers at the issuer address', async () => {
    const other = await createTestOrganisation(scratch.db, app);
    const response = await app.inject(
      memberForm(other, '/organisation/inloggning', {
        emailDomain: 'tyst.example',
        issuer: `${idp.issuer}/finns-inte`,
        clientId: 'x',
        clientSecret: '',
        defaultRole: 'reader',
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('href="#issuer"');
    expect(response.body).toContain('Ingen identitetsleverantör svarade');
  });

  it('refuses a domain another organisation signs in with', async () => {
    const other = await createTestOrganisation(scratch.db, app);
    const response = await app.inject(
      memberForm(other, '/organisation/inloggning', {
        emailDomain: DOMAIN,
        issuer: idp.issuer,
        clientId: idp.clientId,
        clientSecret: 'x',
        defaultRole: 'reader',
      }),
    );
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('En annan organisation loggar redan in');
  });
});

describe('membership of the organisation after sign-in', () => {
  it('a member added another way keeps their role when they sign in through the provider', async () => {
    const email = `nils@${DOMAIN}`;
    const user = await createUser(scratch.db, { email, name: 'Nils', password: null });
    await addMembership(scratch.db, {
      organisationId: owner.organisationId,
      userId: user.id,
      role: 'owner',
      now: new Date(),
    });
    const browser = new Browser();
    expect(
      (await browser.fetch(await throughProvider(browser, email, { sub: 'nils', email }))).status,
    ).toBe(303);
    expect(await membership(email)).toEqual([{ role: 'owner', has_password: false }]);
  });
});
