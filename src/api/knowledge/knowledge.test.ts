import Ajv2020 from 'ajv/dist/2020.js';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentLibrary } from '../../content';
import { formChecks } from '../../domain/knowledge';
import { formatCitation, LANGS } from '../../engine';
import { todayInSweden } from '../../domain/calendar/today-in-sweden';
import { apiTestApp } from '../api-app.fixture';
import { ERRORS_SCHEMA } from '../api-errors';
import { KNOWLEDGE_LIST_SCHEMA, KNOWLEDGE_PAGE_SCHEMA } from './knowledge-schema';

const library = loadContentLibrary();
let app: FastifyInstance;
beforeAll(async () => {
  app = await apiTestApp();
});
afterAll(async () => {
  await app.close();
});

function validator(schema: object) {
  return new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
}

interface PageBody {
  id: string;
  kind: string;
  form: string | null;
  title: string;
  url: string;
  html: string;
  markdown: string;
  headings: { slug: string }[];
  legalBasis: { text: string; url: string | null }[];
  sources: { id: string; verified: boolean; note: string | null }[];
  glossary: { related: string[]; inText: string[] };
  checks: null | {
    date: string;
    ruleSet: { id: string };
    verdict: string;
    conditions: { code: string; citations: { text: string }[] }[];
    reasons: { code: string }[];
  };
}

describe('GET /api/v1/knowledge', () => {
  it.each(LANGS)('lists every knowledge page in %s, as its schema describes', async (lang) => {
    const response = await app.inject({ url: `/api/v1/knowledge?lang=${lang}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const body = response.json<{
      count: number;
      pages: { id: string; title: string; url: string }[];
    }>();
    const validate = validator(KNOWLEDGE_LIST_SCHEMA);
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    expect(body.pages.map((p) => p.id)).toEqual(library.pages.map((p) => p.id));
    expect(body.count).toBe(library.pages.length);
    for (const p of body.pages) {
      const page = library.pages.find((x) => x.id === p.id)!;
      expect(p.title).toBe(page.title[lang]);
      expect(p.url).toBe(lang === 'sv' ? `/kunskap/${p.id}` : `/kunskap/${p.id}?lang=en`);
    }
  });

  it('refuses a language it does not speak, naming lang', async () => {
    const response = await app.inject({ url: '/api/v1/knowledge?lang=fi' });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
      'lang',
    ]);
  });
});

describe('GET /api/v1/knowledge/{id}', () => {
  const cases = library.pages.flatMap((p) => LANGS.map((lang) => [p.id, lang] as const));

  it.each(cases)('answers %s in %s as its schema describes', async (id, lang) => {
    const page = library.pages.find((p) => p.id === id)!;
    const response = await app.inject({ url: `/api/v1/knowledge/${id}?lang=${lang}` });
    expect(response.statusCode).toBe(200);
    const body = response.json<PageBody>();
    const validate = validator(KNOWLEDGE_PAGE_SCHEMA);
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    expect(body.markdown).toBe(page.body[lang]);
    expect(body.html).toContain('<h2 id=');
    expect(body.headings.length).toBeGreaterThan(0);
    expect(body.sources.map((s) => s.id)).toEqual(page.sources);
    for (const s of body.sources) if (!s.verified) expect(s.note).not.toBeNull();
    expect(body.legalBasis).toHaveLength(page.legalBasis.length);
    if (page.form !== null) {
      const expected = formChecks(page.form, todayInSweden(), lang);
      expect(body.checks?.date).toBe(expected.date);
      expect(body.checks?.verdict).toBe(expected.form.verdict);
      expect(body.glossary.related).toEqual(
        library.glossary.filter((e) => e.forms.includes(page.form!)).map((e) => e.id),
      );
    } else {
      expect(body.checks).toBeNull();
    }
  });

  it('gives the checks for the date asked, with formatted citations', async () => {
    const before = (
      await app.inject({ url: '/api/v1/knowledge/reserved-ideburen?date=2022-06-01' })
    ).json<PageBody>();
    const after = (
      await app.inject({ url: '/api/v1/knowledge/reserved-ideburen?date=2023-06-01&lang=en' })
    ).json<PageBody>();
    expect(before.checks?.ruleSet.id).toBe('lou-2022-02');
    expect(before.checks?.verdict).toBe('not-allowed');
    expect(before.checks?.conditions).toEqual([]);
    expect(after.checks?.ruleSet.id).toBe('lou-2023-01');
    const expected = formChecks('reserved-ideburen', '2023-06-01', 'en');
    expect(after.checks?.conditions.map((c) => c.code)).toEqual(
      expected.form.conditions.map((c) => c.code),
    );
    expect(after.checks?.conditions[0]?.citations[0]?.text).toBe(
      formatCitation(expected.form.conditions[0]!.citations[0]!),
    );
  });

  it('writes the legal basis as citations linked to their sources', async () => {
    const body = (await app.inject({ url: '/api/v1/knowledge/iop' })).json<PageBody>();
    const page = library.pages.find((p) => p.id === 'iop')!;
    page.legalBasis.forEach((item, i) => {
      const source = library.sources.find((s) => s.id === item.source)!;
      expect(body.legalBasis[i]?.text).toBe(
        item.ref === null ? source.short : `${item.ref} ${source.short}`,
      );
      expect(body.legalBasis[i]?.url).toBe(source.url);
    });
  });

  it.each([
    ['2023-13-01', 'impossible-date'],
    ['1 juni', 'date-format'],
    ['2013-01-01', 'before-coverage'],
  ])('refuses date=%s with an error naming date (%s)', async (date, code) => {
    for (const lang of LANGS) {
      const response = await app.inject({
        url: `/api/v1/knowledge/iop?lang=${lang}&date=${encodeURIComponent(date)}`,
      });
      expect(response.statusCode).toBe(400);
      const body = response.json<{ errors: { path: string; code: string; message: string }[] }>();
      const validate = validator(ERRORS_SCHEMA);
      expect(validate(body)).toBe(true);
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0]).toMatchObject({ path: 'date', code });
      expect(body.errors[0]?.message).toMatch(/^date: /);
    }
    const sv = await app.inject({ url: `/api/v1/knowledge/iop?date=${encodeURIComponent(date)}` });
    const en = await app.inject({
      url: `/api/v1/knowledge/iop?lang=en&date=${encodeURIComponent(date)}`,
    });
    expect(sv.json<{ errors: { message: string }[] }>().errors[0]?.message).not.toBe(
      en.json<{ errors: { message: string }[] }>().errors[0]?.message,
    );
  });

  it('answers an unknown id with 404 in the error shape', async () => {
    const response = await app.inject({ url: '/api/v1/knowledge/no-such-page?lang=en' });
    expect(response.statusCode).toBe(404);
    const body = response.json<{ errors: { path: string; code: string }[] }>();
    expect(validator(ERRORS_SCHEMA)(body)).toBe(true);
    expect(body.errors[0]).toMatchObject({ path: 'id', code: 'not-found' });
  });
});
