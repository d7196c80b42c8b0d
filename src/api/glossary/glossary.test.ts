import Ajv2020 from 'ajv/dist/2020.js';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentLibrary, searchGlossary } from '../../content';
import { apiTestApp } from '../api-app.fixture';
import { GLOSSARY_SCHEMA } from './glossary-schema';

let app: FastifyInstance;
beforeAll(async () => {
  app = await apiTestApp();
});
afterAll(async () => {
  await app.close();
});

const library = loadContentLibrary();

interface Entry {
  id: string;
  url: string;
  term: string;
  matched: { field: string; lang: string; text: string } | null;
  procurement: { sv: string[]; en: string[] };
  civil: { sv: string[]; en: string[] };
  sources: { id: string; url: string; verified: boolean }[];
}
interface Body {
  count: number;
  entries: Entry[];
}
interface Errors {
  errors: { path: string; code: string; message: string }[];
}

async function get(url: string) {
  return app.inject({ method: 'GET', url });
}

describe('GET /api/v1/glossary', () => {
  it('answers every entry with all its fields and its address', async () => {
    const response = await get('/api/v1/glossary');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['content-language']).toBe('sv');
    const body = response.json<Body>();
    expect(body.count).toBe(library.glossary.length);
    expect(new Set(body.entries.map((e) => e.id))).toEqual(
      new Set(library.glossary.map((e) => e.id)),
    );
    const anbud = body.entries.find((e) => e.id === 'anbud')!;
    const source = library.glossary.find((e) => e.id === 'anbud')!;
    expect(anbud.url).toBe('/ordlista#anbud');
    expect(anbud.procurement).toEqual(source.procurement);
    expect(anbud.civil).toEqual(source.civil);
    expect(anbud.matched).toBeNull();
    for (const entry of body.entries) {
      const original = library.glossary.find((e) => e.id === entry.id)!;
      expect(entry.sources.map((s) => s.id)).toEqual(original.sources);
    }
  });

  it('answers what its published schema describes, with and without a search', async () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(GLOSSARY_SCHEMA);
    for (const url of [
      '/api/v1/glossary',
      '/api/v1/glossary?q=erbjudande',
      '/api/v1/glossary?side=civil&lang=en',
    ]) {
      const response = await get(url);
      expect(validate(response.json()), `${url}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('finds "anbud" from either side, and says which side matched', async () => {
    const fromCivil = (await get('/api/v1/glossary?q=erbjudande')).json<Body>();
    expect(fromCivil.entries[0]?.id).toBe('anbud');
    expect(fromCivil.entries[0]?.matched).toEqual({
      field: 'civil',
      lang: 'sv',
      text: 'erbjudande',
    });
    const fromProcurement = (await get('/api/v1/glossary?q=anbud')).json<Body>();
    expect(fromProcurement.entries[0]?.id).toBe('anbud');
    expect(fromProcurement.entries[0]?.matched?.field).toBe('procurement');
    const english = (await get('/api/v1/glossary?q=offer&lang=en')).json<Body>();
    expect(english.entries[0]?.id).toBe('anbud');
    expect(english.entries[0]?.url).toBe('/ordlista?lang=en#anbud');
  });

  it('answers what the glossary search finds, in its order', async () => {
    for (const [q, lang] of [
      ['upphandling', 'sv'],
      ['erbjud', 'sv'],
      ['contract', 'en'],
    ] as const) {
      const body = (
        await get(`/api/v1/glossary?q=${encodeURIComponent(q)}&lang=${lang}`)
      ).json<Body>();
      const expected = searchGlossary(library.glossary, { lang, q });
      expect(body.entries.map((e) => e.id)).toEqual(expected.map((h) => h.entry.id));
    }
  });

  it('lists one side’s words in alphabetical order with side', async () => {
    const body = (await get('/api/v1/glossary?side=civil')).json<Body>();
    const words = library.glossary.flatMap((e) => e.civil.sv);
    expect(body.count).toBe(words.length);
    expect(body.entries.map((e) => e.term)).toEqual(
      [...words].sort(new Intl.Collator('sv').compare),
    );
  });

  it('answers an empty list when nothing matches', async () => {
    const response = await get('/api/v1/glossary?q=xyzzyq');
    expect(response.statusCode).toBe(200);
    expect(response.json<Body>()).toEqual({ count: 0, entries: [] });
  });

  it('refuses a search text over 200 characters, naming q, in the chosen language', async () => {
    const q = encodeURIComponent('a'.repeat(201));
    const sv = await get(`/api/v1/glossary?q=${q}`);
    expect(sv.statusCode).toBe(400);
    expect(sv.json<Errors>().errors).toEqual([
      { path: 'q', code: 'too-long', message: 'q: för lång: högst 200 tecken' },
    ]);
    const en = await get(`/api/v1/glossary?q=${q}&lang=en`);
    expect(en.json<Errors>().errors[0]?.message).toBe('q: too long: at most 200 characters');
    expect((await get(`/api/v1/glossary?q=${'a'.repeat(200)}`)).statusCode).toBe(200);
  });

  it('refuses an unknown side and an unknown language, each error naming its parameter', async () => {
    const response = await get('/api/v1/glossary?side=both&lang=fi');
    expect(response.statusCode).toBe(400);
    const errors = response.json<Errors>().errors;
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['lang', 'not-one-of'],
      ['side', 'not-one-of'],
    ]);
    expect(errors[1]?.message).toMatch(/^side: .*procurement, civil.*both/);
    const en = (await get('/api/v1/glossary?side=both&lang=en')).json<Errors>().errors;
    expect(en).toHaveLength(1);
    expect(en[0]?.message).toMatch(/^side: expected one of procurement, civil \(got "both"\)$/);
  });
});
