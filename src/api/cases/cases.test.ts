import Ajv2020 from 'ajv/dist/2020.js';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApiToken, listAudit, revokeApiToken } from '../../accounts/index';
import { buildServer } from '../../app/build-server';
import { findCase } from '../../cases/index';
import { migrate } from '../../db/migrate';
import { roleAllows, scopeAllows, type Action } from '../../domain/accounts/index';
import { currentRulesVersion } from '../../domain/cases/index';
import type { Case } from '../../rules';
import {
  createTestMember,
  createTestOrganisation,
  type TestMember,
} from '../../test-support/accounts';
import { openScratchPglite, type ScratchDatabase } from '../../test-support/databases';
import type { ApiErrorBody } from '../api-errors';
import { registerApi } from '../index';
import { API_SCHEMAS } from '../route-registry';
import { IDEBUREN_CANDIDATE } from '../../test-support/ideburen-candidate';

let scratch: ScratchDatabase;
let app: FastifyInstance;
let clock = new Date('2026-11-26T10:00:00Z');

let owner: TestMember;
let editor: TestMember;
let reader: TestMember;
let outsider: TestMember;
let readToken: string;
let writeToken: string;

/** Credentials a request is made with: a member's session cookie, or an API token. */
type Caller = TestMember | { token: string } | undefined;

function headersOf(caller: Caller): Record<string, string> {
  if (caller === undefined) return {};
  return 'token' in caller
    ? { authorization: `Bearer ${caller.token}` }
    : { cookie: caller.cookie };
}

function call(
  caller: Caller,
  method: InjectOptions['method'],
  url: string,
  body?: unknown,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method,
    url,
    headers: {
      ...headersOf(caller),
      ...(body !== undefined && { 'content-type': 'application/json' }),
    },
    ...(body !== undefined && { payload: JSON.stringify(body) }),
  });
}

function errorsOf(response: { json: () => unknown }) {
  return (response.json() as ApiErrorBody).errors;
}

const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema({ $id: 'https://samverka.test/openapi', components: { schemas: API_SCHEMAS } });

/** Checks `body` against a schema of the OpenAPI document. */
function expectSchema(name: keyof typeof API_SCHEMAS, body: unknown): void {
  const validate = ajv.getSchema(`https://samverka.test/openapi#/components/schemas/${name}`);
  expect(validate, name).toBeDefined();
  const valid = validate!(body);
  expect(validate!.errors ?? [], JSON.stringify(validate!.errors)).toEqual([]);
  expect(valid).toBe(true);
}

beforeAll(async () => {
  scratch = await openScratchPglite();
  await migrate(scratch.db);
  app = await buildServer({ db: scratch.db, now: () => clock, routes: [registerApi] });
  owner = await createTestOrganisation(scratch.db, app, { name: 'Kommunen', now: clock });
  editor = await createTestMember(scratch.db, app, owner.organisationId, 'editor', clock);
  reader = await createTestMember(scratch.db, app, owner.organisationId, 'reader', clock);
  outsider = await createTestOrganisation(scratch.db, app, { name: 'Grannkommunen', now: clock });
  const token = async (scope: 'read' | 'write') =>
    (
      await createApiToken(scratch.db, {
        organisationId: owner.organisationId,
        name: `Ärendesystemet ${scope}`,
        scope,
        createdBy: owner.user.id,
        now: clock,
      })
    ).secret;
  readToken = await token('read');
  writeToken = await token('write');
});

// Each test in a minute of its own: the API's rate limit counts per minute.
beforeEach(() => {
  clock = new Date(clock.getTime() + 60_000);
});

afterAll(async () => {
  await app.close();
  await scratch.dispose();
});

async function created(
  caller: Caller = editor,
  title = 'Boende för unga',
  facts = IDEBUREN_CANDIDATE,
) {
  const response = await call(caller, 'POST', '/api/v1/cases', { title, case: facts });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; version: number }>();
}

async function auditOf(organisationId: string, caseId: string) {
  const entries = await listAudit(scratch.db, organisationId, { limit: 500 });
  return entries.filter((e) => e.subjectId === caseId).reverse();
}

