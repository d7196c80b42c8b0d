// Password reset over HTTP on both databases: the same answer for known and unknown addresses, the
// mail in the outbox with its link, the link used once and only within the hour, every session of
// the account ended and a new one begun, and the limit on requests.
import type { FastifyInstance } from 'fastify';
import { expect, it, vi } from 'vitest';
import {
  createSession,
  createUser,
  findSession,
  PASSWORD_RESET_LIMIT,
  readOutbox,
  verifyPassword,
  findUserByEmail,
} from '../../../accounts/index';
import type { Database } from '../../../db/database';
import { nextTestEmail, TEST_PASSWORD } from '../../../test-support/accounts';
import { setCookies } from '../../../test-support/cookies';
import { serveWithClock, type ClockedServer } from '../../../test-support/clocked-server';
import { describeEachDatabase, type DatabaseTarget } from '../../../test-support/databases';
import { ANONYMOUS_COOKIE, SESSION_COOKIE } from '../../auth/auth-cookies';

const START = new Date('2026-11-26T10:00:00Z');
const NEW_PASSWORD = 'ett helt nytt lösenord';

function serve(target: DatabaseTarget): Promise<ClockedServer> {
  return serveWithClock(target, START);
}

/** A browser that is not signed in: the CSRF token of a page and the cookie it is bound to. */
async function anonymousForm(app: FastifyInstance, url: string) {
  const page = await app.inject({ url });
  const csrf = /name="csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
  const cookie = `${ANONYMOUS_COOKIE}=${setCookies(page).get(ANONYMOUS_COOKIE) ?? ''}`;
  return { page, csrf, cookie };
}

