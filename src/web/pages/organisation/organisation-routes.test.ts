import { describe, expect, it } from 'vitest';
import { addMembership, createSession, createUser, findSession } from '../../../accounts/index';
import {
  createTestMember,
  createTestOrganisation,
  memberForm,
  memberGet,
  nextTestEmail,
  nextTestOrgnr,
} from '../../../test-support/accounts';
import { SESSION_COOKIE } from '../../auth/auth-cookies';
import {
  auditOf,
  csrfOf,
  mainText,
  TEST_START,
  usePagesServer,
} from './organisation-pages.fixture';

const server = usePagesServer();
const app = () => server.app();
const db = () => server.db();

async function organisationOf(id: string) {
  const { rows } = await db().query<{ name: string; orgnr: string; legal_form: string | null }>(
    'SELECT name, orgnr, legal_form FROM organisations WHERE id = $1',
    [id],
  );
  return rows[0];
}

describe('GET /organisation', () => {
  it('sends a visitor to sign in, and back here afterwards', async () => {
    const response = await app().inject({ url: '/organisation?lang=en' });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/logga-in?lang=en&next=%2Forganisation%3Flang%3Den');
  });

  it('shows the number as NNNNNN-NNNN, the kind, the role, and suggests the legal form from the group digit', async () => {
    const owner = await createTestOrganisation(db(), app(), {
      name: 'Föreningen Lyktan',
      kind: 'ideburen',
      now: TEST_START,
    });
    const org = await organisationOf(owner.organisationId);
    const response = await app().inject(memberGet(owner, '/organisation'));
    expect(response.statusCode).toBe(200);
    const text = mainText(response.body);
    expect(text).toContain('Föreningen Lyktan');
    expect(text).toContain(`${org?.orgnr.slice(0, 6)}-${org?.orgnr.slice(6)}`);
    expect(text).toContain('Idéburen organisation');
    expect(text).toContain('Din roll ägare');
    expect(text).toContain('Juridisk form Inte bekräftad');
    expect(text).toContain('Organisationsnumret börjar med 8');
    // The first suggestion of group 8 is chosen in advance; nothing is saved until confirmed.
    expect(response.body).toMatch(/value="ideell-forening"\s+checked/);
    expect(text).toContain('Ideell förening (förslag utifrån organisationsnumret)');
    expect(text).toContain('Stiftelse (förslag utifrån organisationsnumret)');
    expect(text).not.toContain('Aktiebolag (förslag');
    const en = mainText((await app().inject(memberGet(owner, '/organisation?lang=en'))).body);
    expect(en).toContain('Your role owner');
    expect(en).toContain('The organisation number begins with 8');
    expect(en).toContain('Idea-driven organisation');
  });

  it('shows a member who may not change the legal form no form for it', async () => {
    const owner = await createTestOrganisation(db(), app(), { now: TEST_START });
    const editor = await createTestMember(db(), app(), owner.organisationId, 'editor', TEST_START);
    const response = await app().inject(memberGet(editor, '/organisation'));
    expect(response.statusCode).toBe(200);
    expect(mainText(response.body)).toContain('Din roll redaktör');
    expect(response.body).not.toContain('name="legalForm"');
  });

  it('explains to a person without an organisation and offers the form that creates one', async () => {
    const user = await createUser(db(), {
      email: nextTestEmail('alone'),
      name: 'Ensam',
      password: null,
    });
    const id = await createSession(db(), { userId: user.id, method: 'password', now: TEST_START });
    const response = await app().inject({
      url: '/organisation',
      headers: { cookie: `${SESSION_COOKIE}=${id}` },
    });
    expect(response.statusCode).toBe(200);
    expect(mainText(response.body)).toContain('Du är inte medlem i någon organisation');
    expect(response.body).toContain('action="/organisation/ny"');
    expect(response.body).toContain('name="orgnr"');
  });
});

