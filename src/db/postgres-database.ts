// The server adapter: node-postgres against PostgreSQL (15 or later), used when DATABASE_URL is
// set. Several stateless application instances may share one database.
import pg from 'pg';
import type { Database, Queryable, QueryResult } from './database';
import { parseDate, parseInt8, TYPE_OID } from './value-types';

/** Options for {@link openPostgresDatabase}. */
export interface PostgresOptions {
  /** Most connections this instance holds open. */
  maxConnections?: number;
}

/**
 * Connects to PostgreSQL at `url` and checks the connection once, so that a wrong URL fails at
 * start and not at the first request.
 */
export async function openPostgresDatabase(
  url: string,
  options: PostgresOptions = {},
): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    types: { getTypeParser },
  });
  // An idle connection that the server drops must not take the process down; the pool replaces it.
  pool.on('error', () => {});
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end();
    throw new Error(`Cannot connect to PostgreSQL at ${describeUrl(url)}: ${messageOf(error)}`, {
      cause: error,
    });
  }

  let closing: Promise<void> | undefined;
  return {
    kind: 'postgresql',
    location: describeUrl(url),
    query: (sql, params) => runQuery(pool, sql, params),
    exec: (sql) => runExec(pool, sql),
    async transaction(work) {
      const client = await pool.connect();
      let broken: unknown;
      try {
        await client.query('BEGIN');
        const tx: Queryable = {
          query: (sql, params) => runQuery(client, sql, params),
          exec: (sql) => runExec(client, sql),
        };
        const result = await work(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackError) {
          broken = rollbackError; // the connection is unusable: do not hand it out again
        }
        throw error;
      } finally {
        client.release(broken instanceof Error ? broken : undefined);
      }
    },
    close() {
      closing ??= pool.end();
      return closing;
    },
  };
}

function getTypeParser(oid: number, format?: string): (text: string) => unknown {
  if (oid === TYPE_OID.int8) return parseInt8;
  if (oid === TYPE_OID.date) return parseDate;
  return pg.types.getTypeParser(oid, format as 'text') as (text: string) => unknown;
}

async function runQuery<Row>(
  target: pg.Pool | pg.PoolClient,
  sql: string,
  params: readonly unknown[] = [],
): Promise<QueryResult<Row>> {
  const result = await target.query<Row & pg.QueryResultRow>(sql, [...params]);
  return { rows: result.rows, rowCount: result.rowCount ?? result.rows.length };
}

async function runExec(target: pg.Pool | pg.PoolClient, sql: string): Promise<void> {
  // Without parameters node-postgres uses the simple protocol, which runs several statements.
  await target.query(sql);
}

/** The URL without its password, for messages and logs. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return 'an unparsable DATABASE_URL';
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
