import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../../accounts/index';
import { buildServer } from '../../../app/build-server';
import { findCase, saveCase } from '../../../cases/index';
import { migrate } from '../../../db/migrate';
import { roleAllows, ROLES, type Action, type Role } from '../../../domain/accounts/index';
import {
  createTestMember,
  createTestOrganisation,
  memberForm,
  memberGet,
  type TestMember,
} from '../../../test-support/accounts';
import { openScratchPglite, type ScratchDatabase } from '../../../test-support/databases';
import {
  IDEBUREN_CANDIDATE,
  IDEBUREN_CANDIDATE_PERMALINK,
} from '../../../test-support/ideburen-candidate';

let scratch: ScratchDatabase;
let app: FastifyInstance;
const clock = new Date('2026-11-26T10:00:00Z');

let owner: TestMember;
let editor: TestMember;
let reader: TestMember;
let outsider: TestMember;

beforeAll(async () => {
  scratch = await openScratchPglite();
  await migrate(scratch.db);
  app = await buildServer({ db: scratch.db, now: () => clock });
  owner = await createTestOrganisation(scratch.db, app, { name: 'Kommunen', now: clock });
  editor = await createTestMember(scratch.db, app, owner.organisationId, 'editor', clock);
  reader = await createTestMember(scratch.db, app, owner.organisationId, 'reader', clock);
  outsider = await createTestOrganisation(scratch.db, app, { name: 'Grannkommunen', now: clock });
});

afterAll(async () => {
  await app.close();
  await scratch.dispose();
});

/** A case saved by `member` straight into the database. */
async function caseOf(member: TestMember, title = 'Boende för unga', facts = IDEBUREN_CANDIDATE) {
  return saveCase(
    scratch.db,
    {
      organisationId: member.organisationId,
      actor: { kind: 'user', userId: member.user.id },
      userId: member.user.id,
      actorName: member.user.name,
      now: clock,
    },
    { title, facts },
  );
}

function idFrom(location: unknown): string {
  const match = /^\/arenden\/([0-9a-f-]{36})\?/.exec(String(location));
  expect(match, String(location)).not.toBeNull();
  return match![1]!;
}

async function auditOf(caseId: string) {
  const entries = await listAudit(scratch.db, owner.organisationId, { limit: 500 });
  return entries.filter((e) => e.subjectId === caseId).reverse();
}

