// The search over the real content: the inflections the knowledge base must answer.
import { expect, it } from 'vitest';
import { loadContentLibrary, searchDocumentsOf } from '../content/index';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import type { Lang } from '../engine/index';
import { describeEachDatabase } from '../test-support/databases';
import { syncSearchIndex } from './search-index';
import { searchDocuments } from './search-query';

describeEachDatabase('search over the content library', (target) => {
  async function indexed(): Promise<Database> {
    const { db } = await target.fresh();
    await migrate(db);
    await syncSearchIndex(db, searchDocumentsOf(loadContentLibrary()));
    return db;
  }

  async function top(db: Database, q: string, lang: Lang, n = 3): Promise<string[]> {
    const result = await searchDocuments(db, { q, lang, limit: n });
    return result.hits.map((hit) => hit.id);
  }

  it('finds IOP for "partnerskapet", upphandling for "upphandlingar", anbud for "anbudet" and for the other side\'s "erbjudande"', async () => {
    const db = await indexed();
    expect(await top(db, 'partnerskapet', 'sv')).toEqual(
      expect.arrayContaining(['glossary:iop', 'knowledge:iop']),
    );
    expect((await top(db, 'upphandlingar', 'sv'))[0]).toBe('glossary:upphandling');
    expect((await top(db, 'anbudet', 'sv'))[0]).toBe('glossary:anbud');
    expect((await top(db, 'erbjudande', 'sv'))[0]).toBe('glossary:anbud');
    expect((await top(db, 'bidraget', 'sv'))[0]).toBe('glossary:bidrag');
  });

  it('finds the same pages in English: "procurements", "partnerships", "tenders"', async () => {
    const db = await indexed();
    expect((await top(db, 'procurements', 'en'))[0]).toBe('glossary:upphandling');
    expect(await top(db, 'partnerships', 'en', 5)).toContain('knowledge:iop');
    expect(await top(db, 'tenders', 'en')).toContain('glossary:anbud');
  });
});
