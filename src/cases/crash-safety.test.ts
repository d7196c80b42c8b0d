// A save interrupted in the middle of its transaction leaves nothing half-written: a child
// process starts saving a case, stops after the case row, and is killed with SIGKILL; the
// database, opened again, holds what was committed before and nothing of the case.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it, onTestFinished } from 'vitest';
import type { Database } from '../db/database';
import { adminQuery } from '../db/postgres-admin';
import { openPgliteDatabase } from '../db/pglite-database';
import { openPostgresDatabase } from '../db/postgres-database';
import { describeEachDatabase } from '../test-support/databases';
import { testDatabaseUrl } from '../test-support/environment';
import { tempDir } from '../test-support/temp-dir';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const CHILD = join('src', 'cases', 'interrupted-save.fixture.ts');

function startChild(kind: string, location: string): ChildProcessWithoutNullStreams {
  const child = spawn(
    process.execPath,
    ['--import', './scripts/raw-text-hooks.mjs', '--import', 'tsx', CHILD, kind, location],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: '' }, stdio: 'pipe' },
  );
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return child;
}

/** The child's messages until it says it has stopped mid-transaction. */
function pausedMidSave(
  child: ChildProcessWithoutNullStreams,
): Promise<{ organisationId: string; casesInTransaction: number }> {
  return new Promise((resolvePause, reject) => {
    let output = '';
    let errors = '';
    let organisationId = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      for (const line of output.split('\n').slice(0, -1)) {
        const message = JSON.parse(line) as Record<string, unknown>;
        if (typeof message.organisationId === 'string') organisationId = message.organisationId;
        if (message.paused === true) {
          resolvePause({ organisationId, casesInTransaction: Number(message.casesInTransaction) });
        }
      }
      output = output.slice(output.lastIndexOf('\n') + 1);
    });
    child.on('exit', (code, signal) =>
      reject(new Error(`the child ended (${code ?? signal}) before pausing: ${errors}`)),
    );
  });
}

function killed(child: ChildProcessWithoutNullStreams): Promise<NodeJS.Signals | null> {
  return new Promise((resolveExit) => {
    child.once('exit', (_code, signal) => resolveExit(signal));
    child.kill('SIGKILL');
  });
}

async function count(db: Database, sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await db.query<{ n: number }>(sql, params);
  return rows[0]?.n ?? -1;
}

async function expectNothingOfTheCase(db: Database, organisationId: string): Promise<void> {
  // What was committed before the save is there…
  expect(
    await count(db, 'SELECT count(*)::int AS n FROM organisations WHERE id = $1', [organisationId]),
  ).toBe(1);
  expect(
    await count(
      db,
      `SELECT count(*)::int AS n FROM audit_log WHERE organisation_id = $1 AND action = 'organisation.created'`,
      [organisationId],
    ),
  ).toBe(1);
  // …and nothing of the interrupted save.
  expect(await count(db, 'SELECT count(*)::int AS n FROM cases')).toBe(0);
  expect(await count(db, 'SELECT count(*)::int AS n FROM case_assessments')).toBe(0);
  expect(
    await count(db, `SELECT count(*)::int AS n FROM audit_log WHERE subject_type = 'case'`),
  ).toBe(0);
}

describeEachDatabase('a save killed mid-transaction', (target) => {
  it('leaves no case, no assessment and no audit entry behind', { timeout: 120_000 }, async () => {
    if (target.kind === 'pglite') {
      const folder = join(tempDir('samverka-crash-'), 'data');
      const child = startChild('pglite', folder);
      const paused = await pausedMidSave(child);
      // The case row was written inside the transaction when the process died.
      expect(paused.casesInTransaction).toBe(1);
      expect(await killed(child)).toBe('SIGKILL');
      // The child's lock file is left behind; the dead process's lock is taken over.
      const db = await openPgliteDatabase(folder);
      try {
        await expectNothingOfTheCase(db, paused.organisationId);
      } finally {
        await db.close();
      }
      return;
    }

    const server = testDatabaseUrl();
    if (server === undefined) throw new Error('SAMVERKA_TEST_DATABASE_URL is not set');
    const name = `samverka_crash_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    await adminQuery(server, `CREATE DATABASE ${name}`);
    onTestFinished(() => adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    const url = new URL(server);
    url.pathname = `/${name}`;
    const child = startChild('postgresql', url.toString());
    const paused = await pausedMidSave(child);
    expect(paused.casesInTransaction).toBe(1);
    const db = await openPostgresDatabase(url.toString(), { maxConnections: 2 });
    onTestFinished(() => db.close());
    // While the transaction is open, its row is invisible to everyone else…
    expect(await count(db, 'SELECT count(*)::int AS n FROM cases')).toBe(0);
    expect(await killed(child)).toBe('SIGKILL');
    // …and once the server has seen the connection die, the transaction is gone, not pending.
    const openTransactions = () =>
      count(
        db,
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid()
            AND state LIKE 'idle in transaction%'`,
      );
    for (let i = 0; i < 100 && (await openTransactions()) > 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await openTransactions()).toBe(0);
    await expectNothingOfTheCase(db, paused.organisationId);
  });
});
