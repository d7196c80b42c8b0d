import Ajv2020 from 'ajv/dist/2020.js';
import { expect, it } from 'vitest';
import { buildServer } from '../../app/build-server';
import { migrate } from '../../db/migrate';
import { syncSearchIndex } from '../../search/index';
import { FIXTURE_DOCUMENTS } from '../../search/search-documents.fixture';
import { describeEachDatabase } from '../../test-support/databases';
import { ERRORS_SCHEMA, registerApi } from '../index';
import { SEARCH_RESULTS_SCHEMA } from './search-schema';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validResults = ajv.compile(SEARCH_RESULTS_SCHEMA);
const validErrors = ajv.compile(ERRORS_SCHEMA);

describeEachDatabase('GET /api/v1/search', (target) => {
  async function server() {
    const { db } = await target.fresh();
    await migrate(db);
    await syncSearchIndex(db, FIXTURE_DOCUMENTS);
    const app = await buildServer({ db, routes: [registerApi] });
    await app.ready();
    return app;
  }

  it('answers the hits for an inflected Swedish word, as its schema describes', async () => {
    const app = await server();
    const response = await app.inject({ url: '/api/v1/search?q=partnerskapet' });

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-language']).toBe('sv');
    const body = response.json<{ total: number; hits: { id: string; href: string }[] }>();
    expect(validResults(body), JSON.stringify(validResults.errors)).toBe(true);
    expect(body).toMatchObject({ q: 'partnerskapet', lang: 'sv', kind: null, limit: 20 });
    expect(body.hits[0]).toMatchObject({ id: 'knowledge:iop', href: '/kunskap/iop' });
    expect(body.total).toBe(body.hits.length);
    await app.close();
  });

  it('searches the English documents with lang=en and links them in English', async () => {
    const app = await server();
    const response = await app.inject({ url: '/api/v1/search?q=tenders&lang=en&kind=glossary' });
    const body = response.json<{ hits: { id: string; href: string }[] }>();
    expect(validResults(body), JSON.stringify(validResults.errors)).toBe(true);
    expect(body.hits.map((h) => [h.id, h.href])).toEqual([
      ['glossary:anbud', '/ordlista?lang=en#anbud'],
    ]);
    await app.close();
  });

  it('answers no hits and no words for a query of punctuation only', async () => {
    const app = await server();
    const response = await app.inject({ url: `/api/v1/search?q=${encodeURIComponent('&|!:*')}` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ total: 0, words: [], hits: [] });
    await app.close();
  });

  it.each([
    ['', 'sv', [['q', 'missing']]],
    [`q=${'a'.repeat(201)}`, 'sv', [['q', 'too-long']]],
    [
      'q=anbud&kind=page&limit=0&offset=x',
      'en',
      [
        ['kind', 'not-one-of'],
        ['limit', 'out-of-range'],
        ['offset', 'wrong-type'],
      ],
    ],
    ['q=anbud&lang=de', 'sv', [['lang', 'not-one-of']]],
  ])('refuses ?%s with 400 naming each bad parameter (%s)', async (query, lang, expected) => {
    const app = await server();
    const response = await app.inject({
      url: `/api/v1/search?${query}`,
      headers: { 'accept-language': lang },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json<{ errors: { path: string; code: string; message: string }[] }>();
    expect(validErrors(body)).toBe(true);
    expect(body.errors.map((e) => [e.path, e.code])).toEqual(expected);
    await app.close();
  });

  it('words the problem with q in the language asked for', async () => {
    const app = await server();
    const long = `q=${'a'.repeat(201)}`;
    const sv = await app.inject({ url: `/api/v1/search?${long}` });
    const en = await app.inject({ url: `/api/v1/search?${long}&lang=en` });
    expect(sv.json<{ errors: { message: string }[] }>().errors[0]?.message).toBe(
      'för lång: högst 200 tecken',
    );
    expect(en.json<{ errors: { message: string }[] }>().errors[0]?.message).toBe(
      'too long: at most 200 characters',
    );
    await app.close();
  });
});
