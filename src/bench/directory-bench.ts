// directory.search_p95_ms, matching.challenge_p95_ms and import.rows_per_s: the directory at
// national scale (263 000 entries, 1 200 public bodies, 5 000 challenges), on PGlite and on
// PostgreSQL, through the same functions the pages and the API call.
import { rmSync } from 'node:fs';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { openPgliteDatabase } from '../db/pglite-database';
import { adminQuery } from '../db/postgres-admin';
import { openPostgresDatabase } from '../db/postgres-database';
import { searchActors, type ActorSearchQuery } from '../directory/index';
import { metric, type Metric } from './bench-report';
import {
  copyTables,
  directoryTables,
  importedActorTable,
  openRawPglite,
  pgliteCopier,
  postgresCopier,
  type CopyRunner,
} from './directory-load';
import { p95 } from './search-bench';
import { median } from './time-box';
import { importCsv, type SyntheticActor, type SyntheticDirectory } from './synthetic-directory';
import { matchForBench, importForBench } from './directory-bench-calls';

/** How much to measure. */
export interface DirectoryBenchOptions {
  /** rounds over the search mix */
  searchRounds: number;
  /** challenges matched, each once per round */
  matchChallenges: number;
  matchRounds: number;
  /** rows of the import file */
  importRows: number;
}

/** What one database measured. */
export interface DirectoryBenchResult {
  search: Metric;
  matching: Metric;
  importRate: Metric;
  /** milliseconds of the COPY of the whole data set into the migrated tables and indexes */
  loadMs: number;
  rows: { organisations: number; actors: number; challenges: number };
  searchSamples: number;
  /** how many of the search mix's queries found something */
  searchesWithHits: number;
  /** the slowest queries of the mix by their median time, slowest first */
  slowestSearches: { query: string; medianMs: number }[];
  matchingSamples: number;
  /** the largest number of organisations a measured challenge got (at most 20) */
  matchHitsMax: number;
  importRows: number;
  /** seconds of the import and of its COPY baseline */
  importSeconds: number;
  copySeconds: number;
}

/**
 * The search mix: Swedish words in inflected forms, a misspelt name, the facets by kommun, län,
 * goal, legal form, registration and work integration, page 1 and later pages, and the
 * directory's first page with no filter at all. Kommuner and the name come from the data.
 */
export function directorySearchMix(data: SyntheticDirectory): ActorSearchQuery[] {
  const page = { limit: 20, offset: 0 };
  return [
    { ...page },
    { ...page, q: 'föreningarna' },
    { ...page, q: 'idrottsklubbarna' },
    { ...page, q: 'läxhjälpen', kommun: '1280' },
    { ...page, q: 'hemlösa stödboenden' },
    { ...page, q: 'ensamma äldre', lan: '14' },
    { ...page, q: 'kvinnojourerna', lan: '01' },
    { ...page, q: 'Stadsmissionen' },
    { ...page, q: misspelt(data.actors[Math.floor(data.actors.length / 3)]?.name ?? 'Föreningen') },
    { ...page, kommun: '0180' },
    { limit: 20, offset: 200, kommun: '0180' },
    { ...page, lan: '14', goals: ['barn-och-unga'] },
    { ...page, kommun: '1480', legalForms: ['stiftelse'] },
    { ...page, goals: ['hemloshet'], registered: true },
    { ...page, lan: '12', kind: 'social-enterprise', workIntegration: true },
    { limit: 20, offset: 40, q: 'fotbollsklubbar' },
  ];
}

/**
 * A name as someone types it wrong, in lower case: a letter of its longest word left out and two
 * swapped. A name without a word of five letters is left as it is.
 */
export function misspelt(name: string): string {
  const words = name.split(' ');
  let longest = 0;
  words.forEach((w, i) => {
    if (w.length > words[longest]!.length) longest = i;
  });
  const w = words[longest]!;
  if (w.length < 5) return name;
  const dropped = w.slice(0, 2) + w.slice(3);
  const k = Math.floor(dropped.length / 2);
  words[longest] = dropped.slice(0, k) + dropped[k + 1]! + dropped[k]! + dropped.slice(k + 2);
  return words.join(' ').toLowerCase();
}

