// Statements on a PostgreSQL server outside any application database: creating and dropping the
// throwaway databases of the tests and the bench.
import pg from 'pg';

/** Runs one statement on the server at `serverUrl` with a connection of its own. */
export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
