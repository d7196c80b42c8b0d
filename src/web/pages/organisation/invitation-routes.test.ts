import { describe, expect, it } from 'vitest';
import {
  createUser,
  findMemberRole,
  findSession,
  hashSecret,
  INVITATION_LIFETIME_MS,
  INVITATION_RATE_LIMIT,
  readOutbox,
} from '../../../accounts/index';
import {
  createTestMember,
  createTestOrganisation,
  memberForm,
  memberGet,
  nextTestEmail,
  TEST_PASSWORD,
  type TestMember,
} from '../../../test-support/accounts';
import { setCookies } from '../../../test-support/cookies';
import { ANONYMOUS_COOKIE } from '../../auth/auth-cookies';
import {
  auditOf,
  csrfOf,
  mainText,
  sessionCookieOf,
  TEST_START,
  usePagesServer,
} from './organisation-pages.fixture';

const server = usePagesServer();
const app = () => server.app();
const db = () => server.db();

const INVITATIONS = '/organisation/inbjudningar';
const REVOKE = '/organisation/inbjudningar/aterkalla';

/** Invites `email` as `role` through the owner's page; returns the answer and the link's token. */
async function invite(owner: TestMember, email: string, role = 'editor', url = INVITATIONS) {
  const response = await app().inject(memberForm(owner, url, { email, role }));
  const token = /\/inbjudan\/([A-Za-z0-9_-]{20,})/.exec(response.body)?.[1];
  return { response, token: token ?? '' };
}

/** A visitor opening an invitation link: the page and the browser's cookie and CSRF token. */
async function openAsVisitor(token: string, lang = '') {
  const page = await app().inject({ url: `/inbjudan/${token}${lang}` });
  const cookie = `${ANONYMOUS_COOKIE}=${setCookies(page).get(ANONYMOUS_COOKIE) ?? ''}`;
  // A page without a form of its own: the browser's token from another page does as well.
  const formPage = page.body.includes('name="csrf"')
    ? page
    : await app().inject({ url: '/logga-in', headers: { cookie } });
  return { page, visitor: { cookie, csrf: csrfOf(formPage.body) } };
}

async function pendingCount(organisationId: string) {
  const { rows } = await db().query<{ n: number }>(
    `SELECT count(*)::int AS n FROM invitations WHERE organisation_id = $1 AND used_at IS NULL AND revoked_at IS NULL`,
    [organisationId],
  );
  return rows[0]?.n ?? 0;
}