/** A search as a short text for the report: its parameters other than the page size. */
export function describeSearch(query: ActorSearchQuery): string {
  const parts = Object.entries(query)
    .filter(([key, value]) => key !== 'limit' && !(key === 'offset' && value === 0))
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('|') : String(value)}`);
  return parts.length > 0 ? parts.join(' ') : 'no words, no filter';
}

/** The challenges matched: spread over the data set, so every kind of poster and area is in. */
export function benchChallengeIds(data: SyntheticDirectory, count: number): string[] {
  const posted = data.challenges.filter((c) => c.kind === 'challenge');
  const step = Math.max(1, Math.floor(posted.length / count));
  return posted
    .filter((_, i) => i % step === 0)
    .slice(0, count)
    .map((c) => c.id);
}

/**
 * Runs the search mix and the matching of the chosen challenges on the loaded `db`, each
 * measured call followed by a primary-key lookup of an entry, so that both see the same state
 * of the database and its caches.
 */
export async function measureQueries(
  db: Database,
  data: SyntheticDirectory,
  options: DirectoryBenchOptions,
): Promise<
  Pick<
    DirectoryBenchResult,
    | 'search'
    | 'matching'
    | 'searchSamples'
    | 'searchesWithHits'
    | 'slowestSearches'
    | 'matchingSamples'
    | 'matchHitsMax'
  >
> {
  const ids = data.actors.map((a) => a.id);
  let lookupAt = 0;
  const lookups: number[] = [];
  const lookup = async () => {
    const id = ids[(lookupAt++ * 7919) % ids.length]!;
    const start = performance.now();
    const found = await db.query('SELECT id, orgnr, name FROM actors WHERE id = $1', [id]);
    lookups.push(performance.now() - start);
    if (found.rowCount !== 1) throw new Error(`entry ${id} not found by its key`);
  };

  const mix = directorySearchMix(data);
  let searchesWithHits = 0;
  for (const query of mix) {
    if ((await searchActors(db, query)).total > 0) searchesWithHits += 1; // and warms up
  }
  const searches: number[] = [];
  const byQuery = mix.map(() => [] as number[]);
  for (let round = 0; round < options.searchRounds; round++) {
    for (const [i, query] of mix.entries()) {
      const start = performance.now();
      await searchActors(db, query);
      const ms = performance.now() - start;
      searches.push(ms);
      byQuery[i]!.push(ms);
      await lookup();
    }
  }
  const slowestSearches = mix
    .map((query, i) => ({ query: describeSearch(query), medianMs: median(byQuery[i]!) }))
    .sort((a, b) => b.medianMs - a.medianMs)
    .slice(0, 3);
  const searchLookups = lookups.splice(0);

  const challengeIds = benchChallengeIds(data, options.matchChallenges);
  let matchHitsMax = 0;
  for (const id of challengeIds.slice(0, 3)) await matchForBench(db, id); // warm-up
  const matches: number[] = [];
  for (let round = 0; round < options.matchRounds; round++) {
    for (const id of challengeIds) {
      const start = performance.now();
      const hits = await matchForBench(db, id);
      matches.push(performance.now() - start);
      matchHitsMax = Math.max(matchHitsMax, hits);
      await lookup();
    }
  }
  return {
    search: metric(p95(searches), p95(searchLookups), 'ms'),
    matching: metric(p95(matches), p95(lookups), 'ms'),
    searchSamples: searches.length,
    searchesWithHits,
    slowestSearches,
    matchingSamples: matches.length,
    matchHitsMax,
  };
}

/**
 * Seconds of the operator's import of a file of `actors` into the emptied `actors` of `db`. The
 * file is made before the clock starts; decoding, parsing, checking and upserting are timed.
 */
export async function timedImport(
  db: Database,
  actors: readonly SyntheticActor[],
): Promise<number> {
  const file = new TextEncoder().encode(importCsv(actors));
  await db.query('TRUNCATE actors CASCADE');
  const start = performance.now();
  const imported = await importForBench(db, file);
  const seconds = (performance.now() - start) / 1000;
  if (imported !== actors.length) {
    throw new Error(`the import wrote ${imported} of ${actors.length} rows`);
  }
  return seconds;
}

/** Seconds of COPY of the import's rows and columns into the emptied `actors`. */
async function timedCopy(
  truncate: () => Promise<unknown>,
  copy: CopyRunner,
  actors: readonly SyntheticActor[],
): Promise<number> {
  await truncate();
  return (await copyTables([importedActorTable(actors)], copy)) / 1000;
}

function importFigures(rows: number, importSeconds: number, copySeconds: number) {
  return {
    importRate: metric(rows / importSeconds, rows / copySeconds, 'rows/s'),
    importRows: rows,
    importSeconds,
    copySeconds,
  };
}

function rowCounts(data: SyntheticDirectory) {
  return {
    organisations: data.organisations.length,
    actors: data.actors.length,
    challenges: data.challenges.length,
  };
}

/**
 * The whole section on PGlite in `dataDir`: migrate, COPY the data set, measure the queries;
 * then a second, empty database in `importDir` for the import.
 */
export async function directoryBenchPglite(
  dataDir: string,
  importDir: string,
  data: SyntheticDirectory,
  options: DirectoryBenchOptions,
): Promise<DirectoryBenchResult> {
  const migrated = await openPgliteDatabase(dataDir);
  await migrate(migrated);
  await migrated.close();

  const raw = await openRawPglite(dataDir);
  let loadMs: number;
  try {
    loadMs = await copyTables(directoryTables(data), pgliteCopier(raw));
    await raw.query('ANALYZE');
  } finally {
    await raw.close();
  }
  const db = await openPgliteDatabase(dataDir);
  let queries: Awaited<ReturnType<typeof measureQueries>>;
  try {
    queries = await measureQueries(db, data, options);
  } finally {
    await db.close();
  }
  rmSync(dataDir, { recursive: true, force: true });

  // The import runs through the application's adapter and COPY needs the raw handle; a data
  // folder has one owner at a time, so COPY comes first, then the import.
  const rows = importSlice(data, options);
  const empty = await openPgliteDatabase(importDir);
  await migrate(empty);
  await empty.close();
  const importRaw = await openRawPglite(importDir);
  let copySeconds: number;
  try {
    copySeconds = await timedCopy(
      () => importRaw.query('TRUNCATE actors CASCADE'),
      pgliteCopier(importRaw),
      rows,
    );
  } finally {
    await importRaw.close();
  }
  const importDb = await openPgliteDatabase(importDir);
  try {
    const importSeconds = await timedImport(importDb, rows);
    return {
      ...queries,
      ...importFigures(rows.length, importSeconds, copySeconds),
      loadMs,
      rows: rowCounts(data),
    };
  } finally {
    await importDb.close();
  }
}

function importSlice(data: SyntheticDirectory, options: DirectoryBenchOptions): SyntheticActor[] {
  return data.actors.slice(0, Math.min(options.importRows, data.actors.length));
}

/**
 * The whole section on PostgreSQL at `serverUrl`, in two databases of its own that are created
 * for it and dropped afterwards: one with the data set for the queries, one empty for the import.
 */
export async function directoryBenchPostgres(
  serverUrl: string,
  data: SyntheticDirectory,
  options: DirectoryBenchOptions,
): Promise<DirectoryBenchResult> {
  const name = `samverka_dirbench_${process.pid}_${Date.now().toString(36)}`;
  const urlOf = (db: string) => {
    const url = new URL(serverUrl);
    url.pathname = `/${db}`;
    return url.toString();
  };
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  await adminQuery(serverUrl, `CREATE DATABASE ${name}_import`);
  try {
    const db = await openPostgresDatabase(urlOf(name), { maxConnections: 4 });
    let loadMs: number;
    let queries: Awaited<ReturnType<typeof measureQueries>>;
    try {
      await migrate(db);
      const copier = await postgresCopier(urlOf(name));
      try {
        loadMs = await copyTables(directoryTables(data), copier.run);
      } finally {
        await copier.end();
      }
      await db.query('ANALYZE');
      queries = await measureQueries(db, data, options);
    } finally {
      await db.close();
    }

    const importDb = await openPostgresDatabase(urlOf(`${name}_import`), { maxConnections: 4 });
    const copier = await postgresCopier(urlOf(`${name}_import`));
    try {
      await migrate(importDb);
      const rows = importSlice(data, options);
      const copySeconds = await timedCopy(
        () => importDb.query('TRUNCATE actors CASCADE'),
        copier.run,
        rows,
      );
      const importSeconds = await timedImport(importDb, rows);
      return {
        ...queries,
        ...importFigures(rows.length, importSeconds, copySeconds),
        loadMs,
        rows: rowCounts(data),
      };
    } finally {
      await copier.end();
      await importDb.close();
    }
  } finally {
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name}_import WITH (FORCE)`);
  }
}