describe('POST /api/v1/cases', () => {
  it('saves the case with its assessment and the rules it was made under (201)', async () => {
    const response = await call(editor, 'POST', '/api/v1/cases?lang=en', {
      title: 'Boende för unga',
      case: IDEBUREN_CANDIDATE,
    });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json<{
      id: string;
      version: number;
      case: Case;
      assessment: Record<string, unknown> & { ruleValues: { ruleSet: { id: string } } };
      createdBy: { name: string };
    }>();
    expect(response.headers.location).toBe(`/api/v1/cases/${body.id}`);
    expectSchema('SavedCase', body);
    expect(body).toMatchObject({
      version: 1,
      case: IDEBUREN_CANDIDATE,
      createdBy: { name: editor.user.name },
    });
    expect(body.assessment).toMatchObject({
      asOf: '2022-06-01',
      ruleSetId: 'lou-2022-02',
      rulesVersion: currentRulesVersion(),
      ruleValues: { ruleSet: { id: 'lou-2022-02' }, threshold: { sek: 7_802_550 } },
    });
    expect((body.assessment.assessment as { lang: string }).lang).toBe('sv');
  });

  it('names every bad field of the body, in the caller’s language, and saves nothing', async () => {
    const before = await scratch.db.query('SELECT count(*)::int AS n FROM cases');
    const response = await call(editor, 'POST', '/api/v1/cases?lang=en', {
      title: '',
      case: { startDate: '2023-02-30', buyer: { kind: 'kingdom' } },
      extra: 1,
    });
    expect(response.statusCode).toBe(400);
    expect(errorsOf(response).map((e) => [e.path, e.code])).toEqual([['extra', 'unknown-field']]);
    const fields = await call(editor, 'POST', '/api/v1/cases?lang=en', {
      title: '',
      case: { startDate: '2023-02-30', buyer: { kind: 'kingdom' } },
    });
    expect(errorsOf(fields).map((e) => [e.path, e.code])).toEqual([
      ['title', 'required'],
      ['case.buyer.kind', 'not-one-of'],
      ['case.startDate', 'impossible-date'],
    ]);
    expect(errorsOf(fields)[0]?.message).toBe('Fill in this field.');
    const missing = await call(editor, 'POST', '/api/v1/cases', { title: 'Utan fakta' });
    expect(errorsOf(missing).map((e) => [e.path, e.code])).toEqual([['case', 'missing']]);
    const malformed = await app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { cookie: editor.cookie, 'content-type': 'application/json' },
      payload: '{"title": "x",',
    });
    expect(malformed.statusCode).toBe(400);
    expect(errorsOf(malformed)[0]?.code).toBe('invalid-json');
    const after = await scratch.db.query('SELECT count(*)::int AS n FROM cases');
    expect(after.rows).toEqual(before.rows);
  });
});

describe('GET /api/v1/cases and /api/v1/cases/{id}', () => {
  it('lists and reads the organisation’s cases, with a read token as with a session', async () => {
    const org = await createTestOrganisation(scratch.db, app, { now: clock });
    const { secret } = await createApiToken(scratch.db, {
      organisationId: org.organisationId,
      name: 'Läsaren',
      scope: 'read',
      createdBy: org.user.id,
      now: clock,
    });
    const a = await created(org, 'Första');
    const b = await created(org, 'Andra');
    await call(org, 'PATCH', `/api/v1/cases/${a.id}`, { version: 1, status: 'archived' });
    const list = await call({ token: secret }, 'GET', '/api/v1/cases');
    expect(list.statusCode).toBe(200);
    expectSchema('SavedCaseList', list.json());
    expect(list.json()).toMatchObject({ total: 1, limit: 20, offset: 0, cases: [{ id: b.id }] });
    const all = await call(org, 'GET', '/api/v1/cases?status=all&limit=1&offset=1');
    expect(all.json()).toMatchObject({ total: 2, limit: 1, offset: 1 });
    const one = await call({ token: secret }, 'GET', `/api/v1/cases/${a.id}`);
    expect(one.statusCode).toBe(200);
    expectSchema('SavedCase', one.json());
    expect(one.json()).toMatchObject({ id: a.id, title: 'Första', status: 'archived', version: 2 });
  });

  it('names a bad parameter', async () => {
    const response = await call(editor, 'GET', '/api/v1/cases?status=closed&limit=500&offset=x');
    expect(response.statusCode).toBe(400);
    expect(errorsOf(response).map((e) => [e.path, e.code])).toEqual([
      ['status', 'not-one-of'],
      ['limit', 'out-of-range'],
      ['offset', 'wrong-type'],
    ]);
  });
});

