// The built command line (dist/cli.js), as users run it. Rebuilt first when any source it may
// bundle is newer than the build, so that the tests never run a stale bundle.
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../db/database';
import { openPgliteDatabase } from '../db/pglite-database';

/** The repository's root folder. */
export const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
/** The built command line. */
export const CLI = join(ROOT, 'dist', 'cli.js');

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return path.endsWith('.test.ts') ? 0 : stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Builds dist/ unless dist/cli.js is newer than src/, spec/ and package.json. */
export function ensureBuiltCli(): void {
  const sources = Math.max(
    newest(join(ROOT, 'src')),
    newest(join(ROOT, 'spec')),
    newest(join(ROOT, 'package.json')),
  );
  if (existsSync(CLI) && statSync(CLI).mtimeMs >= sources) return;
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], {
    cwd: ROOT,
    stdio: 'pipe',
  });
}

/** Runs `node dist/cli.js ...args`, with `input` on stdin and `env` as the environment. */
export function runBuiltCli(
  args: string[],
  input?: string | Buffer,
  options: { env?: NodeJS.ProcessEnv; timeout?: number } = {},
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: options.env ?? process.env,
    timeout: options.timeout ?? 20_000,
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The environment of a command on the embedded database in `dataDir` (never DATABASE_URL). */
export function embeddedEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, SAMVERKA_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  return env;
}

/** Runs the built command line on the embedded database in `dataDir`. */
export function runEmbeddedCli(
  dataDir: string,
  args: string[],
  input?: string | Buffer,
  timeout = 60_000,
): SpawnSyncReturns<string> {
  return runBuiltCli(args, input, { env: embeddedEnv(dataDir), timeout });
}

/** Opens the embedded database of `dataDir` between two commands (it allows one process). */
export async function withEmbeddedData<T>(
  dataDir: string,
  work: (db: Database) => Promise<T>,
): Promise<T> {
  const db = await openPgliteDatabase(dataDir);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}
