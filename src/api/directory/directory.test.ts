import Ajv2020 from 'ajv/dist/2020.js';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createApiToken } from '../../accounts/index';
import { buildServer } from '../../app/build-server';
import type { Database } from '../../db/database';
import { migrate } from '../../db/migrate';
import { actorInput, insertImportedActor } from '../../directory/directory.fixture';
import {
  createTestMember,
  createTestOrganisation,
  nextTestOrgnr,
  type TestMember,
} from '../../test-support/accounts';
import { describeEachDatabase } from '../../test-support/databases';
import type { ApiErrorBody } from '../api-errors';
import { registerApi } from '../index';
import { API_SCHEMAS } from '../route-registry';

type Caller = TestMember | { token: string } | undefined;

const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema({ $id: 'https://samverka.test/openapi', components: { schemas: API_SCHEMAS } });

function expectSchema(name: keyof typeof API_SCHEMAS, body: unknown): void {
  const validate = ajv.getSchema(`https://samverka.test/openapi#/components/schemas/${name}`);
  expect(validate, name).toBeDefined();
  const valid = validate!(body);
  expect(validate!.errors ?? [], JSON.stringify(validate!.errors)).toEqual([]);
  expect(valid).toBe(true);
}

const errorsOf = (response: LightMyRequestResponse) => response.json<ApiErrorBody>().errors;
const hyphen = (orgnr: string) => `${orgnr.slice(0, 6)}-${orgnr.slice(6)}`;

