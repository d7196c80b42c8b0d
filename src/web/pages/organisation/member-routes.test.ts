import { describe, expect, it } from 'vitest';
import { addMembership, findMemberRole, findSession } from '../../../accounts/index';
import {
  createTestMember,
  createTestOrganisation,
  memberForm,
  memberGet,
} from '../../../test-support/accounts';
import { auditOf, mainText, TEST_START, usePagesServer } from './organisation-pages.fixture';

const server = usePagesServer();
const app = () => server.app();
const db = () => server.db();

const ROLE = '/organisation/medlemmar/roll';
const REMOVE = '/organisation/medlemmar/ta-bort';

async function team() {
  const owner = await createTestOrganisation(db(), app(), { name: 'Kommunen', now: TEST_START });
  const editor = await createTestMember(db(), app(), owner.organisationId, 'editor', TEST_START);
  const reader = await createTestMember(db(), app(), owner.organisationId, 'reader', TEST_START);
  return { owner, editor, reader };
}

describe('GET /organisation/medlemmar', () => {
  it('lists the members with their roles for every role; only owners get the forms', async () => {
    const { owner, editor, reader } = await team();
    for (const member of [owner, editor, reader]) {
      const response = await app().inject(memberGet(member, '/organisation/medlemmar'));
      expect(response.statusCode).toBe(200);
      const text = mainText(response.body);
      expect(text).toContain(`${owner.user.email} ägare`);
      expect(text).toContain(`${editor.user.email} redaktör`);
      expect(text).toContain(`${reader.user.email} läsare`);
      expect(response.body.includes(`action="${ROLE}"`)).toBe(member === owner);
      expect(response.body.includes(`action="${REMOVE}"`)).toBe(member === owner);
    }
    const en = await app().inject(memberGet(reader, '/organisation/medlemmar?lang=en'));
    expect(mainText(en.body)).toContain(`${editor.user.email} editor`);
  });

  it('sends a visitor to sign in', async () => {
    const response = await app().inject({ url: '/organisation/medlemmar' });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/logga-in?next=%2Forganisation%2Fmedlemmar');
  });
});

