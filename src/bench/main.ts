// `npm run bench`: the performance figures of samverka, measured here and nowhere else.
// `--json` prints one JSON object { "<metric>": { value, unit, baseline, ratio } } on stdout;
// without it, a table. `--seconds N` sets the measured time per figure (default 3).
// `--only directory` measures only the directory at national scale (search, matching, import).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { startApp } from '../app/start-app';
import { databaseConfigFromEnv } from '../db/open-database';
import { todayInSweden } from '../domain/calendar/today-in-sweden';
import { apiBench } from './api-bench';
import { ARGON2_DESCRIPTION, argon2Bench, authPageBench } from './auth-bench';
import { benchCases, exampleCases } from './bench-cases';
import { reportTable, type BenchReport } from './bench-report';
import { coldStartBench } from './cold-start-bench';
import {
  directoryBenchPglite,
  directoryBenchPostgres,
  type DirectoryBenchResult,
} from './directory-bench';
import { engineBench } from './engine-bench';
import { runLoad, type LoadJob } from './load-generator';
import { memoDocxBench, memoPdfBench } from './memo-bench';
import {
  benchPostgresUrl,
  benchSearchDocuments,
  searchBenchPglite,
  searchBenchPostgres,
} from './search-bench';
import { generateSyntheticDirectory, NATIONAL_COUNTS } from './synthetic-directory';
import { pageBytesBench, resultPageBench } from './web-bench';

const NOTES: Record<string, string> = {
  'engine.assess_per_s': 'JSON.parse + JSON.stringify of the same cases and assessments',
  'api.assess_rps': 'an echo route in the same server, same bodies',
  'engine.first_assessment_ms': 'node -e ""',
  'web.result_page_ms': 'the engine assessing the same cases',
  'web.page_bytes_max': 'the home page, counted the same way',
  'docs.memo_pdf_ms': 'the engine assessing the same cases',
  'docs.memo_docx_ms': 'the engine assessing the same cases',
  'search.p95_ms.pglite': 'a primary-key lookup on the same table, same rounds',
  'search.p95_ms.postgresql': 'a primary-key lookup on the same table, same rounds',
  'auth.page_rps': 'the same page signed out, same server',
  'auth.argon2_ms': 'argon2id with OWASP minimum parameters (19 MiB, t=2, p=1)',
  'directory.search_p95_ms.pglite': 'a primary-key lookup of an entry, same rounds',
  'directory.search_p95_ms.postgresql': 'a primary-key lookup of an entry, same rounds',
  'matching.challenge_p95_ms.pglite': 'a primary-key lookup of an entry, same rounds',
  'matching.challenge_p95_ms.postgresql': 'a primary-key lookup of an entry, same rounds',
  'import.rows_per_s.pglite': "PGlite's COPY of the same rows and columns into the same table",
  'import.rows_per_s.postgresql': 'COPY of the same rows and columns into the same table',
};

/** Password verifications per argon2 figure. */
const ARGON2_ROUNDS = 15;

/** Rounds over the search queries (24 queries each). */
const SEARCH_ROUNDS = 20;

/** Rounds over the memo cases: a PDF takes tens of milliseconds, so a few rounds suffice. */
const MEMO_ROUNDS = 3;

/** The seed of the synthetic national directory: every run measures the same data. */
const DIRECTORY_SEED = 20260263;

/**
 * The directory's measurements: three rounds of the 16 searches, two rounds of matching 15
 * challenges, an import file of 20 000 rows. Loading 263 000 entries takes about a minute on
 * each database and the slowest searches seconds on PGlite; more rounds would take the section
 * well past a few minutes on two cores.
 */
const DIRECTORY_OPTIONS = {
  searchRounds: 3,
  matchChallenges: 15,
  matchRounds: 2,
  importRows: 20_000,
};

const SECTIONS = ['directory'] as const;
type Section = (typeof SECTIONS)[number];

class UsageError extends Error {}

function parseOptions(argv: string[]): { json: boolean; seconds: number; only?: Section } {
  let json = false;
  let seconds = 3;
  let only: Section | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') json = true;
    else if (arg === '--seconds') {
      seconds = Number(argv[++i]);
      if (!(seconds > 0 && seconds <= 60))
        throw new UsageError('--seconds takes a number from 0 to 60');
    } else if (arg === '--only') {
      const section = argv[++i];
      if (!(SECTIONS as readonly string[]).includes(section ?? ''))
        throw new UsageError(`--only takes one of: ${SECTIONS.join(', ')}`);
      only = section as Section;
    } else
      throw new UsageError(
        `unknown option: ${arg}; usage: bench [--json] [--seconds N] [--only directory]`,
      );
  }
  return { json, seconds, only };
}

