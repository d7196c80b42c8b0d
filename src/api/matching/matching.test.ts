import Ajv2020 from 'ajv/dist/2020.js';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../app/build-server';
import { migrate } from '../../db/migrate';
import { MATCHING_FIXTURE as F, seedMatchingFixture } from '../../matching/matching.fixture';
import { openScratchPglite, type ScratchDatabase } from '../../test-support/databases';
import type { ApiErrorBody } from '../api-errors';
import { registerApi } from '../index';
import { openApiDocument } from '../openapi/openapi-document';
import { API_ROUTES } from '../api-routes';
import { API_SCHEMAS } from '../route-registry';

let scratch: ScratchDatabase;
let app: FastifyInstance;

const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema({ $id: 'https://samverka.test/openapi', components: { schemas: API_SCHEMAS } });

function expectSchema(name: keyof typeof API_SCHEMAS, body: unknown): void {
  const validate = ajv.getSchema(`https://samverka.test/openapi#/components/schemas/${name}`);
  expect(validate, name).toBeDefined();
  expect(validate!(body), JSON.stringify(validate!.errors)).toBe(true);
}

interface MatchBody {
  total: number;
  items: {
    organisation?: { orgnr: string };
    challenge?: { id: string };
    score: number;
    reasons: { kind: string; points: number; text: string; details: unknown }[];
  }[];
}

beforeAll(async () => {
  scratch = await openScratchPglite();
  await migrate(scratch.db);
  await seedMatchingFixture(scratch.db);
  app = await buildServer({ db: scratch.db, now: () => new Date(), routes: [registerApi] });
});
afterAll(async () => {
  await app.close();
  await scratch.dispose();
});

const get = (url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers });

describe('GET /api/v1/challenges/{id}/matches', () => {
  it('answers the ranked organisations with scores and reasons in words, signed out', async () => {
    const response = await get(`/api/v1/challenges/${F.loneliness}/matches?lang=en`);
    expect(response.statusCode).toBe(200);
    const body = response.json<MatchBody>();
    expectSchema('ChallengeMatches', body);
    expect(body.total).toBe(5);
    expect(body.items.map((i) => i.score)).toEqual([78, 48, 48, 48, 30]);
    expect(body.items[0]!.organisation!.orgnr).toBe(F.actors.aldrekraft);
    expect(body.items[0]!.reasons.map((r) => r.text)).toContain(
      'Has done a similar collaboration: Träffpunkt för äldre (IOP with Lunds kommun, 2023).',
    );
    expect(response.headers['content-language']).toBe('en');
  });

  it('speaks Swedish by default and filters and pages', async () => {
    const response = await get(
      `/api/v1/challenges/${F.loneliness}/matches?kommun=1281&limit=1&offset=1`,
    );
    const body = response.json<MatchBody>();
    expect(body.total).toBe(2);
    expect(body.items.map((i) => i.organisation!.orgnr)).toEqual([F.actors.riksforbundet]);
    expect(body.items[0]!.reasons[0]!.text).toMatch(/^Arbetar med temat|^Arbetar med Mål/);
  });

  it('gives the engine’s eligibility when the challenge has case facts', async () => {
    const body = (await get(`/api/v1/challenges/${F.laundry}/matches?lang=en`)).json<MatchBody>();
    const kinds = body.items.map((i) => i.reasons.find((r) => r.kind.startsWith('reserved'))?.kind);
    expect(kinds).toEqual(['reserved-maybe', 'reserved-not-eligible']);
  });

  it('answers 400 naming each bad parameter, in the language asked for', async () => {
    const response = await get(
      `/api/v1/challenges/${F.loneliness}/matches?lang=en&kommun=9999&legalForm=bolag&minScore=300&limit=0&registered=kanske&goal=sdg-99`,
    );
    expect(response.statusCode).toBe(400);
    const errors = response.json<ApiErrorBody>().errors;
    expect(errors.map((e) => e.path).sort()).toEqual(
      ['goal', 'kommun', 'legalForm', 'limit', 'minScore', 'registered'].sort(),
    );
    expect(errors.find((e) => e.path === 'kommun')!.message).toContain('"9999"');
  });

  it('answers 404 for an unknown or malformed id', async () => {
    expect(
      (await get('/api/v1/challenges/00000000-0000-4000-8000-0000000000ff/matches')).statusCode,
    ).toBe(404);
    expect((await get('/api/v1/challenges/inte-ett-id/matches')).statusCode).toBe(404);
  });
});

describe('GET /api/v1/organisations/{orgnr}/matches', () => {
  it('answers the open challenges with the same score and reasons seen from the organisation', async () => {
    const response = await get(`/api/v1/organisations/${F.actors.aldrekraft}/matches?lang=en`);
    expect(response.statusCode).toBe(200);
    const body = response.json<MatchBody>();
    expectSchema('OrganisationMatches', body);
    expect(body.items.map((i) => [i.challenge!.id, i.score])).toEqual([[F.loneliness, 78]]);
    expect(body.items[0]!.reasons[0]!.text).toBe(
      "Shares 1 of the challenge's 2 goals: Older people.",
    );
  });

  it('takes the number with a hyphen, filters by status, and refuses bad values', async () => {
    const hyphen = `${F.actors.aldrekraft.slice(0, 6)}-${F.actors.aldrekraft.slice(6)}`;
    const finished = await get(`/api/v1/organisations/${hyphen}/matches?status=avslutad`);
    expect(finished.json<MatchBody>().items.map((i) => i.challenge!.id)).toEqual([F.finished]);
    const bad = await get(
      `/api/v1/organisations/${F.actors.aldrekraft}/matches?status=klar&kind=x`,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ApiErrorBody>().errors.map((e) => e.path)).toEqual(['status', 'kind']);
  });

  it('answers 404 for an unlisted, unknown or malformed number', async () => {
    for (const orgnr of [F.actors.suggested, '8021009990', 'abc']) {
      expect((await get(`/api/v1/organisations/${orgnr}/matches`)).statusCode).toBe(404);
    }
  });
});

describe('the OpenAPI document', () => {
  it('describes both routes with their parameters', () => {
    const doc = openApiDocument(API_ROUTES) as { paths: Record<string, { get?: unknown }> };
    expect(doc.paths['/api/v1/challenges/{id}/matches']?.get).toBeDefined();
    expect(doc.paths['/api/v1/organisations/{orgnr}/matches']?.get).toBeDefined();
  });
});
