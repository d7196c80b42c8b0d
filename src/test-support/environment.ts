// What the test environment offers, read in one place so that every suite decides alike.
import { existsSync } from 'node:fs';

/** True on the CI machine, where a missing PostgreSQL or Chromium fails the run. */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

/** The PostgreSQL server tests may create databases on (set by scripts/with-postgres.sh). */
export function testDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const url = env.SAMVERKA_TEST_DATABASE_URL?.trim();
  return url ? url : undefined;
}

/** Debian's Chromium, the browser of the browser tests. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** True when the browser tests have a browser to run. */
export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}