describe('PATCH /api/v1/cases/{id}', () => {
  it('renames, adds a note, records the decision and archives, each with an audit entry', async () => {
    const { id } = await created();
    const renamed = await call(editor, 'PATCH', `/api/v1/cases/${id}`, {
      version: 1,
      title: 'Boende för unga vuxna',
      note: 'Kontrollerat med juristen.',
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expectSchema('SavedCase', renamed.json());
    expect(renamed.json()).toMatchObject({
      version: 2,
      title: 'Boende för unga vuxna',
      notes: [{ body: 'Kontrollerat med juristen.', author: { name: editor.user.name } }],
    });
    const decided = await call({ token: writeToken }, 'PATCH', `/api/v1/cases/${id}`, {
      version: 2,
      decision: { form: 'advertised-procurement', motivation: 'Säkrast.' },
      status: 'archived',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const body = decided.json<{
      version: number;
      status: string;
      decision: { form: string; assessmentId: string; decidedBy: { name: string } };
      assessment: { id: string };
    }>();
    expect(body).toMatchObject({ version: 3, status: 'archived' });
    expect(body.decision).toMatchObject({
      form: 'advertised-procurement',
      assessmentId: body.assessment.id,
      decidedBy: { name: 'API: Ärendesystemet write' },
    });
    expect((await auditOf(owner.organisationId, id)).map((e) => [e.action, e.actor.kind])).toEqual([
      ['case.created', 'user'],
      ['case.renamed', 'user'],
      ['case.note-added', 'user'],
      ['case.decided', 'token'],
      ['case.archived', 'token'],
    ]);
    const refused = await call(editor, 'PATCH', `/api/v1/cases/${id}?lang=en`, {
      version: 3,
      note: 'För sent',
    });
    expect(refused.statusCode).toBe(409);
    expect(errorsOf(refused)).toEqual([
      {
        path: 'status',
        code: 'archived',
        message:
          'the case is archived and takes no change; restore it first (status "open"), in the same request if you like',
      },
    ]);
    const restored = await call(editor, 'PATCH', `/api/v1/cases/${id}`, {
      version: 3,
      status: 'open',
      note: 'Återupptaget',
    });
    expect(restored.json()).toMatchObject({ version: 4, status: 'open' });
  });

  it('keeps the first of two changes from the same version and answers the second 409', async () => {
    const { id } = await created();
    const first = await call(owner, 'PATCH', `/api/v1/cases/${id}`, { version: 1, title: 'Först' });
    const second = await call(editor, 'PATCH', `/api/v1/cases/${id}?lang=en`, {
      version: 1,
      title: 'Sedan',
    });
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(409);
    expect(errorsOf(second)).toEqual([
      {
        path: 'version',
        code: 'version-conflict',
        message:
          'Someone else has changed the case since you opened it (you started from version 1, it is now version 2). Your change has not been saved. Read the case as it is now and make your change again if it is still needed.',
      },
    ]);
    expect((await findCase(scratch.db, owner.organisationId, id))?.title).toBe('Först');
  });

  it('requires the version and something to change, and names bad fields', async () => {
    const { id } = await created();
    const response = await call(editor, 'PATCH', `/api/v1/cases/${id}`, {
      title: 'x'.repeat(201),
      status: 'closed',
      decision: { form: 'gift' },
    });
    expect(response.statusCode).toBe(400);
    expect(errorsOf(response).map((e) => [e.path, e.code])).toEqual([
      ['version', 'version-missing'],
      ['title', 'too-long'],
      ['status', 'status-unknown'],
      ['decision.form', 'form-unknown'],
      ['decision.motivation', 'required'],
    ]);
    const nothing = await call(editor, 'PATCH', `/api/v1/cases/${id}`, { version: 1 });
    expect(errorsOf(nothing).map((e) => [e.path, e.code])).toEqual([['', 'nothing-to-change']]);
    expect((await findCase(scratch.db, owner.organisationId, id))?.version).toBe(1);
  });
});

describe('POST /api/v1/cases/{id}/reassessment', () => {
  it('re-assesses under today’s rules, keeps it, and says what changed and why', async () => {
    const { id } = await created();
    const response = await call(editor, 'POST', `/api/v1/cases/${id}/reassessment?lang=en`, {
      version: 1,
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<{
      version: number;
      assessment: { asOf: string; ruleSetId: string };
      changes: {
        outcome: string;
        headline: string;
        ruleSet: { from: { id: string }; to: { id: string } };
        forms: { form: string; from: string; to: string; text: string; reasons: unknown[] }[];
      };
    }>();
    expectSchema('Reassessment', body);
    expect(body.version).toBe(2);
    expect(body.assessment).toMatchObject({ asOf: '2026-11-26', ruleSetId: 'lou-2023-01' });
    expect(body.changes.outcome).toBe('rules-changed');
    expect(body.changes.headline).toBe('The rules have changed since the assessment was saved.');
    expect(body.changes.ruleSet).toMatchObject({
      from: { id: 'lou-2022-02' },
      to: { id: 'lou-2023-01' },
    });
    const reserved = body.changes.forms.find((f) => f.form === 'reserved-ideburen');
    expect(reserved).toMatchObject({ from: 'not-allowed', to: 'allowed-if' });
    expect(reserved?.text).toMatch(/: Not possible → Possible under conditions\.$/);
    const again = await call(editor, 'POST', `/api/v1/cases/${id}/reassessment`, { version: 2 });
    expect(again.json<{ changes: { outcome: string } }>().changes.outcome).toBe('no-change');
    const stale = await call(editor, 'POST', `/api/v1/cases/${id}/reassessment`, { version: 2 });
    expect(stale.statusCode).toBe(409);
    const saved = await findCase(scratch.db, owner.organisationId, id);
    expect(saved?.assessments.map((a) => a.ruleSetId)).toEqual([
      'lou-2022-02',
      'lou-2023-01',
      'lou-2023-01',
    ]);
  });
});

describe('GET /api/v1/cases/{id}/memo', () => {
  it('exports the memo in each format with a read token, and logs each export', async () => {
    const { id } = await created();
    const md = await call({ token: readToken }, 'GET', `/api/v1/cases/${id}/memo?format=md`);
    expect(md.statusCode).toBe(200);
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(md.body).toContain('Sparat ärende');
    expect(md.body).toContain('Boende för unga');
    const pdf = await call({ token: readToken }, 'GET', `/api/v1/cases/${id}/memo?format=pdf`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await call(reader, 'GET', `/api/v1/cases/${id}/memo?format=docx&lang=en`);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect(docx.headers['content-disposition']).toBe(
      'attachment; filename="decision-memo-2026-11-26.docx"',
    );
    const exports = (await auditOf(owner.organisationId, id)).filter(
      (e) => e.action === 'case.exported',
    );
    expect(exports.map((e) => [e.detail.format, e.actor.kind])).toEqual([
      ['md', 'token'],
      ['pdf', 'token'],
      ['docx', 'user'],
    ]);
    const missing = await call(reader, 'GET', `/api/v1/cases/${id}/memo`);
    expect(missing.statusCode).toBe(400);
    expect(errorsOf(missing).map((e) => [e.path, e.code])).toEqual([['format', 'missing']]);
  });
});

describe('access to every case route of the API', () => {
  const routes: {
    method: 'GET' | 'POST' | 'PATCH';
    path: (id: string) => string;
    action: Action;
    body?: (version: number) => unknown;
    ok: number;
  }[] = [
    { method: 'GET', path: () => '/api/v1/cases', action: 'case.read', ok: 200 },
    {
      method: 'POST',
      path: () => '/api/v1/cases',
      action: 'case.create',
      body: () => ({ title: 'Matris', case: IDEBUREN_CANDIDATE }),
      ok: 201,
    },
    { method: 'GET', path: (id) => `/api/v1/cases/${id}`, action: 'case.read', ok: 200 },
    {
      method: 'PATCH',
      path: (id) => `/api/v1/cases/${id}`,
      action: 'case.update',
      body: (version) => ({ version, note: 'Från matrisen' }),
      ok: 200,
    },
    {
      method: 'PATCH',
      path: (id) => `/api/v1/cases/${id}`,
      action: 'case.decide',
      body: (version) => ({ version, decision: { form: 'iop', motivation: 'Därför.' } }),
      ok: 200,
    },
    {
      method: 'PATCH',
      path: (id) => `/api/v1/cases/${id}`,
      action: 'case.archive',
      body: (version) => ({ version, status: 'open' }),
      ok: 200,
    },
    {
      method: 'POST',
      path: (id) => `/api/v1/cases/${id}/reassessment`,
      action: 'case.update',
      body: (version) => ({ version }),
      ok: 200,
    },
    {
      method: 'GET',
      path: (id) => `/api/v1/cases/${id}/memo?format=md`,
      action: 'case.export',
      ok: 200,
    },
  ];
  const onCase = (route: (typeof routes)[number]) => route.path('x') !== route.path('y');

  const callers: [string, () => Caller, (action: Action) => boolean][] = [
    ['owner', () => owner, (a) => roleAllows('owner', a)],
    ['editor', () => editor, (a) => roleAllows('editor', a)],
    ['reader', () => reader, (a) => roleAllows('reader', a)],
    ['read token', () => ({ token: readToken }), (a) => scopeAllows('read', a)],
    ['write token', () => ({ token: writeToken }), (a) => scopeAllows('write', a)],
  ];

  it.each(callers)(
    'answers the %s as its role or scope allows, and 404 for any case not its own',
    async (_name, caller, allows) => {
      const { id } = await created(owner, 'Matrisens ärende');
      const theirs = await created(outsider, 'Utomstående ärende');
      for (const route of routes) {
        const version = (await findCase(scratch.db, owner.organisationId, id))!.version;
        const allowed = allows(route.action);
        const label = `${route.method} ${route.path(':id')} (${route.action})`;
        const own = await call(caller(), route.method, route.path(id), route.body?.(version));
        expect(own.statusCode, `${label}: ${own.body.slice(0, 200)}`).toBe(
          allowed ? route.ok : 403,
        );
        if (!onCase(route)) continue;
        for (const other of [theirs.id, '00000000-0000-4000-8000-000000000000', 'inte-ett-id']) {
          const response = await call(caller(), route.method, route.path(other), route.body?.(1));
          expect(response.statusCode, `${label} on ${other}`).toBe(allowed ? 404 : 403);
          expect(response.body).not.toContain('Utomstående');
        }
      }
      expect((await findCase(scratch.db, outsider.organisationId, theirs.id))?.version).toBe(1);
    },
  );

  it('answers 401 to nobody, to an unknown token and to a revoked one', async () => {
    const { id } = await created();
    const { token, secret } = await createApiToken(scratch.db, {
      organisationId: owner.organisationId,
      name: 'Snart återkallad',
      scope: 'write',
      createdBy: owner.user.id,
      now: clock,
    });
    expect((await call({ token: secret }, 'GET', `/api/v1/cases/${id}`)).statusCode).toBe(200);
    await revokeApiToken(scratch.db, {
      organisationId: owner.organisationId,
      tokenId: token.id,
      now: clock,
    });
    for (const caller of [undefined, { token: secret }, { token: 'svk_gissad' }]) {
      for (const route of routes) {
        const response = await call(caller, route.method, route.path(id), route.body?.(1));
        expect(response.statusCode, route.path(':id')).toBe(401);
        expect(response.headers['www-authenticate']).toBe('Bearer realm="samverka"');
        expect(errorsOf(response)[0]?.code).toBe('unauthorized');
      }
    }
    expect((await findCase(scratch.db, owner.organisationId, id))?.version).toBe(1);
  });
});

describe('the API rate limit', () => {
  it('answers 429 with Retry-After past the limit, per caller, until the minute is over', async () => {
    const limited = await buildServer({
      db: scratch.db,
      now: () => clock,
      routes: [(scope) => registerApi(scope, { rateLimit: { max: 3, windowMs: 60_000 } })],
    });
    try {
      // 15 seconds into a minute of its own.
      const minute = (Math.floor(clock.getTime() / 60_000) + 1) * 60_000;
      clock = new Date(minute + 15_000);
      const get = (caller: Caller, address = '10.9.0.1') =>
        limited.inject({
          method: 'GET',
          url: '/api/v1/cases?lang=en',
          remoteAddress: address,
          headers: headersOf(caller),
        });
      for (let i = 0; i < 3; i++) expect((await get(editor)).statusCode).toBe(200);
      const refused = await get(editor);
      expect(refused.statusCode).toBe(429);
      expect(refused.headers['retry-after']).toBe('45');
      expect(errorsOf(refused)).toEqual([
        {
          path: '',
          code: 'too-many-requests',
          message: 'too many requests: wait 45 seconds before the next one',
        },
      ]);
      // Another member, a token and another address each have their own count…
      expect((await get(reader)).statusCode).toBe(200);
      expect((await get({ token: readToken })).statusCode).toBe(200);
      for (let i = 0; i < 3; i++) expect((await get(undefined, '10.9.0.2')).statusCode).toBe(401);
      expect((await get(undefined, '10.9.0.2')).statusCode).toBe(429);
      // …public routes count too, and the count starts again with the next minute.
      const publicRoute = await limited.inject({
        method: 'GET',
        url: '/api/v1/rules',
        remoteAddress: '10.9.0.2',
      });
      expect(publicRoute.statusCode).toBe(429);
      clock = new Date(minute + 60_000);
      expect((await get(editor)).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