describeEachDatabase('the directory API', (target) => {
  let suite: { db: Database; dispose(): Promise<void> };
  let app: FastifyInstance;
  let clock = new Date('2026-03-02T09:00:00Z');
  let municipality: TestMember;
  let association: TestMember;
  let associationOrgnr: string;
  let editor: TestMember;
  let reader: TestMember;
  let neighbour: TestMember;
  let readToken: string;
  let writeToken: string;
  const imported = actorInput({
    orgnr: nextTestOrgnr(),
    name: 'Äldrekontakt Göteborg',
    areaCodes: '1480',
    goals: 'aldre',
    description: 'Föreningen ordnar träffar mot ensamhet bland äldre.',
  });

  function call(
    caller: Caller,
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
  ): Promise<LightMyRequestResponse> {
    const auth: Record<string, string> =
      caller === undefined
        ? {}
        : 'token' in caller
          ? { authorization: `Bearer ${caller.token}` }
          : { cookie: caller.cookie };
    return app.inject({
      method,
      url,
      headers: { ...auth, ...(body !== undefined && { 'content-type': 'application/json' }) },
      ...(body !== undefined && { payload: JSON.stringify(body) }),
    });
  }

  beforeAll(async () => {
    suite = await target.freshForSuite();
    const db = suite.db;
    await migrate(db);
    app = await buildServer({ db, now: () => clock, routes: [registerApi] });
    municipality = await createTestOrganisation(db, app, { kind: 'public-body', now: clock });
    association = await createTestOrganisation(db, app, { kind: 'ideburen', now: clock });
    neighbour = await createTestOrganisation(db, app, { kind: 'ideburen', now: clock });
    editor = await createTestMember(db, app, association.organisationId, 'editor', clock);
    reader = await createTestMember(db, app, association.organisationId, 'reader', clock);
    const { rows } = await db.query<{ orgnr: string }>(
      'SELECT orgnr FROM organisations WHERE id = $1',
      [association.organisationId],
    );
    associationOrgnr = rows[0]!.orgnr;
    const token = async (scope: 'read' | 'write') =>
      (
        await createApiToken(db, {
          organisationId: association.organisationId,
          name: `Medlemsregistret ${scope}`,
          scope,
          createdBy: association.user.id,
          now: clock,
        })
      ).secret;
    readToken = await token('read');
    writeToken = await token('write');
    await insertImportedActor(db, imported);
  }, 60_000);

  // Each test in a minute of its own: the API's rate limit counts per minute.
  beforeEach(() => {
    clock = new Date(clock.getTime() + 60_000);
  });

  afterAll(async () => {
    await app.close();
    await suite.dispose();
  });

  it('searches the listed entries, signed out, with facets', async () => {
    const response = await call(undefined, 'GET', '/api/v1/organisations?q=ensamheten&kommun=1480');
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      total: number;
      hits: { orgnr: string; areas: { name: string }[]; score: number }[];
      facets: { goals: { id: string; name: string; count: number }[] };
    }>();
    expectSchema('DirectorySearchResults', body);
    expect(body.total).toBe(1);
    expect(body.hits[0]).toMatchObject({ orgnr: hyphen(imported.orgnr), claimed: false });
    expect(body.hits[0]!.areas).toEqual([{ code: '1480', name: 'Göteborg', kind: 'municipality' }]);
    expect(body.facets.goals).toEqual([{ id: 'aldre', name: 'Äldre', count: 1 }]);
    const english = await call(undefined, 'GET', '/api/v1/organisations?goal=aldre&lang=en');
    expect(english.json<typeof body>().facets.goals[0]!.name).toBe('Older people');
    const none = await call(undefined, 'GET', '/api/v1/organisations?goal=aldre&goal=sdg-4');
    expect(none.json<typeof body>().total).toBe(0);
  });

  it('names each bad parameter, in the language asked for', async () => {
    const url =
      '/api/v1/organisations?kommun=9999&lan=99&goal=aldre&goal=fiske&limit=0&registered=kanske';
    const sv = await call(undefined, 'GET', url);
    expect(sv.statusCode).toBe(400);
    expect(errorsOf(sv).map((e) => e.path)).toEqual([
      'limit',
      'kommun',
      'lan',
      'goal',
      'registered',
    ]);
    expect(errorsOf(sv)[1]!.message).toContain('är ingen kommun- eller länskod');
    const en = await call(undefined, 'GET', `${url}&lang=en`);
    expect(errorsOf(en)[1]!.message).toContain('is not a municipality or county code');
  });

  it('reads one listed entry by its number, with or without hyphen; anything else is 404', async () => {
    for (const orgnr of [imported.orgnr, hyphen(imported.orgnr)]) {
      const response = await call(undefined, 'GET', `/api/v1/organisations/${orgnr}`);
      expect(response.statusCode).toBe(200);
      expectSchema('DirectoryEntry', response.json());
      expect(response.json()).toMatchObject({ name: 'Äldrekontakt Göteborg', version: 1 });
    }
    for (const orgnr of [nextTestOrgnr(), '802000-0001', 'nonsense', '%00']) {
      const response = await call(undefined, 'GET', `/api/v1/organisations/${orgnr}`);
      expect(response.statusCode, orgnr).toBe(404);
      expect(errorsOf(response)[0]!.code).toBe('not-found');
    }
  });

  it('lets the organisation create, change and confirm its own entry, with a version check', async () => {
    const url = `/api/v1/organisations/${hyphen(associationOrgnr)}`;
    const created = await call(editor, 'PUT', url, {
      name: 'Föreningen Gemenskap',
      areaCodes: ['1480', '14'],
      goals: 'aldre|sdg-3',
      disadvantagedStaffShare: '20 %',
      contactEmail: 'info@gemenskap.se',
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers.location).toBe(`/api/v1/organisations/${associationOrgnr}`);
    const entry = created.json<{ version: number; lastConfirmedOn: string }>();
    expectSchema('DirectoryEntry', entry);
    expect(entry).toMatchObject({
      orgnr: hyphen(associationOrgnr),
      claimed: true,
      version: 1,
      workIntegration: { mainAim: null, disadvantagedStaffShare: 0.2 },
      contact: { email: 'info@gemenskap.se' },
      lastConfirmedOn: '2026-03-02',
    });

    const changed = await call({ token: writeToken }, 'PUT', url, {
      name: 'Föreningen Gemenskap',
      description: 'Träffar för äldre.',
      version: 1,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ version: 2, description: 'Träffar för äldre.' });

    const stale = await call(editor, 'PUT', url, { name: 'Annat namn', version: 1 });
    expect(stale.statusCode).toBe(409);
    expectSchema('DirectoryConflict', stale.json());
    expect(stale.json()).toMatchObject({
      errors: [{ path: 'version', code: 'version-conflict' }],
      current: { name: 'Föreningen Gemenskap', version: 2 },
    });

    const confirmed = await call(association, 'POST', `${url}/confirmation`);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({ lastConfirmedOn: '2026-03-02', version: 2 });
    const listed = await call(undefined, 'GET', `/api/v1/organisations?q=gemenskap`);
    expect(listed.json<{ total: number }>().total).toBe(1);
  });

  it('names each field of a bad entry, in Swedish and in English, and saves nothing', async () => {
    const url = `/api/v1/organisations/${associationOrgnr}`;
    const body = {
      name: '',
      areaCodes: '9999',
      contactEmail: 'inte en adress',
      registeredIdeburen: 'kanske',
      collaborations: [{ title: 'Läger', year: 'i fjol' }],
    };
    const before = await call(undefined, 'GET', url);
    const sv = await call(editor, 'PUT', url, body);
    expect(sv.statusCode).toBe(400);
    expect(errorsOf(sv).map((e) => e.path)).toEqual([
      'name',
      'registeredIdeburen',
      'areaCodes',
      'contactEmail',
      'collaborations[0].year',
    ]);
    expect(errorsOf(sv)[0]!.message).toBe('Fyll i fältet.');
    const en = await call(editor, 'PUT', `${url}?lang=en`, body);
    expect(errorsOf(en)[0]!.message).toBe('Fill in this field.');
    expect(errorsOf(en)[3]!.message).toBe('Write an e-mail address such as name@example.com.');
    const unknown = await call(editor, 'PUT', url, { name: 'X', colour: 'grön', version: 0 });
    expect(errorsOf(unknown).map((e) => [e.path, e.code])).toEqual([['colour', 'unknown-field']]);
    const badVersion = await call(editor, 'PUT', url, { name: 'X', version: 0 });
    expect(errorsOf(badVersion).map((e) => e.path)).toEqual(['version']);
    const otherNumber = await call(editor, 'PUT', url, { name: 'X', orgnr: imported.orgnr });
    expect(errorsOf(otherNumber).map((e) => [e.path, e.code])).toEqual([
      ['orgnr', 'orgnr-mismatch'],
    ]);
    expect((await call(undefined, 'GET', url)).json()).toEqual(before.json());
  });

  it('answers another organisation’s number 404 and refuses readers, read tokens and strangers', async () => {
    const url = `/api/v1/organisations/${associationOrgnr}`;
    const body = { name: 'Övertagen' };
    expect((await call(neighbour, 'PUT', url, body)).statusCode).toBe(404);
    expect((await call(neighbour, 'POST', `${url}/confirmation`)).statusCode).toBe(404);
    expect(
      (await call(editor, 'PUT', `/api/v1/organisations/${imported.orgnr}`, body)).statusCode,
    ).toBe(404);
    expect((await call(reader, 'PUT', url, body)).statusCode).toBe(403);
    expect((await call({ token: readToken }, 'PUT', url, body)).statusCode).toBe(403);
    expect((await call({ token: readToken }, 'POST', `${url}/confirmation`)).statusCode).toBe(403);
    const signedOut = await call(undefined, 'PUT', url, body);
    expect(signedOut.statusCode).toBe(401);
    expect((await call({ token: 'svk_wrong' }, 'PUT', url, body)).statusCode).toBe(401);
    const { rows } = await suite.db.query<{ name: string }>(
      'SELECT name FROM actors WHERE orgnr = $1',
      [associationOrgnr],
    );
    expect(rows.map((r) => r.name)).not.toContain('Övertagen');
  });

  it('takes suggestions from public bodies only, unlisted until the organisation claims them', async () => {
    const org = await createTestOrganisation(suite.db, app, { kind: 'ideburen', now: clock });
    const { rows } = await suite.db.query<{ orgnr: string }>(
      'SELECT orgnr FROM organisations WHERE id = $1',
      [org.organisationId],
    );
    const orgnr = rows[0]!.orgnr;
    const suggestion = { orgnr: hyphen(orgnr), name: 'Föreslagna föreningen', areaCodes: '0180' };
    expect(
      (await call(association, 'POST', '/api/v1/organisation-suggestions', suggestion)).statusCode,
    ).toBe(403);
    const bad = await call(municipality, 'POST', '/api/v1/organisation-suggestions?lang=en', {
      ...suggestion,
      orgnr: '802000-0001',
    });
    expect(bad.statusCode).toBe(400);
    expect(errorsOf(bad).map((e) => e.path)).toEqual(['orgnr']);

    const made = await call(municipality, 'POST', '/api/v1/organisation-suggestions', suggestion);
    expect(made.statusCode).toBe(201);
    expectSchema('DirectorySuggestionResult', made.json());
    expect(made.json()).toMatchObject({ outcome: 'created', entry: { claimed: false } });
    const again = await call(municipality, 'POST', '/api/v1/organisation-suggestions', {
      ...suggestion,
      name: 'Nytt namn',
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ outcome: 'exists' });
    expect((await call(undefined, 'GET', `/api/v1/organisations/${orgnr}`)).statusCode).toBe(404);
    const search = await call(undefined, 'GET', '/api/v1/organisations?q=föreslagna');
    expect(search.json<{ total: number }>().total).toBe(0);

    const claimed = await call(org, 'PUT', `/api/v1/organisations/${orgnr}`, {
      name: 'Föreslagna föreningen',
      version: 1,
    });
    expect(claimed.statusCode).toBe(200);
    expect(claimed.json()).toMatchObject({ claimed: true, version: 2 });
    expect((await call(undefined, 'GET', `/api/v1/organisations/${orgnr}`)).statusCode).toBe(200);
  });

  it('has no own entry for a public body', async () => {
    const { rows } = await suite.db.query<{ orgnr: string }>(
      'SELECT orgnr FROM organisations WHERE id = $1',
      [municipality.organisationId],
    );
    const response = await call(municipality, 'PUT', `/api/v1/organisations/${rows[0]!.orgnr}`, {
      name: 'Kommunen',
    });
    expect(response.statusCode).toBe(403);
    expect(errorsOf(response)[0]!.code).toBe('not-an-actor');
  });
});
