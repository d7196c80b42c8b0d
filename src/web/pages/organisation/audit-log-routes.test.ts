import { describe, expect, it } from 'vitest';
import { appendAudit, createApiToken } from '../../../accounts/index';
import {
  createTestMember,
  createTestOrganisation,
  memberForm,
  memberGet,
  nextTestEmail,
} from '../../../test-support/accounts';
import { mainText, TEST_START, usePagesServer } from './organisation-pages.fixture';
import { AUDIT_PAGE_SIZE } from './audit-log-routes';

const server = usePagesServer();
const app = () => server.app();
const db = () => server.db();

const LOG = '/organisation/logg';

/** The rows of the log's table, as text. */
function rowsOf(body: string): string[] {
  const tbody = /<tbody>([\s\S]*?)<\/tbody>/.exec(body)?.[1] ?? '';
  return [...tbody.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

describe('GET /organisation/logg', () => {
  it.each(['editor', 'reader'] as const)('answers a member with the role %s 403', async (role) => {
    const owner = await createTestOrganisation(db(), app(), { now: TEST_START });
    const member = await createTestMember(db(), app(), owner.organisationId, role, TEST_START);
    expect((await app().inject(memberGet(member, LOG))).statusCode).toBe(403);
    expect((await app().inject(memberGet(owner, LOG))).statusCode).toBe(200);
  });

  it('sends a visitor to sign in', async () => {
    const response = await app().inject({ url: LOG });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/logga-in?next=%2Forganisation%2Flogg');
  });

  it('tells each entry in words, newest first: who (a deleted user, a token, the operator), what, about what and when in Swedish time', async () => {
    server.setNow(TEST_START);
    const owner = await createTestOrganisation(db(), app(), {
      name: 'Loggföreningen',
      kind: 'ideburen',
      now: TEST_START,
    });
    const org = owner.organisationId;
    const editor = await createTestMember(db(), app(), org, 'editor', TEST_START);
    const leaving = await createTestMember(db(), app(), org, 'editor', TEST_START);
    const invited = nextTestEmail('logged');
    await app().inject(
      memberForm(owner, '/organisation/inbjudningar', { email: invited, role: 'editor' }),
    );
    await app().inject(
      memberForm(owner, '/organisation/api-nycklar', { name: 'Ärendesystemet', scope: 'read' }),
    );
    await app().inject(
      memberForm(owner, '/organisation/medlemmar/roll', { userId: editor.user.id, role: 'reader' }),
    );
    await app().inject(
      memberForm(owner, '/organisation/juridisk-form', { legalForm: 'stiftelse' }),
    );
    const { token } = await createApiToken(db(), {
      organisationId: org,
      name: 'Exporten',
      scope: 'write',
      createdBy: owner.user.id,
      now: TEST_START,
    });
    const caseId = '11111111-2222-4333-8444-555555555555';
    await appendAudit(db(), {
      organisationId: org,
      actor: { kind: 'token', tokenId: token.id },
      action: 'case.created',
      subjectType: 'case',
      subjectId: caseId,
      detail: { title: 'Läxhjälp 2027' },
      at: TEST_START,
    });
    await appendAudit(db(), {
      organisationId: org,
      actor: { kind: 'user', userId: leaving.user.id },
      action: 'case.exported',
      subjectType: 'case',
      subjectId: caseId,
      at: new Date('2026-07-01T10:00:00Z'),
    });
    await appendAudit(db(), {
      organisationId: org,
      actor: { kind: 'operator' },
      action: 'member.joined',
      subjectType: 'membership',
      subjectId: leaving.user.id,
      detail: { role: 'reader' },
      at: TEST_START,
    });
    await db().query('DELETE FROM users WHERE id = $1', [leaving.user.id]);

    const sv = await app().inject(memberGet(owner, LOG));
    expect(sv.statusCode).toBe(200);
    const rows = rowsOf(sv.body);
    expect(rows).toEqual([
      '26 november 2026 kl. 11:00 Driftansvarig (kommandoraden) borttagen användare gick med som läsare',
      '1 juli 2026 kl. 12:00 borttagen användare Laddade ner beslutsunderlaget för ärendet Läxhjälp 2027',
      '26 november 2026 kl. 11:00 API-nyckeln Exporten Sparade ärendet Läxhjälp 2027',
      '26 november 2026 kl. 11:00 Ägare Test Bekräftade den juridiska formen: stiftelse',
      `26 november 2026 kl. 11:00 Ägare Test Ändrade rollen för ${editor.user.name} från redaktör till läsare`,
      '26 november 2026 kl. 11:00 Ägare Test Skapade API-nyckeln Ärendesystemet (läsa)',
      `26 november 2026 kl. 11:00 Ägare Test Bjöd in ${invited} som redaktör`,
      '26 november 2026 kl. 11:00 Ägare Test Skapade organisationen Loggföreningen',
    ]);

    const en = rowsOf((await app().inject(memberGet(owner, `${LOG}?lang=en`))).body);
    expect(en[0]).toBe(
      '26 November 2026 at 11:00 (Swedish time) Operator (command line) deleted user joined as reader',
    );
    expect(en[1]).toContain('1 July 2026 at 12:00 (Swedish time) deleted user Downloaded');
    expect(en[2]).toContain('API token Exporten Saved the case Läxhjälp 2027');
    expect(en[4]).toContain(`Changed the role of ${editor.user.name} from editor to reader`);
    expect(en[6]).toContain(`Invited ${invited} as editor`);
  });

  it(`shows ${AUDIT_PAGE_SIZE} entries a page, with a link to older ones`, async () => {
    const owner = await createTestOrganisation(db(), app(), { now: TEST_START });
    const org = owner.organisationId;
    for (let i = 1; i <= 60; i++) {
      await appendAudit(db(), {
        organisationId: org,
        actor: { kind: 'operator' },
        action: 'case.created',
        subjectType: 'case',
        subjectId: `case-${i}`,
        detail: { title: `Ärende ${i}` },
        at: TEST_START,
      });
    }
    const first = await app().inject(memberGet(owner, LOG));
    const firstRows = rowsOf(first.body);
    expect(firstRows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(firstRows[0]).toContain('Ärende 60');
    expect(firstRows.at(-1)).toContain('Ärende 11');
    const older = /href="(\/organisation\/logg\?innan=\d+)"/.exec(first.body)?.[1] ?? '';
    expect(mainText(first.body)).toContain('Äldre händelser');
    const second = await app().inject(memberGet(owner, older));
    const secondRows = rowsOf(second.body);
    // Ten cases and the organisation's creation.
    expect(secondRows).toHaveLength(11);
    expect(secondRows[0]).toContain('Ärende 10');
    expect(secondRows.at(-1)).toContain('Skapade organisationen');
    expect(second.body).not.toContain('innan=');
    expect(mainText(second.body)).toContain('De senaste händelserna');

    for (const bad of ['abc', '0', '-1', '1e3', '99999999999999999999']) {
      const response = await app().inject(memberGet(owner, `${LOG}?innan=${bad}`));
      expect(response.statusCode).toBe(400);
    }
  });
});
