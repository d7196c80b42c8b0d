import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../../app/build-server';
import { migrate } from '../../../db/migrate';
import { createUser, SIGN_IN_FAILURE_LIMIT } from '../../../accounts/index';
import { openScratchPglite, type ScratchDatabase } from '../../../test-support/databases';
import { setCookies } from '../../../test-support/cookies';
import { nextTestEmail, nextTestOrgnr, TEST_PASSWORD } from '../../../test-support/accounts';
import { ANONYMOUS_COOKIE, SESSION_COOKIE } from '../../auth/auth-cookies';

let scratch: ScratchDatabase;
let app: FastifyInstance;
let clock = new Date('2026-11-26T10:00:00Z');

beforeAll(async () => {
  scratch = await openScratchPglite();
  await migrate(scratch.db);
  app = await buildServer({ db: scratch.db, now: () => clock });
});

afterAll(async () => {
  await app.close();
  await scratch.dispose();
});

/** The sign-in form's CSRF token and the anonymous cookie it is bound to. */
async function signInForm(): Promise<{ csrf: string; cookie: string }> {
  const page = await app.inject({ url: '/logga-in' });
  const csrf = /name="csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
  const anonymous = setCookies(page).get(ANONYMOUS_COOKIE) ?? '';
  return { csrf, cookie: `${ANONYMOUS_COOKIE}=${anonymous}` };
}

function post(
  url: string,
  form: { csrf: string; cookie: string },
  fields: Record<string, string>,
  remoteAddress = '127.0.0.1',
) {
  return app.inject({
    method: 'POST',
    url,
    remoteAddress,
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: form.cookie },
    payload: new URLSearchParams({ ...fields, csrf: form.csrf }).toString(),
  });
}

