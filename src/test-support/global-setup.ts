// Runs once before all test files. In CI the run needs PostgreSQL and Chromium and stops at once,
// with the reason, when either is missing; locally their suites report as skipped instead.
import pg from 'pg';
import { CHROMIUM_PATH, chromiumAvailable, isCi, testDatabaseUrl } from './environment';

export default async function setup(): Promise<void> {
  if (!isCi()) return;
  const problems: string[] = [];
  const url = testDatabaseUrl();
  if (!url) {
    problems.push(
      'SAMVERKA_TEST_DATABASE_URL is not set: run the tests through scripts/with-postgres.sh.',
    );
  } else {
    const reason = await unreachable(url);
    if (reason)
      problems.push(`PostgreSQL at SAMVERKA_TEST_DATABASE_URL does not answer: ${reason}`);
  }
  if (!chromiumAvailable()) {
    problems.push(`Chromium is missing at ${CHROMIUM_PATH} (apt-get install chromium).`);
  }
  if (problems.length > 0) {
    throw new Error(`CI=true and the test environment is incomplete:\n- ${problems.join('\n- ')}`);
  }
}

async function unreachable(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => {});
  }
}
