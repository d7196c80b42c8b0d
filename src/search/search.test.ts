import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { readAppMeta } from '../db/seed';
import { describeEachDatabase } from '../test-support/databases';
import type { SearchDocument } from './search-document';
import { FIXTURE_DOCUMENTS } from './search-documents.fixture';
import { SEARCH_INDEX_HASH_KEY, searchIndexHash, syncSearchIndex } from './search-index';
import { searchDocuments, type SearchResult } from './search-query';
import { MARK_START } from './snippet-segments';

function ids(result: SearchResult): string[] {
  return result.hits.map((hit) => hit.id);
}

async function indexedRows(db: Database): Promise<{ id: string; lang: string; title: string }[]> {
  const result = await db.query<{ id: string; lang: string; title: string }>(
    'SELECT id, lang, title FROM search_documents ORDER BY id, lang',
  );
  return result.rows;
}

describeEachDatabase('search', (target) => {
  async function indexed(docs: readonly SearchDocument[] = FIXTURE_DOCUMENTS): Promise<Database> {
    const { db } = await target.fresh();
    await migrate(db);
    await syncSearchIndex(db, docs);
    return db;
  }

  it('finds "upphandling" when asked for "upphandlingar"', async () => {
    const db = await indexed();
    const result = await searchDocuments(db, { q: 'upphandlingar', lang: 'sv' });
    expect(ids(result)).toContain('knowledge:advertised-procurement');
    expect(ids(result)).toContain('knowledge:grant');
  });

  it('finds the IOP page, which says only "partnerskap", when asked for "partnerskapet"', async () => {
    const db = await indexed();
    const iop = FIXTURE_DOCUMENTS.find((d) => d.id === 'knowledge:iop' && d.lang === 'sv');
    expect(iop?.body).not.toMatch(/partnerskapet/i);

    const result = await searchDocuments(db, { q: 'partnerskapet', lang: 'sv' });

    expect(ids(result)[0]).toBe('knowledge:iop');
  });

  it.each(['anbudet', 'anbuden', 'Anbud', 'anbuds'])(
    'finds the glossary entry "anbud" when asked for "%s"',
    async (q) => {
      const db = await indexed();
      const result = await searchDocuments(db, { q, lang: 'sv' });
      expect(ids(result)[0]).toBe('glossary:anbud');
    },
  );

  it('finds "procurement" when asked for "procurements" in English', async () => {
    const db = await indexed();
    const result = await searchDocuments(db, { q: 'procurements', lang: 'en' });
    expect(ids(result)[0]).toBe('knowledge:advertised-procurement');
    expect(ids(result)).toContain('knowledge:grant');
  });

  it('searches only the documents of the language asked for', async () => {
    const db = await indexed();
    expect((await searchDocuments(db, { q: 'procurement', lang: 'sv' })).total).toBe(0);
    expect((await searchDocuments(db, { q: 'upphandling', lang: 'en' })).total).toBe(0);
  });

  it('ranks a match in the title above matches in the body', async () => {
    const db = await indexed();
    const result = await searchDocuments(db, { q: 'leverantör', lang: 'sv' });
    expect(ids(result)).toEqual([
      'glossary:leverantor',
      ...ids(result)
        .slice(1)
        .filter((id) => id !== 'glossary:leverantor'),
    ]);
    expect(ids(result)).toContain('knowledge:advertised-procurement');
    const [first, second] = result.hits;
    expect(first!.score).toBeGreaterThan(second!.score);
  });

  it('finds an entry by a glossary term of the other side', async () => {
    const db = await indexed();
    const result = await searchDocuments(db, { q: 'erbjudande', lang: 'sv' });
    expect(ids(result)[0]).toBe('glossary:anbud');
  });

  it('needs every word, and takes the last word as the start of a word', async () => {
    const db = await indexed();
    expect(ids(await searchDocuments(db, { q: 'gemensamt mål', lang: 'sv' }))).toEqual([
      'glossary:kravspecifikation',
      'knowledge:iop',
    ]);
    expect(ids(await searchDocuments(db, { q: 'kravspec', lang: 'sv' }))).toEqual([
      'glossary:kravspecifikation',
      'knowledge:advertised-procurement',
    ]);
    expect((await searchDocuments(db, { q: 'anbud statsstöd', lang: 'sv' })).total).toBe(0);
  });

  it('finds a definite form for a base form that is not the last word', async () => {
    const db = await indexed([
      {
        id: 'knowledge:avtal',
        lang: 'sv',
        kind: 'knowledge',
        url: '/kunskap/avtal',
        title: 'Om avtalet',
        terms: '',
        body: 'Avtalet med kommunen löper i tre år.',
      },
    ]);
    expect(ids(await searchDocuments(db, { q: 'avtal kommun', lang: 'sv' }))).toEqual([
      'knowledge:avtal',
    ]);
  });

  it('marks the matched words in the snippet, as plain text segments', async () => {
    const db = await indexed();
    const [hit] = (await searchDocuments(db, { q: 'statsstöd', lang: 'sv' })).hits;
    expect(hit?.id).toBe('knowledge:iop');
    expect(hit?.snippet.filter((s) => s.mark).map((s) => s.text)).toEqual(['statsstöd']);
    expect(hit?.snippet.map((s) => s.text).join('')).toContain('reglerna om statsstöd');
  });

  it('filters by kind, pages through the hits in a stable order and counts them all', async () => {
    const db = await indexed();
    const all = await searchDocuments(db, { q: 'partner', lang: 'sv' });
    expect(all.total).toBeGreaterThanOrEqual(3);

    const pages = [];
    for (let offset = 0; offset < all.total; offset += 1) {
      const page = await searchDocuments(db, { q: 'partner', lang: 'sv', limit: 1, offset });
      expect(page.total).toBe(all.total);
      pages.push(...ids(page));
    }
    expect(pages).toEqual(ids(all));

    const past = await searchDocuments(db, { q: 'partner', lang: 'sv', offset: 100 });
    expect(past).toMatchObject({ total: all.total, hits: [] });

    const glossary = await searchDocuments(db, { q: 'partner', lang: 'sv', kind: 'glossary' });
    expect(glossary.hits.map((h) => h.kind)).toEqual(glossary.hits.map(() => 'glossary'));
    expect(glossary.total).toBeLessThan(all.total);
  });

  it('has no words and no hits for an empty query or punctuation only', async () => {
    const db = await indexed();
    for (const q of ['', '   ', '!?&|():*', '—«»']) {
      expect(await searchDocuments(db, { q, lang: 'sv' })).toEqual({
        total: 0,
        hits: [],
        words: [],
      });
    }
  });

  it('finds nothing, without an error, for stop words only', async () => {
    const db = await indexed();
    expect((await searchDocuments(db, { q: 'och att', lang: 'sv' })).total).toBe(0);
    expect((await searchDocuments(db, { q: 'the of', lang: 'en' })).total).toBe(0);
  });

  it('reads hostile input as words and never as query syntax or SQL', async () => {
    const db = await indexed();
    const hostile = [
      "'&|!():*<>\\",
      "anbud' | 'partnerskap",
      "x'; DROP TABLE search_documents; --",
      'anbud:*A & !partnerskap <-> (leverantör)',
      '\u0000\u0001\u0002anbud',
      '\\x27 OR 1=1',
    ];
    for (const q of hostile) {
      await expect(searchDocuments(db, { q, lang: 'sv' })).resolves.toBeDefined();
    }
    const injected = await searchDocuments(db, { q: "anbud' | 'partnerskap", lang: 'sv' });
    // Both words are needed (AND), as for any two words: the | did not make an OR.
    expect(injected.total).toBe(0);
    expect((await indexedRows(db)).length).toBe(FIXTURE_DOCUMENTS.length);
  });

  it('never throws for 10 000 random strings', async () => {
    const db = await indexed();
    const alphabet = fc.constantFrom(...'aåäöeéiouAÖ09 \'"&|!():*<>\\-_;%$\t\n\u0000\u0001\u2019…');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 40 }),
          fc.string({ unit: 'grapheme', maxLength: 40 }),
          fc.string({ unit: alphabet, maxLength: 40 }),
        ),
        fc.constantFrom('sv' as const, 'en' as const),
        async (q, lang) => {
          const result = await searchDocuments(db, { q, lang, limit: 3 });
          expect(result.total).toBeGreaterThanOrEqual(result.hits.length);
          for (const hit of result.hits) {
            expect(hit.snippet.every((s) => !s.text.includes(MARK_START))).toBe(true);
          }
        },
      ),
      { numRuns: 10_000 },
    );
  }, 300_000);

  it('syncs idempotently: the same documents a second time write nothing', async () => {
    const { db } = await target.fresh();
    await migrate(db);

    const first = await syncSearchIndex(db, FIXTURE_DOCUMENTS);
    const before = await db.query('SELECT id, lang, xmin::text AS xmin FROM search_documents');
    const again = await syncSearchIndex(db, [...FIXTURE_DOCUMENTS].reverse());

    expect(first).toMatchObject({ changed: true, documents: FIXTURE_DOCUMENTS.length });
    expect(again).toEqual({ ...first, changed: false });
    const after = await db.query('SELECT id, lang, xmin::text AS xmin FROM search_documents');
    expect(after.rows).toEqual(before.rows);
    expect((await readAppMeta(db))[SEARCH_INDEX_HASH_KEY]).toBe(searchIndexHash(FIXTURE_DOCUMENTS));
  });

  it('replaces the documents when they change, removing those no longer given', async () => {
    const db = await indexed();
    const kept = FIXTURE_DOCUMENTS.filter((d) => d.id !== 'glossary:anbud');
    const renamed = kept.map((d) =>
      d.id === 'knowledge:grant' && d.lang === 'sv' ? { ...d, title: 'Bidrag och stöd' } : d,
    );

    const sync = await syncSearchIndex(db, renamed);

    expect(sync.changed).toBe(true);
    const rows = await indexedRows(db);
    expect(rows.map((r) => r.id)).not.toContain('glossary:anbud');
    expect(rows).toHaveLength(renamed.length);
    expect(rows.find((r) => r.id === 'knowledge:grant' && r.lang === 'sv')?.title).toBe(
      'Bidrag och stöd',
    );
    expect(ids(await searchDocuments(db, { q: 'stöd', lang: 'sv' }))[0]).toBe('knowledge:grant');
  });

  it('writes nothing when a document is invalid', async () => {
    const db = await indexed();
    const twice = [...FIXTURE_DOCUMENTS, FIXTURE_DOCUMENTS[0]!];
    await expect(syncSearchIndex(db, twice)).rejects.toThrow(/appears twice/);
    expect(await indexedRows(db)).toHaveLength(FIXTURE_DOCUMENTS.length);
  });

  it('lets two instances sync at the same moment: one writes, the other finds it done', async () => {
    const { db, openAnother } = await target.fresh();
    await migrate(db);
    const other = await openAnother();

    const results = await Promise.all([
      syncSearchIndex(db, FIXTURE_DOCUMENTS),
      syncSearchIndex(other, FIXTURE_DOCUMENTS),
    ]);

    expect(results.map((r) => r.changed).sort()).toEqual([false, true]);
    expect(await indexedRows(db)).toHaveLength(FIXTURE_DOCUMENTS.length);
  });
});
