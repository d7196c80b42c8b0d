import Ajv2020 from 'ajv/dist/2020.js';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApiToken, listAudit } from '../../accounts/index';
import { buildServer } from '../../app/build-server';
import { migrate } from '../../db/migrate';
import { readActorCsv } from '../../domain/directory/csv/index';
import { generatedOrgnr } from '../../directory-transfer/import-file.fixture';
import {
  createTestMember,
  createTestOrganisation,
  type TestMember,
} from '../../test-support/accounts';
import { openScratchPglite, type ScratchDatabase } from '../../test-support/databases';
import type { ApiErrorBody } from '../api-errors';
import { registerApi } from '../index';
import { API_SCHEMAS } from '../route-registry';

let scratch: ScratchDatabase;
let app: FastifyInstance;
let clock = new Date('2026-11-26T10:00:00Z');
let kommun: TestMember;
let reader: TestMember;
let forening: TestMember;
let writeToken: string;

type Caller = TestMember | { token: string } | undefined;

function post(caller: Caller, url: string, body: Buffer | string, type = 'text/csv') {
  const credentials =
    caller === undefined
      ? {}
      : 'token' in caller
        ? { authorization: `Bearer ${caller.token}` }
        : { cookie: caller.cookie };
  return app.inject({
    method: 'POST',
    url,
    headers: { ...credentials, 'content-type': type },
    payload: body,
  });
}

const errorsOf = (r: LightMyRequestResponse) => r.json<ApiErrorBody>().errors;

const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema({ $id: 'https://samverka.test/openapi', components: { schemas: API_SCHEMAS } });
function expectSchema(name: keyof typeof API_SCHEMAS, body: unknown): void {
  const validate = ajv.getSchema(`https://samverka.test/openapi#/components/schemas/${name}`)!;
  void validate(body);
  expect(validate.errors ?? []).toEqual([]);
}

const A = generatedOrgnr(11, '8024');
const B = generatedOrgnr(12, '8024');
const C = generatedOrgnr(13, '8024');
const wrong = (n: string) => `${n.slice(0, 9)}${(Number(n[9]) + 1) % 10}`;

async function actor(orgnr: string) {
  const { rows } = await scratch.db.query<Record<string, unknown>>(
    'SELECT name, source, listed, suggested_by, organisation_id FROM actors WHERE orgnr = $1',
    [orgnr],
  );
  return rows[0];
}

beforeAll(async () => {
  scratch = await openScratchPglite();
  await migrate(scratch.db);
  app = await buildServer({ db: scratch.db, now: () => clock, routes: [registerApi] });
  kommun = await createTestOrganisation(scratch.db, app, { name: 'Kommunen', now: clock });
  reader = await createTestMember(scratch.db, app, kommun.organisationId, 'reader', clock);
  forening = await createTestOrganisation(scratch.db, app, { kind: 'ideburen', now: clock });
  writeToken = (
    await createApiToken(scratch.db, {
      organisationId: kommun.organisationId,
      name: 'Registret',
      scope: 'write',
      createdBy: kommun.user.id,
      now: clock,
    })
  ).secret;
});

// Each test in a minute of its own: the API's rate limit counts per minute.
beforeEach(() => {
  clock = new Date(clock.getTime() + 60_000);
});

afterAll(async () => {
  await app.close();
  await scratch.dispose();
});

