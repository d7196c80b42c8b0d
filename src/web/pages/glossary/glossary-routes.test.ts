import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { glossaryCollator, loadContentLibrary, searchGlossary } from '../../../content';
import { LANGS, type Lang } from '../../../engine/index';
import { glossaryMessages } from '../../locales/glossary-messages';
import { registerGlossaryRoutes } from './glossary-routes';

// The glossary page on its own: it needs the content library and no database.
let app: FastifyInstance;
beforeAll(async () => {
  app = Fastify({ logger: false });
  registerGlossaryRoutes(app);
  await app.ready();
});
afterAll(async () => {
  await app.close();
});

const library = loadContentLibrary();

async function get(url: string) {
  return app.inject({ url });
}

function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The markup of the entry with id `id`, from its opening tag to the next entry. */
function sectionOf(body: string, id: string): string {
  const start = body.indexOf(`<section class="glossary-entry" id="${id}">`);
  if (start < 0) return '';
  const end = body.indexOf('</section>', start);
  return body.slice(start, end);
}

function entryIds(body: string): string[] {
  return [...body.matchAll(/<section class="glossary-entry" id="([^"]+)">/g)].map((m) => m[1]!);
}

function text(markup: string): string {
  return decode(markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).trim();
}

describe('GET /ordlista', () => {
  it.each(LANGS)('lists every entry with its anchor, in alphabetical order (%s)', async (lang) => {
    const response = await get(lang === 'sv' ? '/ordlista' : '/ordlista?lang=en');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const body = response.body;
    expect(body).toContain(`<html lang="${lang}">`);
    expect(body).toContain(`<h1>${glossaryMessages(lang).title}</h1>`);
    const ids = entryIds(body);
    expect(new Set(ids)).toEqual(new Set(library.glossary.map((e) => e.id)));
    expect(ids).toHaveLength(library.glossary.length);
    const collator = glossaryCollator(lang);
    const words = ids.map((id) => library.glossary.find((e) => e.id === id)!.procurement[lang][0]!);
    expect(words).toEqual([...words].sort((a, b) => collator.compare(a, b)));
    // The index at the top links to every entry.
    const start = body.indexOf('class="glossary-index"');
    const index = body.slice(start, body.indexOf('</nav>', start));
    for (const id of ids) expect(index).toContain(`href="#${id}"`);
  });

  it.each(LANGS)(
    'shows both sides, meaning, example, sources, forms and related (%s)',
    async (lang) => {
      const t = glossaryMessages(lang);
      const body = (await get(lang === 'sv' ? '/ordlista' : '/ordlista?lang=en')).body;
      for (const entry of library.glossary) {
        const section = sectionOf(body, entry.id);
        const plain = text(section);
        expect(section, entry.id).toContain(`<dt>${t.says.procurement}</dt>`);
        expect(section, entry.id).toContain(`<dt>${t.says.civil}</dt>`);
        for (const word of [...entry.procurement[lang], ...entry.civil[lang]]) {
          expect(plain, entry.id).toContain(word);
        }
        expect(plain, entry.id).toContain(entry.definition[lang].replace(/\s+/g, ' '));
        expect(plain, entry.id).toContain(entry.example[lang].replace(/\s+/g, ' '));
        for (const id of entry.sources) {
          const source = library.sources.find((s) => s.id === id)!;
          expect(decode(section), `${entry.id} ${id}`).toContain(`href="${source.url}"`);
          if (!source.verified) {
            expect(plain).toContain(t.notVerified);
            expect(plain).toContain(source.note![lang].replace(/\s+/g, ' '));
          }
        }
        for (const form of entry.forms) {
          const href = lang === 'sv' ? `/kunskap/${form}` : `/kunskap/${form}?lang=en`;
          expect(section, `${entry.id} ${form}`).toContain(`href="${href}"`);
        }
        for (const id of entry.related) expect(section, entry.id).toContain(`href="#${id}"`);
      }
    },
  );

  it('marks unverified sources with their note, where the glossary cites one', async () => {
    const unverified = library.glossary.filter((e) =>
      e.sources.some((id) => library.sources.find((s) => s.id === id)?.verified === false),
    );
    const body = (await get('/ordlista')).body;
    for (const e of unverified) expect(sectionOf(body, e.id)).toContain('Inte verifierat');
  });

  it('finds "anbud" from the civil-society word "erbjudande" and says so', async () => {
    const response = await get('/ordlista?q=erbjudande');
    expect(response.statusCode).toBe(200);
    const body = response.body;
    expect(entryIds(body)[0]).toBe('anbud');
    const count = searchGlossary(library.glossary, { lang: 'sv', q: 'erbjudande' }).length;
    expect(body).toContain(`${count} ${count === 1 ? 'träff' : 'träffar'} för ”erbjudande”`);
    expect(text(sectionOf(body, 'anbud'))).toContain('Träffade civilsamhällets ord ”erbjudande”');
    expect(sectionOf(body, 'anbud')).toContain('<mark>erbjudande</mark>');
    expect(body).toContain('value="erbjudande"');
  });

  it('finds it from the procurement word and from the beginning of a word', async () => {
    const fromProcurement = (await get('/ordlista?q=anbud')).body;
    expect(entryIds(fromProcurement)[0]).toBe('anbud');
    expect(text(sectionOf(fromProcurement, 'anbud'))).toContain(
      'Träffade upphandlingens ord ”anbud”',
    );
    expect(entryIds((await get('/ordlista?q=ERBJUD')).body)[0]).toBe('anbud');
    const english = (await get('/ordlista?q=offer&lang=en')).body;
    expect(entryIds(english)[0]).toBe('anbud');
    expect(text(sectionOf(english, 'anbud'))).toContain('Matched the civil society word “offer”');
  });

  it('lists one side’s words A–Ö with Swedish collation', async () => {
    const response = await get('/ordlista?sida=civilsamhalle');
    expect(response.statusCode).toBe(200);
    const rows = [
      ...response.body.matchAll(/<th scope="row">\s*<a href="[^"]+">([^<]+)<\/a>/g),
    ].map((m) => decode(m[1]!));
    const words = library.glossary.flatMap((e) => e.civil.sv);
    expect(rows).toHaveLength(words.length);
    expect(rows).toEqual([...words].sort(new Intl.Collator('sv').compare));
    // Swedish order: å, ä and ö after z.
    const firstÅÄÖ = rows.findIndex((w) => /^[åäö]/i.test(w));
    if (firstÅÄÖ >= 0) expect(rows.slice(firstÅÄÖ).every((w) => /^[åäö]/i.test(w))).toBe(true);
    expect(response.body).toContain('<option value="civilsamhalle"  selected>');
  });

  it.each(LANGS)('says when nothing matches and links to the site search (%s)', async (lang) => {
    const url = `/ordlista?q=xyzzyq${lang === 'en' ? '&lang=en' : ''}`;
    const body = (await get(url)).body;
    expect(entryIds(body)).toEqual([]);
    expect(decode(body)).toContain(glossaryMessages(lang).noHits('xyzzyq'));
    expect(body).toContain(`href="/sok?q=xyzzyq${lang === 'en' ? '&amp;lang=en' : ''}"`);
  });

  it.each(LANGS)(
    'answers 400 naming the field for a search text over 200 characters (%s)',
    async (lang) => {
      const q = 'å'.repeat(201);
      const response = await get(`/ordlista?q=${encodeURIComponent(q)}&lang=${lang}`);
      expect(response.statusCode).toBe(400);
      const t = glossaryMessages(lang);
      expect(decode(response.body)).toContain(t.errors.qTooLong(200, 201));
      expect(t.errors.qTooLong(200, 201)).toContain(t.search.label);
      expect(response.body).toContain('aria-invalid="true"');
      expect(response.body).toContain(`value="${q}"`);
      expect(response.body).toContain(`<title>${t.errors.titlePrefix}`);
      expect(entryIds(response.body)).toEqual([]);
      // 200 characters are fine.
      expect((await get(`/ordlista?q=${encodeURIComponent('å'.repeat(200))}`)).statusCode).toBe(
        200,
      );
    },
  );

  it('answers 400 for a listing that does not exist, and ignores repeated parameters after the first', async () => {
    const response = await get('/ordlista?sida=%3Cscript%3E');
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('href="#sida"');
    expect(response.body).not.toContain('<script>');
    const repeated = await get('/ordlista?q=anbud&q=x&sida=upphandling&sida=y');
    expect(repeated.statusCode).toBe(200);
  });

  it('keeps the search when switching language', async () => {
    const body = (await get('/ordlista?q=anbud&sida=upphandling')).body;
    expect(body).toContain('href="/ordlista?q=anbud&amp;sida=upphandling&amp;lang=en"');
  });
});

/** Every string in a message tree, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => strings(v, path ? `${path}.${key}` : key));
  }
  return [];
}

describe('glossary messages', () => {
  it('have the same texts in both languages, none empty and none left untranslated', () => {
    const [sv, en] = (['sv', 'en'] as Lang[]).map((l) => strings(glossaryMessages(l)));
    expect(en!.map(([p]) => p)).toEqual(sv!.map(([p]) => p));
    expect([...sv!, ...en!].filter(([, s]) => s.trim() === '')).toEqual([]);
    expect(sv!.filter(([p, s], i) => en![i]?.[1] === s && p !== '')).toEqual([]);
    for (const lang of LANGS) {
      const m = glossaryMessages(lang);
      // The reader learns when the matching word is in the other language.
      expect(m.matched('civil', 'ord', true)).not.toBe(m.matched('civil', 'ord', false));
      expect(m.matched('civil', 'ord', false)).toContain('ord');
    }
  });
});
