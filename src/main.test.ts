// `npm start` as a process: the real entry point, the real signals.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { LOCK_FILE_NAME } from './db/index';
import { tempDir } from './test-support/temp-dir';

/** Starts src/main.ts as `npm run dev` would, with the raw-text hooks for SQL and CSS. */
function startMain(dataDir: string): ChildProcessWithoutNullStreams {
  const child = spawn(
    process.execPath,
    ['--import', './scripts/raw-text-hooks.mjs', '--import', 'tsx', 'src/main.ts'],
    {
      env: { ...process.env, PORT: '0', SAMVERKA_DATA_DIR: dataDir, DATABASE_URL: '' },
      stdio: 'pipe',
    },
  );
  onTestFinished(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  return child;
}

/** The address from Fastify's "Server listening at …" log line. */
function listeningUrl(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Server listening at (http:\/\/[^"\s]+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
}

function exited(
  child: ChildProcessWithoutNullStreams,
): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

describe('npm start', () => {
  it('serves, refuses a second process on the same data folder, and shuts down on SIGTERM', async () => {
    const dataDir = tempDir();
    const first = startMain(dataDir);
    const firstExit = exited(first);
    const url = await listeningUrl(first);
    expect((await fetch(url)).status).toBe(200);
    // The search index holds the content library's pages.
    const search = await fetch(`${url}/api/v1/search?q=partnerskapet`);
    const hits = ((await search.json()) as { hits: { id: string }[] }).hits.map((h) => h.id);
    expect(hits).toContain('knowledge:iop');

    const second = startMain(dataDir);
    const { code, stderr } = await exited(second);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `samverka could not start: The data folder ${dataDir} is in use by process ${first.pid} ` +
        `(lock file ${join(dataDir, LOCK_FILE_NAME)}). Stop that process, or set ` +
        'SAMVERKA_DATA_DIR to another folder.\n',
    );

    first.kill('SIGTERM');
    expect((await firstExit).code).toBe(0);
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
  }, 60_000);
});
