import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../../app/build-server';
import { migrate } from '../../../db/migrate';
import { syncSearchIndex, type SearchDocument } from '../../../search/index';
import { FIXTURE_DOCUMENTS } from '../../../search/search-documents.fixture';
import { openScratchPglite, type ScratchDatabase } from '../../../test-support/databases';
import { searchMessages } from '../../locales/search-messages';

/** 45 more glossary entries in each language that all mention "lokalhyra": three pages of hits. */
const MANY: SearchDocument[] = (['sv', 'en'] as const).flatMap((lang) =>
  Array.from({ length: 45 }, (_, i) => ({
    id: `glossary:avtalsterm-${String(i).padStart(2, '0')}`,
    lang,
    kind: 'glossary' as const,
    url: `/ordlista#avtalsterm-${i}`,
    title: `Avtalsterm ${i}`,
    terms: '',
    body:
      lang === 'sv'
        ? `Ett avtal om lokalhyra nummer ${i} mellan kommunen och föreningen.`
        : `An agreement on lokalhyra number ${i} between the municipality and the association.`,
  })),
);

const ODD: SearchDocument = {
  id: 'glossary:odd',
  lang: 'sv',
  kind: 'glossary',
  url: '/ordlista#odd',
  title: 'Bidragsregler <i>& villkor</i>',
  terms: '',
  body: 'Om a < b & "c" gäller regler för bidragsgivning.',
};

let scratch: ScratchDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  scratch = await openScratchPglite();
  await migrate(scratch.db);
  await syncSearchIndex(scratch.db, [...FIXTURE_DOCUMENTS, ...MANY, ODD]);
  app = await buildServer({ db: scratch.db });
});

afterAll(async () => {
  await app.close();
  await scratch.dispose();
});

async function get(url: string) {
  const response = await app.inject({ url });
  return { status: response.statusCode, html: response.body };
}

const sv = searchMessages('sv');
const en = searchMessages('en');

describe('GET /sok', () => {
  it('shows the form, sending by GET, and no results before a search', async () => {
    const { status, html } = await get('/sok');
    expect(status).toBe(200);
    expect(html).toMatch(/<form[^>]*method="get"[^>]*action="\/sok"/);
    expect(html).toContain('name="q"');
    expect(html).not.toContain('search-results');
    expect(html).not.toContain(sv.noWords);
  });

  it('lists the hits with title link, kind and the matched words marked', async () => {
    const { status, html } = await get(`/sok?q=${encodeURIComponent('partnerskapet')}`);
    expect(status).toBe(200);
    expect(html).toContain(sv.count(2, 'partnerskapet'));
    expect(html).toMatch(/<a href="\/kunskap\/iop">Idéburet offentligt partnerskap \(IOP\)<\/a>/);
    expect(html).toContain(`<p class="search-hit__kind">${sv.kinds.knowledge}</p>`);
    expect(html).toContain(`<p class="search-hit__kind">${sv.kinds.glossary}</p>`);
    expect(html).toContain('<mark>partnerskap</mark>');
    expect(html).toContain('value="partnerskapet"');
  });

  it('searches the English documents in English and links them in English', async () => {
    const { html } = await get('/sok?q=tenders&lang=en');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(en.count(2, 'tenders'));
    expect(html).toMatch(
      /<ol[^>]*>\s*<li class="search-hit">\s*<h3[^>]*><a href="\/ordlista\?lang=en#anbud">Tender<\/a>/,
    );
    expect(html).toContain('<a href="/kunskap/advertised-procurement?lang=en">');
    expect(html).toContain(`<p class="search-hit__kind">${en.kinds.glossary}</p>`);
    expect(html).toContain('<input type="hidden" name="lang" value="en" />');
  });

  it('suggests the glossary and the knowledge base when nothing is found', async () => {
    const { status, html } = await get('/sok?q=kvantfysik');
    expect(status).toBe(200);
    expect(html).toContain(sv.noHits('kvantfysik'));
    expect(html).toMatch(new RegExp(`<a href="/ordlista">${sv.noHitsAdvice.glossaryLink}</a\\s*>`));
    expect(html).toMatch(new RegExp(`<a href="/kunskap">${sv.noHitsAdvice.knowledgeLink}</a\\s*>`));
    const english = await get('/sok?q=quantum&lang=en');
    expect(english.html).toMatch(
      new RegExp(`<a href="/ordlista\\?lang=en">${en.noHitsAdvice.glossaryLink}</a\\s*>`),
    );
  });

  it('asks for a word when the search has none', async () => {
    for (const q of ['', '   ', '&|!():*']) {
      const { status, html } = await get(`/sok?q=${encodeURIComponent(q)}`);
      expect(status).toBe(200);
      expect(html).toContain(sv.noWords);
    }
  });

  it('escapes titles and snippets: text is never markup', async () => {
    const { html } = await get('/sok?q=bidragsgivning');
    expect(html).toContain('Bidragsregler &lt;i&gt;&amp; villkor&lt;/i&gt;');
    expect(html).not.toContain('<i>');
    expect(html).toContain('<mark>bidragsgivning</mark>');
    expect(html).not.toMatch(/a < b|& "c"/);
  });

  it('refuses a search text over 200 characters with 400, naming the field in the page language', async () => {
    const long = 'a'.repeat(201);
    const { status, html } = await get(`/sok?q=${long}`);
    expect(status).toBe(400);
    expect(html).toContain(sv.errors.qTooLong(200, 201));
    expect(html).toMatch(/<a href="#q">/);
    expect(html).toMatch(/aria-invalid="true"/);
    expect(html).toContain(`value="${long}"`);
    const english = await get(`/sok?q=${long}&lang=en`);
    expect(english.status).toBe(400);
    expect(english.html).toContain(en.errors.qTooLong(200, 201));
  });

  it('refuses a page number that is not one, with 400', async () => {
    for (const page of ['0', 'two', '-1', '99999']) {
      const { status, html } = await get(`/sok?q=avtal&page=${page}`);
      expect(status).toBe(400);
      expect(html).toContain(sv.errors.pageInvalid(501));
    }
  });

  it('pages through more than 20 hits with links to the previous and next page', async () => {
    const first = await get('/sok?q=lokalhyra');
    expect(first.html).toContain(sv.count(45, 'lokalhyra'));
    expect(first.html.match(/class="search-hit"/g)).toHaveLength(20);
    expect(first.html).toContain(sv.pagination.pageOf(1, 3));
    expect(first.html).toContain('<a href="/sok?q=lokalhyra&amp;page=2" rel="next">');
    expect(first.html).not.toContain('rel="prev"');

    const last = await get('/sok?q=lokalhyra&page=3');
    expect(last.html.match(/class="search-hit"/g)).toHaveLength(5);
    expect(last.html).toContain('<a href="/sok?q=lokalhyra&amp;page=2" rel="prev">');
    expect(last.html).not.toContain('rel="next"');

    const english = await get('/sok?q=lokalhyra&page=2&lang=en');
    expect(english.html).toContain('href="/sok?q=lokalhyra&amp;page=3&amp;lang=en" rel="next"');
  });
});
