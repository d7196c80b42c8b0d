import { describe, expect, it } from 'vitest';
import { findLiveApiToken, hashSecret } from '../../../accounts/index';
import {
  createTestMember,
  createTestOrganisation,
  memberForm,
  memberGet,
  type TestMember,
} from '../../../test-support/accounts';
import { registerApi } from '../../../api/index';
import { apiAccess } from '../../auth/access-guard';
import { auditOf, mainText, TEST_START, usePagesServer } from './organisation-pages.fixture';

// A route of the API's kind that needs a token or a member allowed to read cases: what a token
// can do is checked through the request hook and the guard every API route uses.
const PROBE = '/probe/cases';
const server = usePagesServer([
  (scope) => registerApi(scope),
  (scope) => {
    scope.get(PROBE, (request, reply) => {
      const access = apiAccess(request, reply, 'case.read');
      if (!access) return reply;
      return { organisationId: access.organisationId, actor: access.actor };
    });
  },
]);
const app = () => server.app();
const db = () => server.db();

const TOKENS = '/organisation/api-nycklar';
const REVOKE = '/organisation/api-nycklar/aterkalla';

async function createToken(owner: TestMember, name: string, scope = 'read', url = TOKENS) {
  const response = await app().inject(memberForm(owner, url, { name, scope }));
  const secret = /value="(svk_[A-Za-z0-9_-]{43})"/.exec(response.body)?.[1] ?? '';
  return { response, secret };
}

function probe(secret: string) {
  return app().inject({ url: PROBE, headers: { authorization: `Bearer ${secret}` } });
}

async function tokenIdOf(secret: string): Promise<string> {
  const { rows } = await db().query<{ id: string }>(
    'SELECT id FROM api_tokens WHERE token_hash = $1',
    [hashSecret(secret)],
  );
  return rows[0]?.id ?? '';
}

describe('API tokens', () => {
  it('shows a new token once, on the uncached answer, and stores only its hash', async () => {
    const owner = await createTestOrganisation(db(), app(), { now: TEST_START });
    const { response, secret } = await createToken(owner, 'Ärendesystemet', 'write');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(secret).toMatch(/^svk_/);
    expect(mainText(response.body)).toContain('Den visas bara den här gången');

    const { rows } = await db().query<{ token_hash: string; row: string }>(
      `SELECT token_hash, row_to_json(t)::text AS row FROM api_tokens t WHERE organisation_id = $1`,
      [owner.organisationId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).toBe(hashSecret(secret));
    expect(rows[0]?.row).not.toContain(secret);
    const everything = await db().query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE detail::text LIKE '%' || $1 || '%'`,
      [secret],
    );
    expect(everything.rows[0]?.n).toBe(0);

    const list = await app().inject(memberGet(owner, TOKENS));
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(secret);
    const text = mainText(list.body);
    expect(text).toContain('Ärendesystemet Läsa och skriva');
    expect(text).toContain('Aldrig Gäller');
    expect(text).toContain('Authorization: Bearer svk_…');
    expect((await auditOf(db(), owner.organisationId)).at(-1)).toMatchObject({
      action: 'token.created',
      actor_user_id: owner.user.id,
      subject_type: 'token',
      detail: { name: 'Ärendesystemet', scope: 'write' },
    });
  });

  it('authenticates as its organisation, also to GET /api/v1/cases, until it is revoked after a question; then 401', async () => {
    server.setNow(TEST_START);
    const owner = await createTestOrganisation(db(), app(), { now: TEST_START });
    const { secret } = await createToken(owner, 'Integration');
    const ok = await probe(secret);
    expect(ok.statusCode).toBe(200);
    const tokenId = await tokenIdOf(secret);
    expect(ok.json()).toEqual({
      organisationId: owner.organisationId,
      actor: { kind: 'token', tokenId },
    });
    const used = mainText((await app().inject(memberGet(owner, TOKENS))).body);
    expect(used).not.toContain('Aldrig');

    const ask = await app().inject(memberForm(owner, REVOKE, { tokenId }));
    expect(ask.statusCode).toBe(200);
    expect(mainText(ask.body)).toContain('Återkalla API-nyckeln Integration?');
    expect((await probe(secret)).statusCode).toBe(200);

    const cases = () =>
      app().inject({ url: '/api/v1/cases', headers: { authorization: `Bearer ${secret}` } });
    expect((await cases()).statusCode).toBe(200);

    const done = await app().inject(memberForm(owner, REVOKE, { tokenId, confirm: 'ja' }));
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/organisation/api-nycklar?klart=token-revoked');
    const refused = await probe(secret);
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['www-authenticate']).toContain('Bearer');
    expect((await cases()).statusCode).toBe(401);
    expect(await findLiveApiToken(db(), secret, TEST_START)).toBeUndefined();
    const list = mainText((await app().inject(memberGet(owner, TOKENS))).body);
    expect(list).toContain('Återkallad 26 november 2026');
    expect((await auditOf(db(), owner.organisationId)).at(-1)).toMatchObject({
      action: 'token.revoked',
      actor_user_id: owner.user.id,
      subject_id: tokenId,
    });
    const twice = await app().inject(memberForm(owner, REVOKE, { tokenId, confirm: 'ja' }));
    expect(twice.statusCode).toBe(404);
  });

  it('names the fields with problems and creates nothing', async () => {
    const owner = await createTestOrganisation(db(), app(), { now: TEST_START });
    const empty = await createToken(owner, '  ', 'admin', `${TOKENS}?lang=en`);
    expect(empty.response.statusCode).toBe(400);
    expect(empty.response.body).toContain('href="#name"');
    expect(empty.response.body).toContain('Choose what the token may do.');
    const long = await createToken(owner, 'x'.repeat(101));
    expect(long.response.statusCode).toBe(400);
    expect(mainText(long.response.body)).toContain('Skriv högst 100 tecken.');
    const { rows } = await db().query('SELECT 1 FROM api_tokens WHERE organisation_id = $1', [
      owner.organisationId,
    ]);
    expect(rows).toEqual([]);
  });

  it.each(['editor', 'reader'] as const)(
    'answers a member with the role %s 403: no list, no new token, no revocation',
    async (role) => {
      const owner = await createTestOrganisation(db(), app(), { now: TEST_START });
      const member = await createTestMember(db(), app(), owner.organisationId, role, TEST_START);
      const { secret } = await createToken(owner, 'Ägarens');
      const tokenId = await tokenIdOf(secret);
      expect((await app().inject(memberGet(member, TOKENS))).statusCode).toBe(403);
      expect((await createToken(member, 'Min egen')).response.statusCode).toBe(403);
      const revoke = await app().inject(memberForm(member, REVOKE, { tokenId, confirm: 'ja' }));
      expect(revoke.statusCode).toBe(403);
      expect((await probe(secret)).statusCode).toBe(200);
      const { rows } = await db().query('SELECT name FROM api_tokens WHERE organisation_id = $1', [
        owner.organisationId,
      ]);
      expect(rows).toEqual([{ name: 'Ägarens' }]);
    },
  );

  it('sends a visitor to sign in, and answers a bad id 400', async () => {
    const visitor = await app().inject({ url: TOKENS });
    expect(visitor.statusCode).toBe(303);
    expect(String(visitor.headers.location)).toMatch(/^\/logga-in\?next=/);
    const owner = await createTestOrganisation(db(), app(), { now: TEST_START });
    const bad = await app().inject(memberForm(owner, REVOKE, { tokenId: '../../etc' }));
    expect(bad.statusCode).toBe(400);
  });
});
