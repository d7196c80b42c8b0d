import { expect, it } from 'vitest';
import { findLiveApiToken, findMemberRole, hashSecret } from '../../../accounts/index';
import {
  createTestMember,
  createTestOrganisation,
  memberForm,
  memberGet,
  nextTestEmail,
  type TestMember,
} from '../../../test-support/accounts';
import { TEST_START, usePagesServer } from './organisation-pages.fixture';

const server = usePagesServer();
const app = () => server.app();
const db = () => server.db();

/** An organisation with an owner, an editor, an API token and an invitation waiting. */
async function organisation(name: string) {
  const owner = await createTestOrganisation(db(), app(), { name, now: TEST_START });
  const editor = await createTestMember(db(), app(), owner.organisationId, 'editor', TEST_START);
  const tokenName = `Nyckel hos ${name}`;
  const created = await app().inject(
    memberForm(owner, '/organisation/api-nycklar', { name: tokenName, scope: 'write' }),
  );
  const secret = /value="(svk_[A-Za-z0-9_-]{43})"/.exec(created.body)?.[1] ?? '';
  const invited = nextTestEmail(`invited-${name}`);
  await app().inject(
    memberForm(owner, '/organisation/inbjudningar', { email: invited, role: 'reader' }),
  );
  const ids = async (table: string, where: string, value: string) =>
    (await db().query<{ id: string }>(`SELECT id FROM ${table} WHERE ${where} = $1`, [value]))
      .rows[0]?.id ?? '';
  return {
    owner,
    editor,
    tokenName,
    secret,
    tokenId: await ids('api_tokens', 'token_hash', hashSecret(secret)),
    invited,
    invitationId: await ids('invitations', 'email', invited),
  };
}

type Org = Awaited<ReturnType<typeof organisation>>;

/** Everything one organisation's owner can read about their organisation, as one text. */
async function everythingSeenBy(owner: TestMember): Promise<string> {
  const pages = ['/organisation', '/organisation/medlemmar', '/organisation/inbjudningar'];
  pages.push('/organisation/api-nycklar', '/organisation/logg');
  const bodies = await Promise.all(pages.map((url) => app().inject(memberGet(owner, url))));
  for (const body of bodies) expect(body.statusCode).toBe(200);
  return bodies.map((b) => b.body).join('\n');
}

it("lets neither of two organisations see or touch the other's members, invitations, tokens or log", async () => {
  const a = await organisation('Alfa');
  const b = await organisation('Beta');
  const check = async (self: Org, other: Org) => {
    const seen = await everythingSeenBy(self.owner);
    expect(seen).toContain(self.editor.user.email);
    expect(seen).toContain(self.tokenName);
    expect(seen).toContain(self.invited);
    for (const secret of [
      other.editor.user.email,
      other.owner.user.email,
      other.tokenName,
      other.invited,
      other.tokenId,
      other.invitationId,
      other.owner.organisationId,
    ]) {
      expect(seen).not.toContain(secret);
    }

    const attempts = [
      memberForm(self.owner, '/organisation/api-nycklar/aterkalla', {
        tokenId: other.tokenId,
        confirm: 'ja',
      }),
      memberForm(self.owner, '/organisation/api-nycklar/aterkalla', { tokenId: other.tokenId }),
      memberForm(self.owner, '/organisation/inbjudningar/aterkalla', {
        invitationId: other.invitationId,
        confirm: 'ja',
      }),
      memberForm(self.owner, '/organisation/medlemmar/roll', {
        userId: other.editor.user.id,
        role: 'reader',
      }),
      memberForm(self.owner, '/organisation/medlemmar/ta-bort', {
        userId: other.owner.user.id,
        confirm: 'ja',
      }),
      memberForm(self.owner, '/organisation/byt', { organisationId: other.owner.organisationId }),
    ];
    for (const attempt of attempts) {
      expect((await app().inject(attempt)).statusCode).toBe(404);
    }
    expect(await findLiveApiToken(db(), other.secret, TEST_START)).toBeDefined();
    expect(await findMemberRole(db(), other.owner.organisationId, other.editor.user.id)).toBe(
      'editor',
    );
    expect(await findMemberRole(db(), other.owner.organisationId, other.owner.user.id)).toBe(
      'owner',
    );
    const pending = await db().query(
      'SELECT 1 FROM invitations WHERE id = $1 AND revoked_at IS NULL',
      [other.invitationId],
    );
    expect(pending.rows).toHaveLength(1);
  };
  await check(a, b);
  await check(b, a);
});