describe('the invitations page', () => {
  it('invites by address and role: sends the link, shows it once without caching, stores only its hash', async () => {
    server.setNow(TEST_START);
    const owner = await createTestOrganisation(db(), app(), { name: 'Regionen', now: TEST_START });
    const email = nextTestEmail('invited');
    const { response, token } = await invite(owner, email, 'reader');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(token).not.toBe('');
    const text = mainText(response.body);
    expect(text).toContain(`Inbjudan har skickats med e-post till ${email}.`);
    expect(text).toContain('3 december 2026 kl. 11:00');
    expect(response.body).toContain(`value="http://localhost:80/inbjudan/${token}"`);

    const [mail] = await readOutbox(db(), 1);
    expect(mail?.to).toBe(email);
    expect(mail?.subject).toBe('Inbjudan till Regionen i samverka');
    expect(mail?.body).toContain(`/inbjudan/${token}`);
    expect(mail?.body).toContain('som läsare');
    expect(mail?.body).toContain('as reader');

    const { rows } = await db().query<{ token_hash: string; row: string }>(
      `SELECT token_hash, row_to_json(i)::text AS row FROM invitations i WHERE organisation_id = $1`,
      [owner.organisationId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).toBe(hashSecret(token));
    expect(rows[0]?.row).not.toContain(token);
    expect((await auditOf(db(), owner.organisationId)).at(-1)).toMatchObject({
      action: 'member.invited',
      actor_user_id: owner.user.id,
      subject_type: 'invitation',
      detail: { role: 'reader' },
    });

    const list = await app().inject(memberGet(owner, INVITATIONS));
    expect(list.statusCode).toBe(200);
    expect(mainText(list.body)).toContain(`${email} läsare ${owner.user.name}`);
    expect(list.body).not.toContain(token);
  });

  it('names the fields with problems and invites nobody', async () => {
    const owner = await createTestOrganisation(db(), app(), { now: TEST_START });
    const editor = await createTestMember(db(), app(), owner.organisationId, 'editor', TEST_START);
    const bad = await invite(owner, 'inte en adress', 'admin', `${INVITATIONS}?lang=en`);
    expect(bad.response.statusCode).toBe(400);
    expect(bad.response.body).toContain('Enter an email address like name@example.com.');
    expect(bad.response.body).toContain('Choose the role the person will have.');
    const member = await invite(owner, editor.user.email.toUpperCase());
    expect(member.response.statusCode).toBe(400);
    expect(mainText(member.response.body)).toContain(
      'Personen med den här adressen är redan medlem i organisationen.',
    );
    expect(await pendingCount(owner.organisationId)).toBe(0);
  });

  it.each(['editor', 'reader'] as const)(
    'answers a member with the role %s 403, to the page and to the form',
    async (role) => {
      const owner = await createTestOrganisation(db(), app(), { now: TEST_START });
      const member = await createTestMember(db(), app(), owner.organisationId, role, TEST_START);
      expect((await app().inject(memberGet(member, INVITATIONS))).statusCode).toBe(403);
      const { response } = await invite(member, nextTestEmail('x'));
      expect(response.statusCode).toBe(403);
      expect(await pendingCount(owner.organisationId)).toBe(0);
    },
  );

  it('sends a visitor to sign in', async () => {
    const response = await app().inject({ url: INVITATIONS });
    expect(response.statusCode).toBe(303);
    expect(String(response.headers.location)).toMatch(/^\/logga-in\?next=/);
  });

  it(`refuses more than ${INVITATION_RATE_LIMIT.max} invitations an hour with 429 and Retry-After`, async () => {
    server.setNow(new Date('2026-11-26T12:00:00Z'));
    const owner = await createTestOrganisation(db(), app(), { now: server.now() });
    for (let i = 0; i < INVITATION_RATE_LIMIT.max; i++) {
      const { response } = await invite(owner, nextTestEmail('many'));
      expect(response.statusCode).toBe(200);
    }
    server.setNow(new Date('2026-11-26T12:59:00Z'));
    const refused = await invite(
      owner,
      nextTestEmail('one-more'),
      'editor',
      `${INVITATIONS}?lang=en`,
    );
    expect(refused.response.statusCode).toBe(429);
    expect(refused.response.headers['retry-after']).toBe('60');
    expect(mainText(refused.response.body)).toContain('Wait 1 minute');
    expect(await pendingCount(owner.organisationId)).toBe(INVITATION_RATE_LIMIT.max);
    server.setNow(new Date('2026-11-26T13:00:00Z'));
    expect((await invite(owner, nextTestEmail('next-hour'))).response.statusCode).toBe(200);
    server.setNow(TEST_START);
  });

  it('revokes an invitation after asking, and the link then gets the page of an unusable link', async () => {
    server.setNow(TEST_START);
    const owner = await createTestOrganisation(db(), app(), { now: TEST_START });
    const stranger = await createTestOrganisation(db(), app(), { now: TEST_START });
    const { token } = await invite(owner, nextTestEmail('revoked'));
    const { rows } = await db().query<{ id: string }>(
      'SELECT id FROM invitations WHERE token_hash = $1',
      [hashSecret(token)],
    );
    const invitationId = rows[0]?.id ?? '';

    const foreign = await app().inject(
      memberForm(stranger, REVOKE, { invitationId, confirm: 'ja' }),
    );
    expect(foreign.statusCode).toBe(404);
    const ask = await app().inject(memberForm(owner, REVOKE, { invitationId }));
    expect(ask.statusCode).toBe(200);
    expect(mainText(ask.body)).toContain('Återkalla inbjudan?');
    expect(await pendingCount(owner.organisationId)).toBe(1);
    const done = await app().inject(memberForm(owner, REVOKE, { invitationId, confirm: 'ja' }));
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/organisation/inbjudningar?klart=invitation-revoked');
    expect(await pendingCount(owner.organisationId)).toBe(0);
    expect((await auditOf(db(), owner.organisationId)).at(-1)).toMatchObject({
      action: 'invitation.revoked',
      actor_user_id: owner.user.id,
      subject_id: invitationId,
    });
    const again = await app().inject(memberForm(owner, REVOKE, { invitationId, confirm: 'ja' }));
    expect(again.statusCode).toBe(404);
    const link = await app().inject({ url: `/inbjudan/${token}` });
    expect(link.statusCode).toBe(404);
    expect(mainText(link.body)).toContain('Inbjudan går inte att använda');
    expect((await app().inject(memberForm(owner, REVOKE, { invitationId: 'x' }))).statusCode).toBe(
      400,
    );
  });
});

describe('the page of an invitation link', () => {
  it('creates an account with the invited address and joins with the role, signed in; the link then no longer works', async () => {
    server.setNow(TEST_START);
    const owner = await createTestOrganisation(db(), app(), {
      name: 'Stiftelsen',
      now: TEST_START,
    });
    const email = nextTestEmail('newcomer');
    const { token } = await invite(owner, email, 'editor');
    const { page, visitor } = await openAsVisitor(token);
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    const text = mainText(page.body);
    expect(text).toContain(
      `${owner.user.name} har bjudit in ${email} att gå med i Stiftelsen som redaktör.`,
    );
    expect(text).toContain('Skapa ditt konto');

    const short = await app().inject(
      memberForm(visitor, `/inbjudan/${token}?lang=en`, {
        name: 'Nya Nilsson',
        password: 'kort',
        passwordConfirm: 'kort',
      }),
    );
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain('at least 12 characters');
    expect(await findMemberRole(db(), owner.organisationId, owner.user.id)).toBe('owner');
    const none = await db().query('SELECT 1 FROM users WHERE lower(email) = lower($1)', [email]);
    expect(none.rows).toEqual([]);

    const joined = await app().inject(
      memberForm(visitor, `/inbjudan/${token}`, {
        name: 'Nya Nilsson',
        password: TEST_PASSWORD,
        passwordConfirm: TEST_PASSWORD,
      }),
    );
    expect(joined.statusCode).toBe(303);
    expect(joined.headers.location).toBe('/organisation?klart=joined');
    const cookie = sessionCookieOf(joined);
    const { rows } = await db().query<{ id: string; name: string; method: string; org: string }>(
      `SELECT u.id, u.name, s.method, s.organisation_id AS org FROM users u JOIN sessions s ON s.user_id = u.id
        WHERE lower(u.email) = lower($1)`,
      [email],
    );
    expect(rows).toEqual([
      {
        id: expect.any(String) as string,
        name: 'Nya Nilsson',
        method: 'invitation',
        org: owner.organisationId,
      },
    ]);
    const userId = rows[0]?.id ?? '';
    expect(await findMemberRole(db(), owner.organisationId, userId)).toBe('editor');
    expect((await auditOf(db(), owner.organisationId)).at(-1)).toMatchObject({
      action: 'member.joined',
      actor_user_id: userId,
      subject_id: userId,
      detail: { role: 'editor', via: 'invitation' },
    });
    const overview = await app().inject({ url: '/organisation?klart=joined', headers: { cookie } });
    expect(mainText(overview.body)).toContain('Välkommen! Du är nu medlem i organisationen.');
    expect(mainText(overview.body)).toContain('Din roll redaktör');

    const reused = await openAsVisitor(token);
    expect(reused.page.statusCode).toBe(404);
    const second = await app().inject(
      memberForm(visitor, `/inbjudan/${token}`, {
        name: 'Någon Annan',
        password: TEST_PASSWORD,
        passwordConfirm: TEST_PASSWORD,
      }),
    );
    expect(second.statusCode).toBe(404);
  });

  it('lets a signed-in person join with one button and switches their work to the organisation', async () => {
    server.setNow(TEST_START);
    const owner = await createTestOrganisation(db(), app(), {
      name: 'Föreningen',
      now: TEST_START,
    });
    const colleague = await createTestOrganisation(db(), app(), { name: 'Hemma', now: TEST_START });
    const { token } = await invite(owner, colleague.user.email, 'reader');
    const page = await app().inject(memberGet(colleague, `/inbjudan/${token}`));
    expect(page.statusCode).toBe(200);
    expect(mainText(page.body)).toContain(`Du är inloggad som ${colleague.user.name}`);
    expect(page.body).toContain('Gå med i Föreningen');
    expect(page.body).not.toContain('name="password"');

    const joined = await app().inject(memberForm(colleague, `/inbjudan/${token}`, {}));
    expect(joined.statusCode).toBe(303);
    expect(joined.headers.location).toBe('/organisation?klart=joined');
    expect(await findMemberRole(db(), owner.organisationId, colleague.user.id)).toBe('reader');
    const session = await findSession(db(), colleague.sessionId, TEST_START);
    expect(session?.organisation?.organisationId).toBe(owner.organisationId);
    expect(session?.memberships.map((m) => m.organisationName).sort()).toEqual([
      'Föreningen',
      'Hemma',
    ]);
    const twice = await app().inject(memberForm(colleague, `/inbjudan/${token}`, {}));
    expect(twice.statusCode).toBe(404);
  });

  it('asks a visitor whose address has an account to sign in first, and creates nothing', async () => {
    server.setNow(TEST_START);
    const owner = await createTestOrganisation(db(), app(), { now: TEST_START });
    const email = nextTestEmail('existing');
    await createUser(db(), { email, name: 'Finns Redan', password: null });
    const { token } = await invite(owner, email);
    const { page, visitor } = await openAsVisitor(token, '?lang=en');
    expect(page.statusCode).toBe(200);
    expect(mainText(page.body)).toContain(`There is an account for ${email} already.`);
    expect(page.body).toContain(
      `href="/logga-in?lang=en&amp;next=${encodeURIComponent(`/inbjudan/${token}?lang=en`)}"`,
    );
    const attempt = await app().inject(
      memberForm(visitor, `/inbjudan/${token}`, {
        name: 'Kapare',
        password: TEST_PASSWORD,
        passwordConfirm: TEST_PASSWORD,
      }),
    );
    expect(attempt.statusCode).toBe(409);
    expect(await pendingCount(owner.organisationId)).toBe(1);
    const { rows } = await db().query<{ n: number }>(
      'SELECT count(*)::int AS n FROM memberships WHERE organisation_id = $1',
      [owner.organisationId],
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('stops working after seven days, with the same page as an unknown or used link', async () => {
    server.setNow(TEST_START);
    const owner = await createTestOrganisation(db(), app(), { now: TEST_START });
    const { token } = await invite(owner, nextTestEmail('late'));
    server.setNow(new Date(TEST_START.getTime() + INVITATION_LIFETIME_MS - 60_000));
    expect((await openAsVisitor(token)).page.statusCode).toBe(200);
    server.setNow(new Date(TEST_START.getTime() + INVITATION_LIFETIME_MS));
    const expired = await openAsVisitor(token);
    const unknown = await openAsVisitor('AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect(expired.page.statusCode).toBe(404);
    expect(unknown.page.statusCode).toBe(404);
    expect(mainText(expired.page.body)).toBe(mainText(unknown.page.body));
    expect(mainText(unknown.page.body)).toContain('Inbjudan går inte att använda');
    server.setNow(TEST_START);
  });

  it('lets only one of two people who post the same link at once join', async () => {
    server.setNow(TEST_START);
    const owner = await createTestOrganisation(db(), app(), { now: TEST_START });
    const a = await createTestOrganisation(db(), app(), { now: TEST_START });
    const b = await createTestOrganisation(db(), app(), { now: TEST_START });
    const { token } = await invite(owner, nextTestEmail('shared'));
    const answers = await Promise.all(
      [a, b].map((m) => app().inject(memberForm(m, `/inbjudan/${token}`, {}))),
    );
    expect(answers.map((r) => r.statusCode).sort()).toEqual([303, 404]);
    const roles = await Promise.all(
      [a, b].map((m) => findMemberRole(db(), owner.organisationId, m.user.id)),
    );
    expect(roles.filter((r) => r !== undefined)).toEqual(['editor']);
  });
});