describe('changing roles and removing members', () => {
  it.each(['editor', 'reader'] as const)(
    'answers a member with the role %s 403 and changes nothing',
    async (role) => {
      const { owner, editor, reader } = await team();
      const member = role === 'editor' ? editor : reader;
      const before = (await auditOf(db(), owner.organisationId)).length;
      const change = await app().inject(
        memberForm(member, ROLE, { userId: owner.user.id, role: 'reader' }),
      );
      const remove = await app().inject(
        memberForm(member, REMOVE, { userId: owner.user.id, confirm: 'ja' }),
      );
      expect([change.statusCode, remove.statusCode]).toEqual([403, 403]);
      expect(await findMemberRole(db(), owner.organisationId, owner.user.id)).toBe('owner');
      expect(await auditOf(db(), owner.organisationId)).toHaveLength(before);
    },
  );

  it('lets an owner change a role, and records it', async () => {
    const { owner, editor } = await team();
    const response = await app().inject(
      memberForm(owner, ROLE, { userId: editor.user.id, role: 'reader' }),
    );
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/organisation/medlemmar?klart=role');
    expect(await findMemberRole(db(), owner.organisationId, editor.user.id)).toBe('reader');
    expect((await auditOf(db(), owner.organisationId)).at(-1)).toMatchObject({
      action: 'member.role-changed',
      actor_user_id: owner.user.id,
      subject_id: editor.user.id,
      detail: { from: 'editor', to: 'reader' },
    });
    // The editor's own session sees the new role at once.
    const demoted = await app().inject(
      memberForm(editor, '/organisation/juridisk-form', { legalForm: 'other' }),
    );
    expect(demoted.statusCode).toBe(403);
  });

  it('refuses to demote or remove the last owner with a clear message', async () => {
    const { owner } = await team();
    const demote = await app().inject(
      memberForm(owner, ROLE, { userId: owner.user.id, role: 'editor' }),
    );
    expect(demote.statusCode).toBe(409);
    expect(mainText(demote.body)).toContain('Organisationen måste ha minst en ägare.');
    expect(demote.body).toContain('class="error-summary"');
    const ask = await app().inject(
      memberForm(owner, `${REMOVE}?lang=en`, { userId: owner.user.id }),
    );
    expect(ask.statusCode).toBe(409);
    expect(mainText(ask.body)).toContain('The organisation must have at least one owner.');
    const confirmed = await app().inject(
      memberForm(owner, REMOVE, { userId: owner.user.id, confirm: 'ja' }),
    );
    expect(confirmed.statusCode).toBe(409);
    expect(await findMemberRole(db(), owner.organisationId, owner.user.id)).toBe('owner');
  });

  it('asks before removing; removing ends the member’s work in the organisation and is recorded', async () => {
    const { owner, editor } = await team();
    const ask = await app().inject(memberForm(owner, REMOVE, { userId: editor.user.id }));
    expect(ask.statusCode).toBe(200);
    expect(mainText(ask.body)).toContain(`Ta bort ${editor.user.name}?`);
    expect(ask.body).toContain('name="confirm" value="ja"');
    expect(await findMemberRole(db(), owner.organisationId, editor.user.id)).toBe('editor');

    const done = await app().inject(
      memberForm(owner, REMOVE, { userId: editor.user.id, confirm: 'ja' }),
    );
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/organisation/medlemmar?klart=removed');
    expect(await findMemberRole(db(), owner.organisationId, editor.user.id)).toBeUndefined();
    expect((await auditOf(db(), owner.organisationId)).at(-1)).toMatchObject({
      action: 'member.removed',
      actor_user_id: owner.user.id,
      subject_id: editor.user.id,
      detail: { role: 'editor' },
    });
    const session = await findSession(db(), editor.sessionId, TEST_START);
    expect(session?.organisation).toBeNull();
    const members = await app().inject(memberGet(editor, '/organisation/medlemmar'));
    expect(members.statusCode).toBe(403);
    const overview = await app().inject(memberGet(editor, '/organisation'));
    expect(mainText(overview.body)).toContain('Du är inte medlem i någon organisation');
  });

  it('lets an owner leave when another owner remains', async () => {
    const { owner, editor } = await team();
    await app().inject(memberForm(owner, ROLE, { userId: editor.user.id, role: 'owner' }));
    const response = await app().inject(
      memberForm(owner, REMOVE, { userId: owner.user.id, confirm: 'ja' }),
    );
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/organisation?klart=left');
    expect(await findMemberRole(db(), owner.organisationId, owner.user.id)).toBeUndefined();
  });

  it('answers 404 for someone who is not a member here, and 400 for an id that is no id', async () => {
    const { owner } = await team();
    const other = await createTestOrganisation(db(), app(), { now: TEST_START });
    const notHere = await app().inject(
      memberForm(owner, ROLE, { userId: other.user.id, role: 'reader' }),
    );
    expect(notHere.statusCode).toBe(404);
    const askNotHere = await app().inject(memberForm(owner, REMOVE, { userId: other.user.id }));
    expect(askNotHere.statusCode).toBe(404);
    expect(await findMemberRole(db(), other.organisationId, other.user.id)).toBe('owner');
    for (const [url, fields] of [
      [ROLE, { userId: 'nobody', role: 'reader' }],
      [ROLE, { userId: other.user.id, role: 'admin' }],
      [REMOVE, { userId: "1' OR '1'='1" }],
    ] as const) {
      const response = await app().inject(memberForm(owner, url, fields));
      expect(response.statusCode).toBe(400);
    }
  });

  it('moves a removed member who belongs elsewhere to their other organisation', async () => {
    const { owner, reader } = await team();
    const elsewhere = await createTestOrganisation(db(), app(), {
      name: 'Föreningen',
      now: TEST_START,
    });
    await addMembership(db(), {
      organisationId: elsewhere.organisationId,
      userId: reader.user.id,
      role: 'editor',
      now: TEST_START,
    });
    await app().inject(memberForm(owner, REMOVE, { userId: reader.user.id, confirm: 'ja' }));
    const session = await findSession(db(), reader.sessionId, TEST_START);
    expect(session?.organisation).toMatchObject({
      organisationId: elsewhere.organisationId,
      role: 'editor',
    });
  });
});
