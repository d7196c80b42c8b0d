// The embedded adapter: PostgreSQL compiled to WebAssembly, running in this process, with its
// files in the data folder. Used whenever DATABASE_URL is not set.
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { resolve } from 'node:path';
import type { Database, QueryResult } from './database';
import { lockDataFolder } from './data-folder-lock';
import { parseDate, parseInt8, TYPE_OID } from './value-types';

/**
 * Opens (and on first use creates) the embedded database in `dataDir`. Throws
 * `DataFolderInUseError` when another running process has the folder open.
 */
export async function openPgliteDatabase(dataDir: string): Promise<Database> {
  const folder = resolve(dataDir);
  const lock = lockDataFolder(folder);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(folder, {
      parsers: { [TYPE_OID.int8]: parseInt8, [TYPE_OID.date]: parseDate },
      // The extensions the migrations create; PostgreSQL has them installed, PGlite loads them.
      extensions: { pg_trgm },
    });
  } catch (error) {
    lock.release();
    throw error;
  }

  let closing: Promise<void> | undefined;
  return {
    kind: 'pglite',
    location: folder,
    query: (sql, params) => runQuery(pglite, sql, params),
    exec: (sql) => runExec(pglite, sql),
    transaction: (work) =>
      pglite.transaction((tx) =>
        work({
          query: (sql, params) => runQuery(tx, sql, params),
          exec: (sql) => runExec(tx, sql),
        }),
      ),
    close() {
      closing ??= pglite.close().finally(() => lock.release());
      return closing;
    },
  };
}

async function runQuery<Row>(
  target: PGlite | Transaction,
  sql: string,
  params: readonly unknown[] = [],
): Promise<QueryResult<Row>> {
  const result = await target.query<Row>(sql, [...params]);
  // rowCount is the command tag's count, as node-postgres reports it.
  return { rows: result.rows, rowCount: result.rowCount ?? result.rows.length };
}

async function runExec(target: PGlite | Transaction, sql: string): Promise<void> {
  await target.exec(sql);
}
