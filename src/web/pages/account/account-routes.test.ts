// The account page over HTTP on both databases: details and name change, password change, sign-out
// everywhere, when a session ends (idle and in all), the personal data export, and deletion.
import { describe, expect, it } from 'vitest';
import {
  addMembership,
  createSession,
  createUser,
  findSession,
  findUserById,
  listAudit,
  newId,
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
  verifyPassword,
} from '../../../accounts/index';
import type { Database } from '../../../db/database';
import {
  createTestMember,
  createTestOrganisation,
  memberForm,
  memberGet,
  nextTestEmail,
  TEST_PASSWORD,
  type TestMember,
} from '../../../test-support/accounts';
import { serveWithClock, type ClockedServer } from '../../../test-support/clocked-server';
import { describeEachDatabase, type DatabaseTarget } from '../../../test-support/databases';
import { SESSION_COOKIE } from '../../auth/auth-cookies';

const START = new Date('2026-11-26T10:00:00Z');
const NEW_PASSWORD = 'ett helt nytt lösenord';

function serve(target: DatabaseTarget): Promise<ClockedServer> {
  return serveWithClock(target, START);
}

/** Another session of the member's account, as another browser would have. */
async function anotherSession(db: Database, member: TestMember, now = START): Promise<string> {
  return createSession(db, {
    userId: member.user.id,
    method: 'password',
    now,
    organisationId: member.organisationId,
  });
}