describe('POST /organisation/juridisk-form', () => {
  it('lets an owner confirm another legal form, and records it', async () => {
    const owner = await createTestOrganisation(db(), app(), { kind: 'ideburen', now: TEST_START });
    const response = await app().inject(
      memberForm(owner, '/organisation/juridisk-form', { legalForm: 'stiftelse' }),
    );
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/organisation?klart=legal-form');
    expect((await organisationOf(owner.organisationId))?.legal_form).toBe('stiftelse');
    const audit = await auditOf(db(), owner.organisationId);
    expect(audit.at(-1)).toMatchObject({
      action: 'organisation.legal-form-set',
      actor_user_id: owner.user.id,
      subject_type: 'organisation',
      detail: { from: null, to: 'stiftelse' },
    });
    const page = await app().inject(memberGet(owner, '/organisation?klart=legal-form'));
    const text = mainText(page.body);
    expect(text).toContain('Den juridiska formen är sparad.');
    expect(text).toContain('Juridisk form Stiftelse');
    expect(text).toContain('Bekräftad av en ägare.');
  });

  it('refuses a value that is not a legal form with a message, and changes nothing', async () => {
    const owner = await createTestOrganisation(db(), app(), { now: TEST_START });
    const before = (await auditOf(db(), owner.organisationId)).length;
    const response = await app().inject(
      memberForm(owner, '/organisation/juridisk-form?lang=en', { legalForm: 'kommanditbolag' }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Choose the organisation&#39;s legal form.');
    expect(response.body).toContain('href="#legalForm-0"');
    expect((await organisationOf(owner.organisationId))?.legal_form).toBeNull();
    expect(await auditOf(db(), owner.organisationId)).toHaveLength(before);
  });

  it.each(['editor', 'reader'] as const)(
    'answers a member with the role %s 403 and changes nothing',
    async (role) => {
      const owner = await createTestOrganisation(db(), app(), { now: TEST_START });
      const member = await createTestMember(db(), app(), owner.organisationId, role, TEST_START);
      const response = await app().inject(
        memberForm(member, '/organisation/juridisk-form', { legalForm: 'stiftelse' }),
      );
      expect(response.statusCode).toBe(403);
      expect((await organisationOf(owner.organisationId))?.legal_form).toBeNull();
    },
  );

  it('sends a visitor to sign in', async () => {
    const page = await app().inject({ url: '/logga-in' });
    const cookie = String(page.headers['set-cookie']).split(';')[0] ?? '';
    const response = await app().inject({
      ...memberForm(undefined, '/organisation/juridisk-form', {
        legalForm: 'stiftelse',
        csrf: csrfOf(page.body),
      }),
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    });
    expect(response.statusCode).toBe(303);
    expect(String(response.headers.location)).toMatch(/^\/logga-in/);
  });
});

describe('POST /organisation/byt', () => {
  it("switches to another of the person's organisations", async () => {
    const first = await createTestOrganisation(db(), app(), { name: 'Första', now: TEST_START });
    const second = await createTestOrganisation(db(), app(), { name: 'Andra', now: TEST_START });
    await addMembership(db(), {
      organisationId: second.organisationId,
      userId: first.user.id,
      role: 'reader',
      now: TEST_START,
    });
    const page = await app().inject(memberGet(first, '/organisation'));
    expect(mainText(page.body)).toContain('Arbeta i Andra');
    const response = await app().inject(
      memberForm(first, '/organisation/byt', { organisationId: second.organisationId }),
    );
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/organisation?klart=switched');
    const session = await findSession(db(), first.sessionId, TEST_START);
    expect(session?.organisation).toMatchObject({
      organisationId: second.organisationId,
      role: 'reader',
    });
    const after = mainText((await app().inject(memberGet(first, '/organisation'))).body);
    expect(after).toContain('Andra');
    expect(after).toContain('Din roll läsare');
  });

  it('refuses an organisation the person is not a member of, as if it did not exist', async () => {
    const mine = await createTestOrganisation(db(), app(), { now: TEST_START });
    const theirs = await createTestOrganisation(db(), app(), { now: TEST_START });
    for (const organisationId of [
      theirs.organisationId,
      '00000000-0000-4000-8000-000000000000',
      'x',
    ]) {
      const response = await app().inject(
        memberForm(mine, '/organisation/byt', { organisationId }),
      );
      expect(response.statusCode).toBe(404);
    }
    const session = await findSession(db(), mine.sessionId, TEST_START);
    expect(session?.organisation?.organisationId).toBe(mine.organisationId);
  });
});

describe('/organisation/ny', () => {
  it('creates an organisation whose creator is its owner, switches to it and records it', async () => {
    const member = await createTestOrganisation(db(), app(), { now: TEST_START });
    const form = await app().inject(memberGet(member, '/organisation/ny'));
    expect(form.statusCode).toBe(200);
    const orgnr = nextTestOrgnr();
    const response = await app().inject(
      memberForm(member, '/organisation/ny', {
        name: '  Stiftelsen Ljuset ',
        orgnr: `${orgnr.slice(0, 6)}-${orgnr.slice(6)}`,
        kind: 'ideburen',
      }),
    );
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/organisation?klart=created');
    const { rows } = await db().query<{ id: string; name: string; role: string }>(
      `SELECT o.id, o.name, m.role FROM organisations o JOIN memberships m ON m.organisation_id = o.id
        WHERE o.orgnr = $1`,
      [orgnr],
    );
    expect(rows).toEqual([
      { id: expect.any(String) as string, name: 'Stiftelsen Ljuset', role: 'owner' },
    ]);
    const id = rows[0]?.id ?? '';
    const session = await findSession(db(), member.sessionId, TEST_START);
    expect(session?.organisation?.organisationId).toBe(id);
    expect((await auditOf(db(), id)).map((e) => [e.action, e.actor_user_id])).toEqual([
      ['organisation.created', member.user.id],
      ['member.joined', member.user.id],
    ]);
  });

  it('names each field with a problem in the language of the page and writes nothing', async () => {
    const member = await createTestOrganisation(db(), app(), { now: TEST_START });
    const count = async () =>
      (await db().query<{ n: number }>('SELECT count(*)::int AS n FROM organisations')).rows[0]?.n;
    const before = await count();
    const response = await app().inject(
      memberForm(member, '/organisation/ny?lang=en', {
        name: '',
        orgnr: '802000-0001',
        kind: 'company',
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('href="#name"');
    expect(response.body).toContain('the check digit (the last one) is wrong');
    expect(response.body).toContain('Choose what kind of organisation it is.');
    expect(await count()).toBe(before);
  });

  it('says so when the organisation is registered already', async () => {
    const member = await createTestOrganisation(db(), app(), { now: TEST_START });
    const other = await createTestOrganisation(db(), app(), { now: TEST_START });
    const orgnr = (await organisationOf(other.organisationId))?.orgnr ?? '';
    const response = await app().inject(
      memberForm(member, '/organisation/ny', { name: 'Kopia', orgnr, kind: 'ideburen' }),
    );
    expect(response.statusCode).toBe(409);
    expect(mainText(response.body)).toContain('Organisationen finns redan i samverka.');
  });

  it('sends a visitor to sign in', async () => {
    const response = await app().inject({ url: '/organisation/ny' });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/logga-in?next=%2Forganisation%2Fny');
  });
});