describe('saving the guide’s result', () => {
  it('offers a member who may save a form, a reader an explanation, a visitor sign-in', async () => {
    const url = `/vagledning/resultat?${IDEBUREN_CANDIDATE_PERMALINK}`;
    const asEditor = await app.inject(memberGet(editor, url));
    expect(asEditor.statusCode).toBe(200);
    expect(asEditor.body).toContain('<h2 id="save-case">Spara ärendet</h2>');
    expect(asEditor.body).toContain(
      `action="/arenden?${IDEBUREN_CANDIDATE_PERMALINK.replace(/&/g, '&amp;')}"`,
    );
    expect(asEditor.body).toContain(`name="csrf" value="${editor.csrf}"`);
    const asReader = await app.inject(memberGet(reader, url));
    expect(asReader.body).toContain('Din roll i organisationen (läsare) kan inte spara ärenden.');
    expect(asReader.body).not.toContain('action="/arenden?');
    const visitor = await app.inject(memberGet(undefined, `${url}&lang=en`));
    expect(visitor.body).toContain('Sign in to save');
    expect(visitor.body).toContain('href="/logga-in?lang=en&amp;next=');
  });

  it('saves the case and its assessment, and shows it with what changed since', async () => {
    const response = await app.inject(
      memberForm(editor, `/arenden?${IDEBUREN_CANDIDATE_PERMALINK}`, {
        title: '  Boende för unga ',
      }),
    );
    expect(response.statusCode).toBe(303);
    const id = idFrom(response.headers.location);
    expect(response.headers.location).toBe(`/arenden/${id}?klart=sparat`);
    const saved = await findCase(scratch.db, owner.organisationId, id);
    expect(saved).toMatchObject({
      title: 'Boende för unga',
      facts: IDEBUREN_CANDIDATE,
      version: 1,
    });
    expect(saved?.assessments[0]?.ruleSetId).toBe('lou-2022-02');

    const page = await app.inject(memberGet(editor, String(response.headers.location)));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1>Boende för unga</h1>');
    expect(page.body).toContain('Ärendet är sparat.');
    expect(page.body).toContain('lou-2022-02');
    expect(page.body).toContain('Reglerna har ändrats sedan bedömningen sparades.');
    // reserved-ideburen: not possible under the 2022 rules, possible under conditions today.
    expect(page.body).toMatch(
      /data-form="reserved-ideburen"[\s\S]*?data-verdict-before="not-allowed"[\s\S]*?data-verdict="allowed-if"/,
    );
    expect((await auditOf(id)).map((e) => e.action)).toEqual(['case.created']);
  });

  it('shows the form again with the problem when the title is missing, and saves nothing', async () => {
    const before = await scratch.db.query('SELECT count(*)::int AS n FROM cases');
    const response = await app.inject(
      memberForm(editor, `/arenden?${IDEBUREN_CANDIDATE_PERMALINK}&lang=en`, { title: '   ' }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('There is a problem');
    expect(response.body).toContain('<a href="#title">Fill in this field.</a>');
    expect(response.body).toContain(
      `action="/arenden?${IDEBUREN_CANDIDATE_PERMALINK.replace(/&/g, '&amp;')}&amp;lang=en"`,
    );
    const after = await scratch.db.query('SELECT count(*)::int AS n FROM cases');
    expect(after.rows).toEqual(before.rows);
  });

  it('refuses answers that cannot be read, naming the field, and saves nothing', async () => {
    const response = await app.inject(
      memberForm(editor, '/arenden?startDate=2022-02-30', { title: 'Fel datum' }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('2022-02-30');
    const { rows } = await scratch.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM cases WHERE title = 'Fel datum'`,
    );
    expect(rows[0]?.n).toBe(0);
  });

  it('shows the save form alone at /arenden/nytt with a suggested name', async () => {
    const page = await app.inject(
      memberGet(editor, `/arenden/nytt?${IDEBUREN_CANDIDATE_PERMALINK}&lang=en`),
    );
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1>Save the case</h1>');
    expect(page.body).toMatch(/id="title"[^>]*value="[^"]+"/);
  });
});

describe('the list', () => {
  it('lists open cases and archived ones apart, twenty to a page', async () => {
    const org = await createTestOrganisation(scratch.db, app, { now: clock });
    for (let i = 0; i < 21; i++) await caseOf(org, `Ärende ${String(i).padStart(2, '0')}`);
    const archived = await caseOf(org, 'Gammalt ärende');
    await app.inject(memberForm(org, `/arenden/${archived.id}/arkivera`, { version: '1' }));
    const first = await app.inject(memberGet(org, '/arenden'));
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('Öppna ärenden (21)');
    expect(first.body.match(/<th scope="row">/g)).toHaveLength(20);
    expect(first.body).toContain('Sida 1 av 2');
    expect(first.body).toContain('href="/arenden?page=2" rel="next"');
    expect(first.body).not.toContain('Gammalt ärende');
    const second = await app.inject(memberGet(org, '/arenden?page=2&lang=en'));
    expect(second.body.match(/<th scope="row">/g)).toHaveLength(1);
    expect(second.body).toContain('Page 2 of 2');
    const old = await app.inject(memberGet(org, '/arenden?status=archived'));
    expect(old.body).toContain('Arkiverade ärenden (1)');
    expect(old.body).toContain('Gammalt ärende');
    const nonsense = await app.inject(memberGet(org, '/arenden?page=x&status=y'));
    expect(nonsense.statusCode).toBe(200);
    expect(nonsense.body).toContain('Sida 1 av 2');
  });

  it('never lists another organisation’s cases', async () => {
    await caseOf(owner, 'Kommunens hemliga ärende');
    const theirs = await app.inject(memberGet(outsider, '/arenden'));
    expect(theirs.statusCode).toBe(200);
    expect(theirs.body).not.toContain('Kommunens hemliga ärende');
  });

  it('sends a visitor to sign in and back', async () => {
    const response = await app.inject(memberGet(undefined, '/arenden?status=archived'));
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(
      `/logga-in?next=${encodeURIComponent('/arenden?status=archived')}`,
    );
  });
});

describe('changing a case', () => {
  it('renames, notes, re-assesses, decides, archives and restores, each recorded', async () => {
    const { id } = await caseOf(owner, 'Boende');
    const post = (action: string, fields: Record<string, string>) =>
      app.inject(memberForm(editor, `/arenden/${id}/${action}`, fields));

    const renamed = await post('namn', { version: '1', title: 'Boende för unga' });
    expect(renamed.statusCode).toBe(303);
    expect(renamed.headers.location).toBe(`/arenden/${id}?klart=namn#manage`);
    const noted = await post('anteckningar', { version: '2', note: 'Rad ett\nRad <två>' });
    expect(noted.headers.location).toBe(`/arenden/${id}?klart=anteckning#notes`);
    const reassessed = await post('omprovning', { version: '3' });
    expect(reassessed.headers.location).toBe(`/arenden/${id}?klart=omprovat#saved-assessment`);
    const decided = await post('beslut', {
      version: '4',
      form: 'reserved-ideburen',
      motivation: 'Föreningen uppfyller villkoren.',
    });
    expect(decided.headers.location).toBe(`/arenden/${id}?klart=beslut#decision`);

    const page = await app.inject(memberGet(reader, `/arenden/${id}?klart=beslut`));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Beslutet är registrerat.');
    expect(page.body).toContain('<h1>Boende för unga</h1>');
    expect(page.body).toContain('Rad ett<br />Rad &lt;två&gt;');
    expect(page.body).toContain('data-decision="reserved-ideburen"');
    expect(page.body).toContain('Föreningen uppfyller villkoren.');
    expect(page.body).toContain('Beslutet fattades på bedömningen från 2026-11-26 11:00');
    // The re-assessment is now the saved one: today's rules change nothing more.
    expect(page.body).toContain('data-outcome="no-change"');
    // A reader sees no forms that change the case.
    expect(page.body).not.toContain(`action="/arenden/${id}/`);

    const archived = await post('arkivera', { version: '5' });
    expect(archived.headers.location).toBe(`/arenden/${id}?klart=arkiverat`);
    const refused = await post('anteckningar', { version: '6', note: 'För sent' });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('Ärendet är arkiverat och kan inte ändras.');
    expect(refused.body).toContain('<h2 id="unsaved">Det du skrev (inte sparat)</h2>');
    expect(refused.body).toMatch(/<dt>Anteckning<\/dt>\s*<dd>För sent<\/dd>/);
    const restored = await post('ateruppta', { version: '6' });
    expect(restored.headers.location).toBe(`/arenden/${id}?klart=aterupptaget`);
    const again = await post('ateruppta', { version: '7' });
    expect(again.headers.location).toBe(`/arenden/${id}?klart=oforandrat`);

    expect((await auditOf(id)).map((e) => e.action)).toEqual([
      'case.created',
      'case.renamed',
      'case.note-added',
      'case.reassessed',
      'case.decided',
      'case.archived',
      'case.restored',
    ]);
    const saved = await findCase(scratch.db, owner.organisationId, id);
    expect(saved?.version).toBe(7);
    expect(saved?.decisions[0]?.decidedBy.name).toBe(editor.user.name);
  });

  it('names each field with a problem and keeps what was typed', async () => {
    const { id } = await caseOf(owner);
    const response = await app.inject(
      memberForm(editor, `/arenden/${id}/beslut?lang=en`, {
        version: '1',
        form: 'gift',
        motivation: '',
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain(
      '<a href="#form">Choose one of the twelve collaboration forms.</a>',
    );
    expect(response.body).toContain('<a href="#motivation">Fill in this field.</a>');
    expect(response.body).toContain('aria-invalid="true"');
    expect((await findCase(scratch.db, owner.organisationId, id))?.decisions).toEqual([]);
    const noVersion = await app.inject(memberForm(editor, `/arenden/${id}/namn`, { title: 'X' }));
    expect(noVersion.statusCode).toBe(400);
    expect(noVersion.body).toContain('Versionen saknas eller är fel');
    expect(noVersion.body).toContain('value="X"');
  });

  it('keeps the first of two changes from the same version and shows the second its input', async () => {
    const { id } = await caseOf(owner, 'Boende');
    const first = await app.inject(
      memberForm(owner, `/arenden/${id}/namn`, { version: '1', title: 'Ägarens namn' }),
    );
    expect(first.statusCode).toBe(303);
    const second = await app.inject(
      memberForm(editor, `/arenden/${id}/namn?lang=en`, {
        version: '1',
        title: 'Redaktörens namn',
      }),
    );
    expect(second.statusCode).toBe(409);
    expect(second.body).toContain(
      'Someone else has changed the case since you opened it (you started from version 1, it is now version 2). Your change has not been saved.',
    );
    expect(second.body).toContain('What you wrote is still in the form below.');
    // The page shows the case as it is now, the typed title in the form, and the current version.
    expect(second.body).toContain('<h1>Ägarens namn</h1>');
    expect(second.body).toMatch(/id="title"[^>]*value="Redaktörens namn"/);
    expect(second.body).toContain('name="version" value="2"');
    expect((await findCase(scratch.db, owner.organisationId, id))?.title).toBe('Ägarens namn');
  });

  it('refuses a change without the form’s CSRF token', async () => {
    const { id } = await caseOf(owner);
    const response = await app.inject(
      memberForm({ cookie: editor.cookie, csrf: 'forged' }, `/arenden/${id}/namn`, {
        version: '1',
        title: 'Förfalskat',
      }),
    );
    expect(response.statusCode).toBe(403);
    expect((await findCase(scratch.db, owner.organisationId, id))?.title).toBe('Boende för unga');
  });
});

describe('the decision memo of a saved case', () => {
  it('is made from the saved case in each format, and every download is logged', async () => {
    const { id } = await caseOf(owner, 'Boende för unga');
    await app.inject(
      memberForm(editor, `/arenden/${id}/beslut`, {
        version: '1',
        form: 'advertised-procurement',
        motivation: 'Annonserad upphandling är säkrast.',
      }),
    );
    const md = await app.inject(memberGet(reader, `/arenden/${id}/beslutsunderlag.md`));
    expect(md.statusCode).toBe(200);
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(md.headers['content-disposition']).toBe(
      'attachment; filename="beslutsunderlag-2026-11-26.md"',
    );
    expect(md.body).toContain('Sparat ärende');
    expect(md.body).toContain('Boende för unga');
    expect(md.body).toContain('Registrerat beslut');
    expect(md.body).toContain('Annonserad upphandling är säkrast.');
    expect(md.body).toContain(`http://localhost:80/arenden/${id}`);
    const en = await app.inject(memberGet(reader, `/arenden/${id}/beslutsunderlag.md?lang=en`));
    expect(en.body).toContain('Recorded decision');
    const pdf = await app.inject(memberGet(editor, `/arenden/${id}/beslutsunderlag.pdf`));
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await app.inject(memberGet(editor, `/arenden/${id}/beslutsunderlag.docx`));
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const exported = (await auditOf(id)).filter((e) => e.action === 'case.exported');
    expect(exported.map((e) => [e.detail.format, e.detail.lang])).toEqual([
      ['md', 'sv'],
      ['md', 'en'],
      ['pdf', 'sv'],
      ['docx', 'sv'],
    ]);
  });
});

describe('access to every case route', () => {
  const routes: { method: 'GET' | 'POST'; path: (id: string) => string; action: Action }[] = [
    { method: 'GET', path: (id) => `/arenden/${id}`, action: 'case.read' },
    { method: 'GET', path: (id) => `/arenden/${id}/beslutsunderlag.md`, action: 'case.export' },
    { method: 'GET', path: (id) => `/arenden/${id}/beslutsunderlag.pdf`, action: 'case.export' },
    { method: 'GET', path: (id) => `/arenden/${id}/beslutsunderlag.docx`, action: 'case.export' },
    { method: 'POST', path: (id) => `/arenden/${id}/namn`, action: 'case.update' },
    { method: 'POST', path: (id) => `/arenden/${id}/anteckningar`, action: 'case.update' },
    { method: 'POST', path: (id) => `/arenden/${id}/omprovning`, action: 'case.update' },
    { method: 'POST', path: (id) => `/arenden/${id}/beslut`, action: 'case.decide' },
    { method: 'POST', path: (id) => `/arenden/${id}/arkivera`, action: 'case.archive' },
    { method: 'POST', path: (id) => `/arenden/${id}/ateruppta`, action: 'case.archive' },
  ];
  const fields = { title: 'Nytt namn', note: 'En anteckning', form: 'iop', motivation: 'Därför.' };

  function request(
    member: TestMember | undefined,
    route: (typeof routes)[number],
    id: string,
    version: number,
  ) {
    const url = route.path(id);
    return app.inject(
      route.method === 'GET'
        ? memberGet(member, url)
        : memberForm(member, url, { ...fields, version: String(version) }),
    );
  }

  it.each(ROLES)(
    'answers a %s as its role allows, and 404 for any case not of its own',
    async (role: Role) => {
      const member = role === 'owner' ? owner : role === 'editor' ? editor : reader;
      const { id } = await caseOf(owner, `Matris ${role}`);
      const theirs = await caseOf(outsider, `Utomstående ${role}`);
      for (const route of routes) {
        const allowed = roleAllows(role, route.action);
        const current = (await findCase(scratch.db, owner.organisationId, id))!;
        // Restoring needs an archived case, and the others an open one.
        if (route.path(id).endsWith('/ateruppta') && current.status === 'open' && allowed) {
          await app.inject(
            memberForm(owner, `/arenden/${id}/arkivera`, { version: String(current.version) }),
          );
        }
        const version = (await findCase(scratch.db, owner.organisationId, id))!.version;
        const own = await request(member, route, id, version);
        const label = `${role} ${route.method} ${route.path(':id')}`;
        expect(own.statusCode, label).toBe(!allowed ? 403 : route.method === 'GET' ? 200 : 303);
        for (const other of [theirs.id, '00000000-0000-4000-8000-000000000000', 'inte-ett-id']) {
          const response = await request(member, route, other, 1);
          expect(response.statusCode, `${label} on ${other}`).toBe(allowed ? 404 : 403);
          expect(response.body).not.toContain('Utomstående');
        }
      }
      expect((await findCase(scratch.db, outsider.organisationId, theirs.id))?.version).toBe(1);
    },
  );

  it.each(ROLES)('lets a %s list cases, and save them as its role allows', async (role: Role) => {
    const member = role === 'owner' ? owner : role === 'editor' ? editor : reader;
    const may = roleAllows(role, 'case.create');
    expect((await app.inject(memberGet(member, '/arenden'))).statusCode).toBe(200);
    const form = await app.inject(
      memberGet(member, `/arenden/nytt?${IDEBUREN_CANDIDATE_PERMALINK}`),
    );
    expect(form.statusCode).toBe(may ? 200 : 403);
    const save = await app.inject(
      memberForm(member, `/arenden?${IDEBUREN_CANDIDATE_PERMALINK}`, {
        title: `Sparat av ${role}`,
      }),
    );
    expect(save.statusCode).toBe(may ? 303 : 403);
  });

  it('sends a visitor to sign in for every page, and refuses every post', async () => {
    const { id } = await caseOf(owner);
    for (const route of routes) {
      const response = await request(undefined, route, id, 1);
      expect(response.statusCode, route.path(':id')).toBe(route.method === 'GET' ? 303 : 403);
      if (route.method === 'GET') expect(response.headers.location).toMatch(/^\/logga-in\?next=/);
    }
    const post = await app.inject(
      memberForm(reader, `/arenden?${IDEBUREN_CANDIDATE_PERMALINK}`, { title: 'x' }),
    );
    expect(post.statusCode).toBe(403);
    const form = await app.inject(
      memberGet(reader, `/arenden/nytt?${IDEBUREN_CANDIDATE_PERMALINK}`),
    );
    expect(form.statusCode).toBe(403);
  });
});

describe('a case in English', () => {
  it('shows the saved Swedish assessment made again in English under the same rule data', async () => {
    const { id } = await caseOf(owner, 'Boende för unga');
    const page = await app.inject(memberGet(reader, `/arenden/${id}?lang=en`));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html lang="en">');
    expect(page.body).toContain('The saved assessment');
    expect(page.body).toContain('The rules have changed since the assessment was saved.');
    expect(page.body).not.toContain('lang="sv"><h3>');
    expect(page.body).toContain('Procurement reserved for');
  });
});