describe('POST /api/v1/organisations/import', () => {
  const file = `organisationsnummer;namn\n${A};Förening A\n`;

  it('is 401 signed out, 403 for a reader and for an organisation that is no public body', async () => {
    const signedOut = await post(undefined, '/api/v1/organisations/import', file);
    expect(signedOut.statusCode).toBe(401);
    expect((await post(reader, '/api/v1/organisations/import', file)).statusCode).toBe(403);
    const notPublic = await post(forening, '/api/v1/organisations/import?lang=en', file);
    expect(notPublic.statusCode).toBe(403);
    expect(errorsOf(notPublic)).toEqual([
      {
        path: '',
        code: 'forbidden',
        message:
          'only public bodies (municipalities, regions, agencies) can suggest organisations for the directory',
      },
    ]);
    expect(await actor(A)).toBeUndefined();
  });

  it('reports every row of a Windows-1252 file and saves the valid ones as unlisted suggestions', async () => {
    // B is already in the directory from the operator's import.
    await scratch.db.query(
      `INSERT INTO actors (id, orgnr, name, kind, source, listed, created_at, updated_at)
       VALUES (gen_random_uuid(), $1, 'Redan listad', 'ideburen', 'import', true, now(), now())`,
      [B],
    );
    const bytes = Buffer.from(
      [
        'Organisationsnummer;Namn;Kommunkod;Övrigt',
        `${A};Föreningen Åre;2321;x`,
        '',
        `${wrong(C)};Fel;0180;`,
        `${B};Försök ändra;0180;`,
        `${C};Okänd kommun;9999;`,
      ].join('\r\n'),
      'latin1',
    );
    const response = await post(kommun, '/api/v1/organisations/import?lang=en', bytes);
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json<Record<string, unknown>>();
    expectSchema('DirectoryImportReport', report);
    expect(report).toEqual({
      dryRun: false,
      encoding: 'windows-1252',
      delimiter: ';',
      rowsRead: 4,
      created: 1,
      updated: 0,
      unchanged: 0,
      invalid: 2,
      kept: [{ line: 5, orgnr: B, reason: 'listed', message: 'already in the directory' }],
      problems: [
        {
          line: 4,
          column: 'Organisationsnummer',
          value: wrong(C),
          code: 'orgnr-check-digit',
          message:
            'The organisation number is wrong: its check digit (the last one) does not match.',
        },
        {
          line: 6,
          column: 'Kommunkod',
          value: '9999',
          code: 'area-unknown',
          message: expect.stringContaining(
            '"9999" is not a municipality or county code',
          ) as unknown,
        },
      ],
      warnings: [
        {
          code: 'unknown-column',
          column: 'Övrigt',
          message: 'The column Övrigt is not known and is not read.',
        },
      ],
    });
    expect(await actor(A)).toEqual({
      name: 'Föreningen Åre',
      source: 'suggestion',
      listed: false,
      suggested_by: kommun.organisationId,
      organisation_id: null,
    });
    expect(await actor(B)).toMatchObject({ name: 'Redan listad', listed: true });
    expect(await actor(C)).toBeUndefined();
    const audit = await listAudit(scratch.db, kommun.organisationId, { limit: 50 });
    expect(audit.filter((e) => e.action === 'actor.suggested')).toHaveLength(1);
  });

  it('with dryRun=true counts and writes nothing; a write token may import', async () => {
    const D = generatedOrgnr(14, '8024');
    const body = `\uFEFForganisationsnummer,namn\n${D},Ny\n${A},Föreningen Åre i Jämtland\n`;
    const dry = await post({ token: writeToken }, '/api/v1/organisations/import?dryRun=true', body);
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({
      dryRun: true,
      encoding: 'utf-8-bom',
      delimiter: ',',
      created: 1,
      updated: 1,
    });
    expect(await actor(D)).toBeUndefined();
    expect(await actor(A)).toMatchObject({ name: 'Föreningen Åre' });
    const real = await post({ token: writeToken }, '/api/v1/organisations/import', body);
    expect(real.json()).toMatchObject({ dryRun: false, created: 1, updated: 1, invalid: 0 });
    expect(await actor(A)).toMatchObject({ name: 'Föreningen Åre i Jämtland', listed: false });
  });

  it('refuses a file without a required column (422), bad parameters and other bodies (400)', async () => {
    const refused = await post(
      kommun,
      '/api/v1/organisations/import?lang=en',
      `orgnr;beskrivning\n${A};x\n`,
    );
    expect(refused.statusCode).toBe(422);
    expect(errorsOf(refused)).toEqual([
      {
        path: '',
        code: 'missing-columns',
        message: 'The column namn is missing from the header line; it is required.',
      },
    ]);
    const badDryRun = await post(kommun, '/api/v1/organisations/import?dryRun=ja', file);
    expect(badDryRun.statusCode).toBe(400);
    expect(errorsOf(badDryRun).map((e) => [e.path, e.code])).toEqual([['dryRun', 'not-one-of']]);
    const json = await post(kommun, '/api/v1/organisations/import', '{"a":1}', 'application/json');
    expect(json.statusCode).toBe(400);
    expect(errorsOf(json).map((e) => e.code)).toEqual(['content-type']);
    const text = await post(kommun, '/api/v1/organisations/import', 'x', 'text/plain');
    expect(text.statusCode).toBe(400);
  });
});

describe('GET /api/v1/organisations/export', () => {
  it('gives the listed directory to anyone, as CSV the import reads and as JSON', async () => {
    const csv = await app.inject({ method: 'GET', url: '/api/v1/organisations/export' });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="aktorer.csv"');
    const reading = readActorCsv(csv.rawPayload);
    if (!reading.ok) throw new Error(JSON.stringify(reading.refusal));
    // Only B is listed: the suggestions stay out of it.
    expect(reading.valid.map((r) => [r.value.orgnr, r.value.name])).toEqual([[B, 'Redan listad']]);

    const json = await app.inject({
      method: 'GET',
      url: '/api/v1/organisations/export?format=json',
    });
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json.json()).toMatchObject({
      hsds_version: '3.0',
      organizations: [
        { name: 'Redan listad', organization_identifiers: [{ identifier_scheme: 'SE-BLV' }] },
      ],
    });
    const bad = await app.inject({
      method: 'GET',
      url: '/api/v1/organisations/export?format=xlsx',
    });
    expect(bad.statusCode).toBe(400);
    expect(errorsOf(bad).map((e) => e.path)).toEqual(['format']);
  });
});