/** The directory at national scale on PGlite and, when a server is named, on PostgreSQL. */
async function directorySection(
  tmp: string,
  report: BenchReport,
  notes: Record<string, string>,
  progress: (name: string) => void,
): Promise<void> {
  const data = generateSyntheticDirectory(DIRECTORY_SEED, NATIONAL_COUNTS);
  const add = (database: 'pglite' | 'postgresql', r: DirectoryBenchResult) => {
    const search = `directory.search_p95_ms.${database}`;
    const matching = `matching.challenge_p95_ms.${database}`;
    const rate = `import.rows_per_s.${database}`;
    report[search] = r.search;
    report[matching] = r.matching;
    report[rate] = r.importRate;
    const rows =
      `${r.rows.actors} entries, ${r.rows.organisations} organisations, ` +
      `${r.rows.challenges} challenges loaded by COPY in ${(r.loadMs / 1000).toFixed(1)} s`;
    notes[search] +=
      `; ${r.searchSamples} searches (${r.searchesWithHits} of ${r.searchSamples / DIRECTORY_OPTIONS.searchRounds} ` +
      `queries with hits) over ${rows}; slowest by median: ` +
      r.slowestSearches.map((q) => `${q.query} ${q.medianMs.toFixed(0)} ms`).join(', ');
    notes[matching] += `; ${r.matchingSamples} matchings, top 20 of ${r.matchHitsMax} at most`;
    notes[rate] +=
      `; ${r.importRows} rows: import ${r.importSeconds.toFixed(1)} s, COPY ${r.copySeconds.toFixed(1)} s`;
  };
  progress(
    'directory.search_p95_ms.pglite, matching.challenge_p95_ms.pglite, import.rows_per_s.pglite',
  );
  add(
    'pglite',
    await directoryBenchPglite(
      join(tmp, 'directory-data'),
      join(tmp, 'directory-import'),
      data,
      DIRECTORY_OPTIONS,
    ),
  );
  const server = benchPostgresUrl(process.env);
  if ('url' in server) {
    progress(
      'directory.search_p95_ms.postgresql, matching.challenge_p95_ms.postgresql, import.rows_per_s.postgresql',
    );
    add('postgresql', await directoryBenchPostgres(server.url, data, DIRECTORY_OPTIONS));
  } else {
    process.stderr.write(`directory figures on PostgreSQL not measured: ${server.reason}\n`);
  }
}

async function bench(argv: string[]): Promise<void> {
  const options = parseOptions(argv);
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const tmp = mkdtempSync(join(tmpdir(), 'samverka-bench-'));
  const progress = (name: string) => {
    if (!options.json) process.stderr.write(`measuring ${name} ...\n`);
  };
  try {
    const report: BenchReport = {};
    const notes = { ...NOTES };
    if (options.only === 'directory') {
      await directorySection(tmp, report, notes, progress);
      process.stdout.write(
        options.json ? `${JSON.stringify(report, null, 2)}\n` : `${reportTable(report, notes)}\n`,
      );
      return;
    }
    const cases = benchCases(root);
    progress('engine.assess_per_s');
    report['engine.assess_per_s'] = engineBench(cases, options.seconds);
    progress('api.assess_rps');
    report['api.assess_rps'] = await apiBench(cases, join(tmp, 'data'), options.seconds);
    progress('engine.first_assessment_ms');
    report['engine.first_assessment_ms'] = coldStartBench(root, tmp, cases[0]!, 9);

    // The guide's pages, from the application as `npm start` starts it, asked in-process.
    const app = await startApp(
      {
        port: 0,
        host: '127.0.0.1',
        database: databaseConfigFromEnv({ SAMVERKA_DATA_DIR: join(tmp, 'web-data') }),
        logLevel: 'silent',
      },
      { logger: false },
    );
    try {
      progress('web.result_page_ms');
      const page = await resultPageBench(app.server, cases, options.seconds);
      report['web.result_page_ms'] = page.metric;
      notes['web.result_page_ms'] +=
        `; the whole request through inject: ${page.injectMs.toFixed(2)} ms`;
      progress('web.page_bytes_max');
      const bytes = await pageBytesBench(app.server, exampleCases(root), todayInSweden());
      report['web.page_bytes_max'] = bytes.metric;
      notes['web.page_bytes_max'] += `; the largest is ${bytes.largest}`;
    } finally {
      await app.close();
    }

    // The worked examples and every tenth generated case: the same mix at a tenth of the count.
    const memoCases = cases.filter((_, i) => i < 9 || i % 10 === 0);
    progress('docs.memo_pdf_ms');
    report['docs.memo_pdf_ms'] = await memoPdfBench(memoCases, MEMO_ROUNDS);
    progress('docs.memo_docx_ms');
    report['docs.memo_docx_ms'] = await memoDocxBench(memoCases, MEMO_ROUNDS);

    progress('auth.page_rps');
    report['auth.page_rps'] = await authPageBench(join(tmp, 'auth-data'), options.seconds);
    progress('auth.argon2_ms');
    report['auth.argon2_ms'] = await argon2Bench(ARGON2_ROUNDS);
    notes['auth.argon2_ms'] += `; chosen: ${ARGON2_DESCRIPTION}`;

    const search = benchSearchDocuments();
    progress('search.p95_ms.pglite');
    const onPglite = await searchBenchPglite(join(tmp, 'search-data'), search.docs, SEARCH_ROUNDS);
    report['search.p95_ms.pglite'] = onPglite.metric;
    const searchNote = (hits: number, samples: number) =>
      `; ${samples} searches over ${search.source}, ${hits} of the queries with hits`;
    notes['search.p95_ms.pglite'] += searchNote(onPglite.queriesWithHits, onPglite.samples);
    const server = benchPostgresUrl(process.env);
    if ('url' in server) {
      progress('search.p95_ms.postgresql');
      const onPostgres = await searchBenchPostgres(server.url, search.docs, SEARCH_ROUNDS);
      report['search.p95_ms.postgresql'] = onPostgres.metric;
      notes['search.p95_ms.postgresql'] += searchNote(
        onPostgres.queriesWithHits,
        onPostgres.samples,
      );
    } else {
      process.stderr.write(`search.p95_ms.postgresql not measured: ${server.reason}\n`);
    }

    await directorySection(tmp, report, notes, progress);
    process.stdout.write(
      options.json ? `${JSON.stringify(report, null, 2)}\n` : `${reportTable(report, notes)}\n`,
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (isMainThread) {
  try {
    await bench(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`bench: ${e.message}\n`);
    process.exitCode = 2;
  }
} else {
  parentPort?.postMessage(await runLoad(workerData as LoadJob));
}