/** A case with a note and a decision by `member` in their organisation; returns the case id. */
async function caseWithRecords(db: Database, member: TestMember, text: string): Promise<string> {
  const caseId = newId();
  const assessmentId = newId();
  await db.query(
    `INSERT INTO cases (id, organisation_id, title, case_input, created_by, created_at, updated_by, updated_at)
     VALUES ($1, $2, $3, '{}'::jsonb, $4, $5, $4, $5)`,
    [caseId, member.organisationId, `Ärende ${text}`, member.user.id, START],
  );
  await db.query(
    `INSERT INTO case_assessments (id, case_id, organisation_id, as_of, rule_set_id, rules_version, rule_values, assessment, assessed_by, assessed_at)
     VALUES ($1, $2, $3, '2026-01-01', 'r', 'v', '{}'::jsonb, '{}'::jsonb, $4, $5)`,
    [assessmentId, caseId, member.organisationId, member.user.id, START],
  );
  await db.query(
    `INSERT INTO case_notes (id, case_id, organisation_id, author_id, body, created_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [newId(), caseId, member.organisationId, member.user.id, `Anteckning ${text}`, START],
  );
  await db.query(
    `INSERT INTO case_decisions (id, case_id, organisation_id, form_id, motivation, assessment_id, decided_by, decided_by_name, decided_at)
     VALUES ($1, $2, $3, 'iop', $4, $5, $6, $7, $8)`,
    [
      newId(),
      caseId,
      member.organisationId,
      `Motivering ${text}`,
      assessmentId,
      member.user.id,
      member.user.name,
      START,
    ],
  );
  return caseId;
}

describe('the account pages for someone signed out', () => {
  describeEachDatabase('signed out', (target) => {
    it('sends them to sign in and back', async () => {
      const { app } = await serve(target);
      for (const url of ['/konto', '/konto/mina-uppgifter.json', '/konto/radera']) {
        const response = await app.inject({ url });
        expect(response.statusCode).toBe(303);
        expect(response.headers.location).toBe(`/logga-in?next=${encodeURIComponent(url)}`);
      }
      const en = await app.inject({ url: '/konto?lang=en' });
      expect(en.headers.location).toBe('/logga-in?lang=en&next=%2Fkonto%3Flang%3Den');
      await app.close();
    });
  });
});

describeEachDatabase('the account page', (target) => {
  it('shows the details, the organisations and when the session ends, and changes name and language', async () => {
    const { db, app, clock } = await serve(target);
    const owner = await createTestOrganisation(db, app, { name: 'Föreningen Ek', now: START });
    clock.now = new Date(START.getTime() + 30 * 60_000);
    const page = await app.inject(memberGet(owner, '/konto'));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(owner.user.email);
    expect(page.body).toContain('Föreningen Ek (ägare)');
    expect(page.body).toContain('e-post och lösenord');
    // Two hours after this request (10:30 UTC is 11:30 in Stockholm).
    expect(page.body).toContain('slutar gälla den 26 november 2026 kl. 13:30');
    for (let minutes = 120; minutes <= 11 * 60; minutes += 100) {
      clock.now = new Date(START.getTime() + minutes * 60_000);
      expect((await app.inject(memberGet(owner, '/konto'))).statusCode).toBe(200);
    }
    clock.now = new Date(START.getTime() + SESSION_MAX_MS - 60 * 60_000);
    const late = await app.inject(memberGet(owner, '/konto?lang=en'));
    // Twelve hours after sign-in at the latest: 22:00 UTC is 23:00 in Stockholm.
    expect(late.body).toContain('ends on 26 November 2026 at 23:00');

    const saved = await app.inject(
      memberForm(owner, '/konto', { name: '  Ny Namnsson ', lang: 'en' }),
    );
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/konto?sparat=1');
    const user = await findUserById(db, owner.user.id);
    expect([user?.name, user?.lang]).toEqual(['Ny Namnsson', 'en']);
    const after = await app.inject(memberGet(owner, '/konto?sparat=1'));
    expect(after.body).toContain('Dina uppgifter är sparade.');

    const bad = await app.inject(memberForm(owner, '/konto?lang=en', { name: '', lang: 'de' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('href="#name"');
    expect(bad.body).toContain('href="#lang"');
    expect((await findUserById(db, owner.user.id))?.name).toBe('Ny Namnsson');
    await app.close();
  });

  it('changes the password after checking the current one, and ends the other sessions only', async () => {
    const { db, app } = await serve(target);
    const owner = await createTestOrganisation(db, app, { now: START });
    const other = await anotherSession(db, owner);

    const wrong = await app.inject(
      memberForm(owner, '/konto/losenord', {
        currentPassword: 'fel lösenord helt',
        newPassword: NEW_PASSWORD,
        newPasswordConfirm: NEW_PASSWORD,
      }),
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('href="#currentPassword"');
    expect(await findSession(db, other, START)).toBeDefined();

    const differ = await app.inject(
      memberForm(owner, '/konto/losenord', {
        currentPassword: TEST_PASSWORD,
        newPassword: NEW_PASSWORD,
        newPasswordConfirm: 'inte samma lösenord',
      }),
    );
    expect(differ.statusCode).toBe(400);
    expect(differ.body).toContain('href="#newPasswordConfirm"');

    const changed = await app.inject(
      memberForm(owner, '/konto/losenord', {
        currentPassword: TEST_PASSWORD,
        newPassword: NEW_PASSWORD,
        newPasswordConfirm: NEW_PASSWORD,
      }),
    );
    expect(changed.statusCode).toBe(303);
    expect(changed.headers.location).toBe('/konto?losenord=1');
    expect(await findSession(db, other, START)).toBeUndefined();
    expect(await findSession(db, owner.sessionId, START)).toBeDefined();
    const user = await findUserById(db, owner.user.id);
    expect(await verifyPassword(user?.passwordHash ?? '', NEW_PASSWORD)).toBe(true);
    await app.close();
  });

  it('signs out everywhere: every session of the person ends, and the cookie goes', async () => {
    const { db, app } = await serve(target);
    const owner = await createTestOrganisation(db, app, { now: START });
    const colleague = await createTestMember(db, app, owner.organisationId, 'editor', START);
    const sessions = [
      owner.sessionId,
      await anotherSession(db, owner),
      await anotherSession(db, owner),
    ];
    const response = await app.inject(memberForm(owner, '/konto/logga-ut-overallt', {}));
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/logga-in?utloggad=1');
    expect(String(response.headers['set-cookie'])).toMatch(
      new RegExp(`${SESSION_COOKIE}=;.*(Max-Age=0|Expires=Thu, 01 Jan 1970)`),
    );
    for (const id of sessions) expect(await findSession(db, id, START)).toBeUndefined();
    expect(await findSession(db, colleague.sessionId, START)).toBeDefined();
    expect((await app.inject(memberGet(owner, '/konto'))).statusCode).toBe(303);
    await app.close();
  });

  it('ends a session after two hours without a request, and twelve hours after sign-in however busy', async () => {
    const { db, app, clock } = await serve(target);
    const owner = await createTestOrganisation(db, app, { now: START });
    const at = (ms: number) => new Date(START.getTime() + ms);

    clock.now = at(SESSION_IDLE_MS - 60_000);
    expect((await app.inject(memberGet(owner, '/konto'))).statusCode).toBe(200);
    // Active every 100 minutes: never idle for two hours, but ended at twelve hours in all.
    let t = SESSION_IDLE_MS - 60_000;
    while (t + 100 * 60_000 < SESSION_MAX_MS) {
      t += 100 * 60_000;
      clock.now = at(t);
      expect((await app.inject(memberGet(owner, '/konto'))).statusCode).toBe(200);
    }
    clock.now = at(SESSION_MAX_MS);
    const ended = await app.inject(memberGet(owner, '/konto'));
    expect(ended.statusCode).toBe(303);
    expect(ended.headers.location).toContain('/logga-in');

    const idle = await anotherSession(db, owner, at(SESSION_MAX_MS));
    const cookie = `${SESSION_COOKIE}=${idle}`;
    clock.now = at(SESSION_MAX_MS + SESSION_IDLE_MS - 1000);
    expect((await app.inject({ url: '/konto', headers: { cookie } })).statusCode).toBe(200);
    clock.now = at(SESSION_MAX_MS + 2 * SESSION_IDLE_MS - 1000);
    expect((await app.inject({ url: '/konto', headers: { cookie } })).statusCode).toBe(303);
    await app.close();
  });
});

describeEachDatabase('the personal data export', (target) => {
  it('holds the person’s own data and nobody else’s, and no secret', async () => {
    const { db, app } = await serve(target);
    const owner = await createTestOrganisation(db, app, { name: 'Kommunen', now: START });
    const colleague = await createTestMember(db, app, owner.organisationId, 'editor', START);
    await db.query('UPDATE users SET name = $2 WHERE id = $1', [colleague.user.id, 'Kollega Ko']);
    const mine = await caseWithRecords(db, owner, 'min');
    await caseWithRecords(db, colleague, 'kollegans');

    const response = await app.inject(memberGet(owner, '/konto/mina-uppgifter.json'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="samverka-mina-uppgifter-2026-11-26.json"',
    );
    const data = JSON.parse(response.body) as Record<string, unknown>;
    expect(data.account).toMatchObject({ email: owner.user.email, hasPassword: true });
    expect(data.memberships).toEqual([
      expect.objectContaining({ organisation: 'Kommunen', role: 'owner' }),
    ]);
    expect(data.sessions).toEqual([
      expect.objectContaining({ method: 'password', createdAt: START.toISOString() }),
    ]);
    expect(data.casesCreated).toEqual([
      expect.objectContaining({ caseId: mine, title: 'Ärende min' }),
    ]);
    expect(data.notesWritten).toEqual([expect.objectContaining({ body: 'Anteckning min' })]);
    expect(data.decisionsMade).toEqual([
      expect.objectContaining({ motivation: 'Motivering min', decidedByName: owner.user.name }),
    ]);
    expect(data.auditEntries).toEqual([
      expect.objectContaining({
        action: 'organisation.created',
        organisationId: owner.organisationId,
      }),
    ]);

    const user = await findUserById(db, owner.user.id);
    const sessionHashes = await db.query<{ token_hash: string }>('SELECT token_hash FROM sessions');
    for (const secret of [
      user?.passwordHash ?? 'no hash',
      owner.sessionId,
      ...sessionHashes.rows.map((r) => r.token_hash),
      colleague.user.email,
      colleague.user.id,
      'Kollega Ko',
      'kollegans',
    ]) {
      expect(response.body).not.toContain(secret);
    }
    await app.close();
  });
});

describeEachDatabase('deleting one’s account', (target) => {
  it('is refused for the only owner of an organisation with other members, and nothing is deleted', async () => {
    const { db, app } = await serve(target);
    const owner = await createTestOrganisation(db, app, { name: 'Stiftelsen Lind', now: START });
    await createTestMember(db, app, owner.organisationId, 'reader', START);
    const page = await app.inject(memberGet(owner, '/konto/radera'));
    expect(page.body).toContain('Stiftelsen Lind');
    expect(page.body).not.toContain('name="password"');
    const refused = await app.inject(
      memberForm(owner, '/konto/radera', { password: TEST_PASSWORD }),
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('du är den enda ägaren');
    expect(await findUserById(db, owner.user.id)).toBeDefined();
    expect(await findSession(db, owner.sessionId, START)).toBeDefined();
    await app.close();
  });

  it('deletes the person, keeps the organisation’s records without naming them, and keeps decisions’ names', async () => {
    const { db, app } = await serve(target);
    const owner = await createTestOrganisation(db, app, { now: START });
    const editor = await createTestMember(db, app, owner.organisationId, 'editor', START);
    const other = await anotherSession(db, editor);
    const caseId = await caseWithRecords(db, editor, 'redaktörens');
    await app.mailer.send(db, { to: editor.user.email, subject: 'Hej', text: 'Text' }, START);

    const wrong = await app.inject(
      memberForm(editor, '/konto/radera', { password: 'fel lösenord helt' }),
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('href="#password"');
    expect(await findUserById(db, editor.user.id)).toBeDefined();

    const deleted = await app.inject(
      memberForm(editor, '/konto/radera', { password: TEST_PASSWORD }),
    );
    expect(deleted.statusCode).toBe(303);
    expect(deleted.headers.location).toBe('/konto/radera?raderat=1');
    const done = await app.inject({ url: '/konto/radera?raderat=1' });
    expect(done.body).toContain('Ditt konto är raderat');

    expect(await findUserById(db, editor.user.id)).toBeUndefined();
    expect(await findSession(db, other, START)).toBeUndefined();
    const count = async (sql: string) =>
      (await db.query<{ n: number }>(sql, [editor.user.id])).rows[0]?.n;
    expect(await count('SELECT count(*)::int AS n FROM memberships WHERE user_id = $1')).toBe(0);
    expect(await count('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1')).toBe(0);
    const records = await db.query(
      `SELECT c.created_by, n.author_id, d.decided_by, d.decided_by_name
         FROM cases c JOIN case_notes n ON n.case_id = c.id JOIN case_decisions d ON d.case_id = c.id
        WHERE c.id = $1`,
      [caseId],
    );
    expect(records.rows).toEqual([
      { created_by: null, author_id: null, decided_by: null, decided_by_name: editor.user.name },
    ]);
    const outbox = await db.query('SELECT 1 FROM outbox WHERE to_address = $1', [
      editor.user.email,
    ]);
    expect(outbox.rows).toEqual([]);
    const audit = await listAudit(db, owner.organisationId, { limit: 1 });
    expect(audit[0]).toMatchObject({
      action: 'member.removed',
      subjectId: editor.user.id,
      detail: { role: 'editor', via: 'account-deleted' },
      actor: { kind: 'user', userId: editor.user.id, name: null },
    });
    await app.close();
  });

  it('asks an account without a password for its address instead', async () => {
    const { db, app } = await serve(target);
    const owner = await createTestOrganisation(db, app, { now: START });
    const user = await createUser(db, {
      email: nextTestEmail('oidc'),
      name: 'Utan Lösenord',
      password: null,
    });
    await addMembership(db, {
      organisationId: owner.organisationId,
      userId: user.id,
      role: 'reader',
      now: START,
    });
    const sessionId = await createSession(db, { userId: user.id, method: 'oidc', now: START });
    const member = {
      cookie: `${SESSION_COOKIE}=${sessionId}`,
      csrf:
        (/name="csrf" value="([^"]+)"/.exec(
          (
            await app.inject({
              url: '/konto/radera',
              headers: { cookie: `${SESSION_COOKIE}=${sessionId}` },
            })
          ).body,
        ) ?? [])[1] ?? '',
    };
    const differs = await app.inject(
      memberForm(member, '/konto/radera', { confirmEmail: 'annan@exempel.se' }),
    );
    expect(differs.statusCode).toBe(400);
    expect(differs.body).toContain('href="#confirmEmail"');
    const deleted = await app.inject(
      memberForm(member, '/konto/radera', { confirmEmail: user.email.toUpperCase() }),
    );
    expect(deleted.statusCode).toBe(303);
    expect(await findUserById(db, user.id)).toBeUndefined();
    await app.close();
  });

  it('deletes the only member of an organisation and leaves the organisation without members', async () => {
    const { db, app } = await serve(target);
    const owner = await createTestOrganisation(db, app, { now: START });
    const deleted = await app.inject(
      memberForm(owner, '/konto/radera', { password: TEST_PASSWORD }),
    );
    expect(deleted.statusCode).toBe(303);
    const org = await db.query('SELECT 1 FROM organisations WHERE id = $1', [owner.organisationId]);
    expect(org.rows).toHaveLength(1);
    await app.close();
  });
});