describe('sign-up', () => {
  it('creates the person and the organisation, signs in, and makes the person its owner', async () => {
    const form = await signInForm();
    const email = nextTestEmail('signup');
    const response = await post('/registrera', form, {
      name: 'Anna Andersson',
      email,
      password: TEST_PASSWORD,
      passwordConfirm: TEST_PASSWORD,
      organisationName: 'Föreningen Gemenskap',
      orgnr: nextTestOrgnr(),
      kind: 'ideburen',
    });
    expect(response.statusCode).toBe(303);
    const session = setCookies(response).get(SESSION_COOKIE);
    expect(session).toBeTruthy();
    const { rows } = await scratch.db.query<{ role: string; name: string }>(
      `SELECT m.role, o.name FROM memberships m JOIN users u ON u.id = m.user_id
         JOIN organisations o ON o.id = m.organisation_id WHERE lower(u.email) = lower($1)`,
      [email],
    );
    expect(rows).toEqual([{ role: 'owner', name: 'Föreningen Gemenskap' }]);
    const page = await app.inject({
      url: '/',
      headers: { cookie: `${SESSION_COOKIE}=${session}` },
    });
    expect(page.body).toContain('Föreningen Gemenskap');
    expect(page.body).toContain('Logga ut');
  });

  it('names every field with a problem and writes nothing', async () => {
    const form = await signInForm();
    const before = await scratch.db.query('SELECT count(*)::int AS n FROM users');
    const response = await post('/registrera?lang=en', form, {
      name: '',
      email: 'not-an-address',
      password: 'short',
      passwordConfirm: 'short',
      organisationName: 'X',
      orgnr: '802000-0001',
      kind: 'company',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('href="#name"');
    expect(response.body).toContain('Enter an email address like name@example.com.');
    expect(response.body).toContain('at least 12 characters');
    expect(response.body).toContain('the check digit (the last one) is wrong');
    expect(response.body).toContain('Choose what kind of organisation it is.');
    const after = await scratch.db.query('SELECT count(*)::int AS n FROM users');
    expect(after.rows).toEqual(before.rows);
  });
});

describe('sign-in', () => {
  it('signs in with the right password and gives a new session id every time (no fixation)', async () => {
    const email = nextTestEmail('signin');
    await createUser(scratch.db, { email, name: 'Bo', password: TEST_PASSWORD });
    const form = await signInForm();
    const planted = `${SESSION_COOKIE}=planted-by-an-attacker`;
    const response = await post(
      '/logga-in',
      { ...form, cookie: `${form.cookie}; ${planted}` },
      {
        email: email.toUpperCase(),
        password: TEST_PASSWORD,
        next: '/arenden?x=1',
      },
    );
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/arenden?x=1');
    const id = setCookies(response).get(SESSION_COOKIE);
    expect(id).toBeTruthy();
    expect(id).not.toBe('planted-by-an-attacker');
    const raw = String(response.headers['set-cookie']);
    expect(raw).toMatch(/HttpOnly/i);
    expect(raw).toMatch(/Secure/i);
    expect(raw).toMatch(/SameSite=Lax/i);
  });

  it('says the same thing for a wrong password and an unknown address', async () => {
    const email = nextTestEmail('known');
    await createUser(scratch.db, { email, name: 'Ci', password: TEST_PASSWORD });
    const form = await signInForm();
    const wrong = await post('/logga-in', form, { email, password: 'fel lösenord här' });
    const unknown = await post('/logga-in', form, {
      email: nextTestEmail('nobody'),
      password: 'fel lösenord här',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const message = (body: string) => /<div class="error-summary"[\s\S]*?<\/div>/.exec(body)?.[0];
    expect(message(wrong.body)).toBe(message(unknown.body));
  });

  it('refuses a post without the CSRF token', async () => {
    const form = await signInForm();
    const response = await post(
      '/logga-in',
      { ...form, csrf: 'forged' },
      { email: 'a@b.se', password: 'x' },
    );
    expect(response.statusCode).toBe(403);
  });

  it(`answers 429 with Retry-After after ${SIGN_IN_FAILURE_LIMIT} failures for one account, until 15 minutes have passed`, async () => {
    const email = nextTestEmail('throttled');
    await createUser(scratch.db, { email, name: 'Di', password: TEST_PASSWORD });
    const form = await signInForm();
    const start = clock;
    for (let i = 0; i < SIGN_IN_FAILURE_LIMIT; i++) {
      clock = new Date(start.getTime() + i * 1000);
      // Each attempt from another address: the account's own limit is what is tested here.
      const r = await post('/logga-in', form, { email, password: `fel ${i}` }, `10.0.1.${i + 1}`);
      expect(r.statusCode).toBe(401);
    }
    clock = new Date(start.getTime() + 60_000);
    const blocked = await post('/logga-in', form, { email, password: TEST_PASSWORD }, '10.0.2.1');
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBe(15 * 60 - 60);
    expect(blocked.body).toContain('Vänta 14 minuter');
    expect(blocked.headers['set-cookie'] ?? '').not.toContain(SESSION_COOKIE);
    clock = new Date(start.getTime() + 15 * 60 * 1000 + 1);
    const allowed = await post('/logga-in', form, { email, password: TEST_PASSWORD }, '10.0.2.1');
    expect(allowed.statusCode).toBe(303);
    clock = new Date('2026-11-26T10:00:00Z');
  });

  it(`answers 429 after ${SIGN_IN_FAILURE_LIMIT} failures from one address, whichever accounts they tried`, async () => {
    const form = await signInForm();
    const address = '10.0.3.1';
    for (let i = 0; i < SIGN_IN_FAILURE_LIMIT; i++) {
      const r = await post(
        '/logga-in',
        form,
        { email: nextTestEmail('spray'), password: 'x y z w v u t' },
        address,
      );
      expect(r.statusCode).toBe(401);
    }
    const email = nextTestEmail('victim');
    await createUser(scratch.db, { email, name: 'Ed', password: TEST_PASSWORD });
    const blocked = await post('/logga-in', form, { email, password: TEST_PASSWORD }, address);
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    const elsewhere = await post('/logga-in', form, { email, password: TEST_PASSWORD }, '10.0.3.2');
    expect(elsewhere.statusCode).toBe(303);
  });
});
