// Runs one database test suite over every database samverka supports: embedded PGlite always,
// PostgreSQL when SAMVERKA_TEST_DATABASE_URL names a server (scripts/with-postgres.sh starts one).
// Each test gets a database of its own, created fresh and removed afterwards.
import { PGlite } from '@electric-sql/pglite';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, onTestFinished } from 'vitest';
import { adminQuery } from '../db/postgres-admin';
import type { Database, DatabaseKind } from '../db/database';
import { openPgliteDatabase } from '../db/pglite-database';
import { openPostgresDatabase } from '../db/postgres-database';
import { isCi, testDatabaseUrl } from './environment';

/** A database made for one test. */
export interface FreshDatabase {
  readonly db: Database;
  /**
   * A second handle on the same database, as another application instance would have. On
   * PostgreSQL this is a separate connection pool; PGlite is one connection inside one process,
   * so there it is the same instance (its close does nothing).
   */
  readonly openAnother: () => Promise<Database>;
}

/** One database product the suite runs on. */
export interface DatabaseTarget {
  readonly kind: DatabaseKind;
  /** Creates an empty database for the current test; everything is closed and removed after it. */
  fresh(): Promise<FreshDatabase>;
  /**
   * Creates an empty database for a whole suite (in `beforeAll`); `dispose` (in `afterAll`)
   * closes and removes it.
   */
  freshForSuite(): Promise<{ db: Database; dispose(): Promise<void> }>;
}

/**
 * Declares the suite `body` once per database. Without a PostgreSQL server the PostgreSQL copy
 * is reported as skipped, except in CI, where it fails.
 */
export function describeEachDatabase(title: string, body: (target: DatabaseTarget) => void): void {
  describe(`${title} [PGlite]`, () => body(pgliteTarget));

  const url = testDatabaseUrl();
  const postgresTitle = `${title} [PostgreSQL]`;
  if (url) {
    describe(postgresTitle, () => body(postgresTarget(url)));
  } else if (isCi()) {
    describe(postgresTitle, () => {
      it('runs on PostgreSQL', () => {
        throw new Error(
          'CI requires PostgreSQL: SAMVERKA_TEST_DATABASE_URL is not set (run through scripts/with-postgres.sh).',
        );
      });
    });
  } else {
    describe.skip(postgresTitle, () => body(postgresTarget('postgresql://unset')));
  }
}

/** An empty embedded database in a new temporary folder, and how to get rid of it. */
export interface ScratchDatabase {
  readonly db: Database;
  /** Closes the database and removes its folder. */
  dispose(): Promise<void>;
}

/**
 * An empty PGlite database for a whole test file (in `beforeAll`, disposed in `afterAll`), for
 * tests whose subject is not the database.
 */
export async function openScratchPglite(): Promise<ScratchDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'samverka-pglite-'));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  try {
    cpSync(await pgliteTemplate(), dir, { recursive: true });
    const db = await openPgliteDatabase(dir);
    return {
      db,
      async dispose() {
        await db.close();
        removeDir();
      },
    };
  } catch (error) {
    removeDir();
    throw error;
  }
}

const pgliteTarget: DatabaseTarget = {
  kind: 'pglite',
  async fresh() {
    const scratch = await openScratchPglite();
    onTestFinished(() => scratch.dispose());
    const { db } = scratch;
    return {
      db,
      openAnother: () => Promise.resolve({ ...db, close: () => Promise.resolve() }),
    };
  },
  freshForSuite: () => openScratchPglite(),
};

let template: Promise<string> | undefined;

/**
 * An initialised, empty PGlite data folder, made once per test process: creating a cluster takes
 * seconds, copying one a few milliseconds.
 */
function pgliteTemplate(): Promise<string> {
  template ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samverka-pglite-template-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const pglite = await PGlite.create(dir);
    await pglite.close();
    return dir;
  })();
  return template;
}

let counter = 0;

function postgresTarget(serverUrl: string): DatabaseTarget {
  return {
    kind: 'postgresql',
    async fresh() {
      counter += 1;
      const name = `samverka_test_${process.pid}_${counter}_${Math.random().toString(36).slice(2, 8)}`;
      await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      const opened: Database[] = [];
      const open = async () => {
        const db = await openPostgresDatabase(url.toString(), { maxConnections: 4 });
        opened.push(db);
        return db;
      };
      onTestFinished(async () => {
        await Promise.all(opened.map((db) => db.close()));
        await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      });
      return { db: await open(), openAnother: open };
    },
    async freshForSuite() {
      counter += 1;
      const name = `samverka_suite_${process.pid}_${counter}_${Math.random().toString(36).slice(2, 8)}`;
      await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      const db = await openPostgresDatabase(url.toString(), { maxConnections: 4 });
      return {
        db,
        async dispose() {
          await db.close();
          await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        },
      };
    },
  };
}