function post(
  app: FastifyInstance,
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

async function askForReset(app: FastifyInstance, email: string, remoteAddress = '127.0.0.1') {
  const form = await anonymousForm(app, '/aterstall-losenord');
  return post(app, '/aterstall-losenord', form, { email }, remoteAddress);
}

/** Waits for the mail to `to` (sent after the answer) and returns its link's path. */
async function mailedLink(db: Database, to: string): Promise<string> {
  const mail = await vi.waitFor(
    async () => {
      const found = (await readOutbox(db)).find((m) => m.to === to);
      if (!found) throw new Error(`no mail to ${to} yet`);
      return found;
    },
    { timeout: 5000, interval: 20 },
  );
  const link = /https?:\/\/[^\s]+/.exec(mail.body)?.[0];
  if (link === undefined) throw new Error(`no link in: ${mail.body}`);
  return new URL(link).pathname + new URL(link).search;
}

describeEachDatabase('password reset', (target) => {
  it('answers a known and an unknown address alike, and mails a link only to the account', async () => {
    const { db, app } = await serve(target);
    const known = nextTestEmail('known');
    await createUser(db, { email: known, name: 'Karin', password: TEST_PASSWORD });
    const unknown = nextTestEmail('unknown');

    const a = await askForReset(app, known);
    const b = await askForReset(app, unknown);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(a.body.replaceAll(known, 'X')).toBe(b.body.replaceAll(unknown, 'X'));
    expect(a.body).toContain(`Om det finns ett konto för ${known}`);

    const link = await mailedLink(db, known);
    expect(link).toMatch(/^\/aterstall-losenord\/[\w-]{43}$/);
    const outbox = await readOutbox(db);
    expect(outbox.filter((m) => m.to === unknown)).toEqual([]);
    expect(outbox.find((m) => m.to === known)?.subject).toBe('Välj ett nytt lösenord i samverka');
    const stored = await db.query<{ token_hash: string }>('SELECT token_hash FROM password_resets');
    expect(stored.rows.map((r) => r.token_hash)).not.toContain(link.split('/').pop());
    await app.close();
  });

  it('sets the password once, ends every session of the account and signs in afresh', async () => {
    const { db, app, clock } = await serve(target);
    const email = nextTestEmail('reset');
    const user = await createUser(db, { email, name: 'Rut', password: TEST_PASSWORD });
    const elsewhere = await createSession(db, { userId: user.id, method: 'password', now: START });
    const here = await createSession(db, { userId: user.id, method: 'password', now: START });
    await askForReset(app, email);
    const link = await mailedLink(db, email);

    const form = await app.inject({
      url: link,
      headers: { cookie: `${SESSION_COOKIE}=${here}` },
    });
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain(`Välj ett nytt lösenord för ${email}`);
    const csrf = /name="csrf" value="([^"]+)"/.exec(form.body)?.[1] ?? '';
    const browser = { csrf, cookie: `${SESSION_COOKIE}=${here}` };

    const mismatch = await post(app, link, browser, {
      newPassword: NEW_PASSWORD,
      newPasswordConfirm: 'något annat helt',
    });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.body).toContain('href="#newPasswordConfirm"');
    expect(mismatch.body).toContain('Lösenorden är inte likadana');
    const short = await post(app, link, browser, {
      newPassword: 'kort',
      newPasswordConfirm: 'kort',
    });
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain('href="#newPassword"');

    clock.now = new Date(START.getTime() + 60_000);
    const done = await post(app, link, browser, {
      newPassword: NEW_PASSWORD,
      newPasswordConfirm: NEW_PASSWORD,
    });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/konto?losenord=1');
    const fresh = setCookies(done).get(SESSION_COOKIE) ?? '';
    expect(fresh).not.toBe('');
    expect(fresh).not.toBe(here);
    expect(await findSession(db, elsewhere, clock.now)).toBeUndefined();
    expect(await findSession(db, here, clock.now)).toBeUndefined();
    expect((await findSession(db, fresh, clock.now))?.method).toBe('password-reset');
    const stored = await findUserByEmail(db, email);
    expect(await verifyPassword(stored?.passwordHash ?? '', NEW_PASSWORD)).toBe(true);

    const reopened = await app.inject({ url: link });
    expect(reopened.statusCode).toBe(404);
    expect(reopened.body).toContain('Länken går inte att använda');
    const anonymous = await anonymousForm(app, '/aterstall-losenord');
    const reused = await post(app, link, anonymous, {
      newPassword: 'ännu ett nytt lösenord',
      newPasswordConfirm: 'ännu ett nytt lösenord',
    });
    expect(reused.statusCode).toBe(404);
    const after = await findUserByEmail(db, email);
    expect(await verifyPassword(after?.passwordHash ?? '', NEW_PASSWORD)).toBe(true);
    await app.close();
  });

  it('refuses a link after its hour, and a link that never was', async () => {
    const { db, app, clock } = await serve(target);
    const email = nextTestEmail('late');
    await createUser(db, { email, name: 'Lena', password: TEST_PASSWORD });
    await askForReset(app, email);
    const link = await mailedLink(db, email);
    clock.now = new Date(START.getTime() + 59 * 60_000);
    expect((await app.inject({ url: link })).statusCode).toBe(200);
    clock.now = new Date(START.getTime() + 60 * 60_000);
    const expired = await app.inject({ url: `${link}?lang=en` });
    expect(expired.statusCode).toBe(404);
    expect(expired.body).toContain('The link cannot be used');
    const invented = await app.inject({ url: '/aterstall-losenord/inte-en-riktig-lank' });
    expect(invented.statusCode).toBe(404);
    expect(invented.body).toBe((await app.inject({ url: link })).body);
    await app.close();
  });

  it(`answers 429 with Retry-After after ${PASSWORD_RESET_LIMIT.max} requests for one address or from one client in an hour`, async () => {
    const { db, app, clock } = await serve(target);
    const email = nextTestEmail('flood');
    await createUser(db, { email, name: 'Flo', password: TEST_PASSWORD });
    for (let i = 0; i < PASSWORD_RESET_LIMIT.max; i++) {
      expect((await askForReset(app, email, `10.1.0.${i + 1}`)).statusCode).toBe(200);
    }
    clock.now = new Date(START.getTime() + 10 * 60_000);
    const blocked = await askForReset(app, email, '10.1.1.1');
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBe(50 * 60);
    expect(blocked.body).toContain('Vänta 50 minuter');
    // An unknown address is limited alike, so the limit does not tell whether there is an account.
    const unknown = nextTestEmail('nobody');
    for (let i = 0; i < PASSWORD_RESET_LIMIT.max; i++) {
      await askForReset(app, unknown, `10.2.0.${i + 1}`);
    }
    expect((await askForReset(app, unknown, '10.2.1.1')).statusCode).toBe(429);

    for (let i = 0; i < PASSWORD_RESET_LIMIT.max; i++) {
      expect((await askForReset(app, nextTestEmail('spray'), '10.3.0.1')).statusCode).toBe(200);
    }
    const fromClient = await askForReset(app, nextTestEmail('spray'), '10.3.0.1');
    expect(fromClient.statusCode).toBe(429);
    expect(Number(fromClient.headers['retry-after'])).toBeGreaterThan(0);

    clock.now = new Date(START.getTime() + 60 * 60_000);
    expect((await askForReset(app, email, '10.1.1.1')).statusCode).toBe(200);
    const counters = await db.query<{ key: string }>('SELECT key FROM rate_limit_counters');
    expect(counters.rows.map((r) => r.key).join(' ')).not.toContain(email);
    await app.close();
  });

  it('names the field when the address is missing or malformed, in the page’s language', async () => {
    const { app } = await serve(target);
    const form = await anonymousForm(app, '/aterstall-losenord?lang=en');
    const response = await post(app, '/aterstall-losenord?lang=en', form, { email: 'nope' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('href="#email"');
    expect(response.body).toContain('Enter an email address like name@example.com.');
    const empty = await post(app, '/aterstall-losenord', form, { email: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Fyll i fältet.');
    await app.close();
  });
});
