// search.p95_ms: how long a search takes in the database, on PGlite and (when a server is named)
// on PostgreSQL, over a fixed set of queries, with a primary-key lookup on the same table in the
// same rounds as the baseline.
import { loadContentLibrary, searchDocumentsOf } from '../content/index';
import { adminQuery } from '../db/postgres-admin';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { openPgliteDatabase } from '../db/pglite-database';
import { openPostgresDatabase } from '../db/postgres-database';
import type { Lang } from '../engine';
import { searchDocuments, syncSearchIndex, type SearchDocument } from '../search/index';
import { FIXTURE_DOCUMENTS } from '../search/search-documents.fixture';
import { metric, type Metric } from './bench-report';

/**
 * The queries: Swedish inflections the stemmer handles and those it does not (the neuter -et),
 * several words, a word being typed, English plurals, and words with no hits.
 */
export const SEARCH_BENCH_QUERIES: readonly { q: string; lang: Lang }[] = [
  { q: 'upphandlingar', lang: 'sv' },
  { q: 'partnerskapet', lang: 'sv' },
  { q: 'anbudet', lang: 'sv' },
  { q: 'anbuden', lang: 'sv' },
  { q: 'leverantörerna', lang: 'sv' },
  { q: 'bidraget', lang: 'sv' },
  { q: 'föreningarna', lang: 'sv' },
  { q: 'idéburna organisationer', lang: 'sv' },
  { q: 'direktupphandling gräns', lang: 'sv' },
  { q: 'tröskelvärdet', lang: 'sv' },
  { q: 'valfrihetssystem', lang: 'sv' },
  { q: 'erbjudande', lang: 'sv' },
  { q: 'kravspec', lang: 'sv' },
  { q: 'statsstöd kommun', lang: 'sv' },
  { q: 'gemensamt mål', lang: 'sv' },
  { q: 'reserverad upphandling', lang: 'sv' },
  { q: 'kvantfysik', lang: 'sv' },
  { q: 'procurements', lang: 'en' },
  { q: 'partnerships', lang: 'en' },
  { q: 'tenders', lang: 'en' },
  { q: 'grants municipality', lang: 'en' },
  { q: 'thresholds', lang: 'en' },
  { q: 'supplier', lang: 'en' },
  { q: 'idea-driven organisations', lang: 'en' },
];

/** The documents indexed, and where they come from. */
export function benchSearchDocuments(): { docs: SearchDocument[]; source: string } {
  try {
    const docs = searchDocumentsOf(loadContentLibrary());
    return { docs, source: `the content library (${docs.length} documents)` };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      docs: [...FIXTURE_DOCUMENTS],
      source: `the test documents (${FIXTURE_DOCUMENTS.length}), the content library failing: ${reason}`,
    };
  }
}

/** What one database measured. */
export interface SearchBenchResult {
  metric: Metric;
  /** How many of the queries found something. */
  queriesWithHits: number;
  samples: number;
}

/**
 * Indexes `docs` into the freshly opened, empty `db`, then runs every query and a primary-key
 * lookup of a document `rounds` times, alternating them, and compares their 95th percentiles.
 */
export async function searchBench(
  db: Database,
  docs: readonly SearchDocument[],
  rounds: number,
): Promise<SearchBenchResult> {
  await migrate(db);
  await syncSearchIndex(db, docs);
  const keys = docs.map((d) => [d.id, d.lang] as const);
  if (keys.length === 0) throw new Error('no documents to search');
  let queriesWithHits = 0;
  for (const query of SEARCH_BENCH_QUERIES) {
    if ((await searchDocuments(db, query)).total > 0) queriesWithHits += 1; // and warms up
  }

  const search: number[] = [];
  const lookup: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const [i, query] of SEARCH_BENCH_QUERIES.entries()) {
      let start = performance.now();
      await searchDocuments(db, query);
      search.push(performance.now() - start);

      const key = keys[(round * SEARCH_BENCH_QUERIES.length + i) % keys.length]!;
      start = performance.now();
      const found = await db.query(
        'SELECT id, kind, url, title FROM search_documents WHERE id = $1 AND lang = $2',
        key,
      );
      lookup.push(performance.now() - start);
      if (found.rowCount !== 1) throw new Error(`document ${key.join(' ')} not found by its key`);
    }
  }
  return {
    metric: metric(p95(search), p95(lookup), 'ms'),
    queriesWithHits,
    samples: search.length,
  };
}

/** The 95th percentile (nearest rank) of a non-empty list. */
export function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * 0.95) - 1)]!;
}

/** Runs {@link searchBench} on a new PGlite database in `dataDir`. */
export async function searchBenchPglite(
  dataDir: string,
  docs: readonly SearchDocument[],
  rounds: number,
): Promise<SearchBenchResult> {
  const db = await openPgliteDatabase(dataDir);
  try {
    return await searchBench(db, docs, rounds);
  } finally {
    await db.close();
  }
}

/** The PostgreSQL server to measure on, from the environment, or why there is none. */
export function benchPostgresUrl(env: NodeJS.ProcessEnv): { url: string } | { reason: string } {
  const url = env.SAMVERKA_TEST_DATABASE_URL?.trim() || env.DATABASE_URL?.trim();
  if (url) return { url };
  return {
    reason:
      'neither SAMVERKA_TEST_DATABASE_URL nor DATABASE_URL is set ' +
      '(scripts/with-postgres.sh npm run bench starts a server for it)',
  };
}

/**
 * Runs {@link searchBench} on PostgreSQL at `serverUrl`, in a database of its own that is
 * created for it and dropped afterwards, so that no existing data is touched.
 */
export async function searchBenchPostgres(
  serverUrl: string,
  docs: readonly SearchDocument[],
  rounds: number,
): Promise<SearchBenchResult> {
  const name = `samverka_bench_${process.pid}_${Date.now().toString(36)}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  try {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const db = await openPostgresDatabase(url.toString(), { maxConnections: 2 });
    try {
      return await searchBench(db, docs, rounds);
    } finally {
      await db.close();
    }
  } finally {
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}
