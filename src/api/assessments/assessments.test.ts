import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectMatchesExample, specExamples } from '../../domain/assessment/spec-examples.fixture';
import type { Assessment } from '../../rules';
import { apiTestApp } from '../api-app.fixture';
import type { ApiErrorBody } from '../api-errors';

let app: FastifyInstance;
beforeAll(async () => {
  app = await apiTestApp();
});
afterAll(async () => {
  await app.close();
});

const URL = '/api/v1/assessments';

function post(body: string, headers: Record<string, string> = {}, query = '') {
  return app.inject({
    method: 'POST',
    url: `${URL}${query}`,
    headers: { 'content-type': 'application/json', ...headers },
    payload: body,
  });
}

function errorsOf(response: { json: () => unknown }): ApiErrorBody['errors'] {
  return (response.json() as ApiErrorBody).errors;
}

describe('POST /api/v1/assessments', () => {
  describe.each(specExamples().map((e) => [e.file, e] as const))(
    'contract example %s',
    (_f, example) => {
      it(`${example.name}`, async () => {
        const response = await post(JSON.stringify(example.case));
        expect(response.statusCode, response.body).toBe(200);
        expect(response.headers['content-type']).toMatch(/^application\/json/);
        const assessment = response.json<Assessment>();
        expectMatchesExample(example, assessment);
      });
    },
  );

  it('answers in the language of ?lang, else of Accept-Language, else Swedish', async () => {
    const body = JSON.stringify(specExamples()[0]!.case);
    const byQuery = await post(body, { 'accept-language': 'sv' }, '?lang=en');
    const byHeader = await post(body, { 'accept-language': 'de, en-GB;q=0.8, sv;q=0.5' });
    const byDefault = await post(body);
    expect([byQuery, byHeader, byDefault].map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect(byQuery.json<Assessment>().lang).toBe('en');
    expect(byHeader.json<Assessment>().lang).toBe('en');
    expect(byDefault.json<Assessment>().lang).toBe('sv');
    expect(byQuery.json<Assessment>().options[0]?.reasons[0]?.text).not.toBe(
      byDefault.json<Assessment>().options[0]?.reasons[0]?.text,
    );
  });

  it('includes the trace with ?explain=true', async () => {
    const body = JSON.stringify(specExamples()[0]!.case);
    const explained = (await post(body, {}, '?explain=true')).json<Assessment>();
    expect(explained.trace?.length).toBeGreaterThan(0);
    expect((await post(body)).json<Assessment>().trace).toBeUndefined();
  });

  it('answers malformed JSON with 400 and its position, in Swedish by default', async () => {
    const response = await post('{"startDate": "2023-03-01",}');
    expect(response.statusCode).toBe(400);
    expect(errorsOf(response)).toEqual([
      { path: '', code: 'invalid-json', message: 'felaktig JSON på rad 1, kolumn 28: oväntat "}"' },
    ]);
  });

  it('names every invalid field with its path, in English and in Swedish', async () => {
    const body = JSON.stringify({
      startDate: '2023-02-30',
      counterpart: { legalForm: 'forening', orgnr: '802000-0001' },
      subject: { cpv: ['90910000-8'] },
      estimatedValueSek: -1,
    });
    const en = await post(body, {}, '?lang=en');
    const sv = await post(body, { 'accept-language': 'sv-SE' });
    for (const response of [en, sv]) {
      expect(response.statusCode).toBe(400);
      expect(errorsOf(response).map((e) => [e.path, e.code])).toEqual([
        ['estimatedValueSek', 'negative'],
        ['counterpart.legalForm', 'not-one-of'],
        ['startDate', 'impossible-date'],
        ['counterpart.orgnr', 'orgnr-check-digit'],
        ['subject.cpv.0', 'cpv-check-digit'],
      ]);
    }
    expect(errorsOf(en)[2]?.message).toBe('2023-02-30 is not a date in the calendar');
    expect(errorsOf(sv)[2]?.message).toBe('2023-02-30 är inget datum som finns i kalendern');
  });

  it('refuses a start date before the rules samverka covers', async () => {
    const response = await post('{"startDate":"2014-06-30"}', {}, '?lang=en');
    expect(response.statusCode).toBe(400);
    expect(errorsOf(response)).toEqual([
      {
        path: 'startDate',
        code: 'before-coverage',
        message: '2014-06-30 is outside the rules samverka covers, which start 2014-07-01',
      },
    ]);
  });

  it('refuses another content type with 400', async () => {
    const response = await post(
      '{"startDate":"2023-03-01"}',
      { 'content-type': 'text/plain' },
      '?lang=en',
    );
    expect(response.statusCode).toBe(400);
    expect(errorsOf(response)).toEqual([
      {
        path: '',
        code: 'content-type',
        message: 'the body must be sent as application/json (Content-Type is "text/plain")',
      },
    ]);
  });

  it('refuses an empty body with 400', async () => {
    const response = await post('', {}, '?lang=en');
    expect(response.statusCode).toBe(400);
    expect(errorsOf(response)[0]?.code).toBe('empty-input');
    const bare = await app.inject({ method: 'POST', url: `${URL}?lang=en` });
    expect(bare.statusCode).toBe(400);
    expect(errorsOf(bare)[0]?.code).toBe('empty-input');
  });

  it('refuses a body that is too large with 413 in the error shape', async () => {
    const body = JSON.stringify({ startDate: '2023-03-01', title: 'x'.repeat(300_000) });
    const response = await post(body);
    expect(response.statusCode).toBe(413);
    expect(errorsOf(response)).toEqual([
      { path: '', code: 'body-too-large', message: 'innehållet är för stort: högst 262144 byte' },
    ]);
  });

  it('refuses a language it does not speak, naming the parameter', async () => {
    const response = await post('{"startDate":"2023-03-01"}', {}, '?lang=de');
    expect(response.statusCode).toBe(400);
    expect(errorsOf(response)).toEqual([
      { path: 'lang', code: 'not-one-of', message: 'ska vara en av sv, en (inte "de")' },
    ]);
  });

  it('answers unknown API paths with 404 in the error shape', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/nothing?lang=en' });
    expect(response.statusCode).toBe(404);
    expect(errorsOf(response)[0]?.code).toBe('not-found');
  });

  it('never answers 500 nor leaks a stack trace, whatever JSON value is posted', async () => {
    const dated = fc.record(
      {
        startDate: fc.oneof(
          fc
            .date({ min: new Date('2010-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 10)),
          fc.string(),
        ),
        buyer: fc.oneof(
          fc.constant(null),
          fc.record({ kind: fc.constantFrom('region', 'municipality', 'x', null) }),
        ),
        estimatedValueSek: fc.oneof(fc.double(), fc.constant(null)),
        extra: fc.jsonValue(),
      },
      { requiredKeys: ['startDate'] },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), dated), async (value) => {
        const response = await post(JSON.stringify(value) ?? 'null');
        expect([200, 400]).toContain(response.statusCode);
        expect(response.body).not.toMatch(/\n\s+at /);
        if (response.statusCode === 400) expect(errorsOf(response).length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('never answers 500, whatever text is posted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
        const response = await post(text);
        expect([200, 400]).toContain(response.statusCode);
      }),
      { numRuns: 200 },
    );
  });
});
