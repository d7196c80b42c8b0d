import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { tempDir } from '../test-support/temp-dir';
import { DataFolderInUseError, LOCK_FILE_NAME, lockDataFolder } from './data-folder-lock';
import { openPgliteDatabase } from './pglite-database';

/** A process that stays alive until the test ends. */
function liveProcess(): ChildProcess & { pid: number } {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  onTestFinished(() => {
    child.kill('SIGKILL');
  });
  if (child.pid === undefined) throw new Error('could not start a child process');
  return child as ChildProcess & { pid: number };
}

/** The pid of a process that has already exited. */
function deadPid(): number {
  const result = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(result.stdout.toString());
}

describe('data folder lock', () => {
  it('refuses a second opener of the same folder, naming the folder and the pid that holds it', async () => {
    const dir = tempDir();
    const db = await openPgliteDatabase(dir);
    onTestFinished(() => db.close());

    const second = openPgliteDatabase(dir);

    await expect(second).rejects.toBeInstanceOf(DataFolderInUseError);
    await expect(second).rejects.toThrow(
      `The data folder ${dir} is in use by process ${process.pid}`,
    );
  });

  it('refuses when another running process holds the folder', () => {
    const dir = tempDir();
    const holder = liveProcess();
    writeFileSync(join(dir, LOCK_FILE_NAME), `${holder.pid}\n`);

    expect(() => lockDataFolder(dir)).toThrow(new DataFolderInUseError(dir, holder.pid).message);
    expect(readFileSync(join(dir, LOCK_FILE_NAME), 'utf8')).toBe(`${holder.pid}\n`);
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const dir = tempDir();
    const pid = deadPid();
    writeFileSync(join(dir, LOCK_FILE_NAME), `${pid}\n`);

    const db = await openPgliteDatabase(dir);
    onTestFinished(() => db.close());

    expect(readFileSync(join(dir, LOCK_FILE_NAME), 'utf8')).toBe(`${process.pid}\n`);
    const ok = await db.query<{ one: number }>('SELECT 1 AS one');
    expect(ok.rows).toEqual([{ one: 1 }]);
  });

  it('takes over a lock file without a pid in it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, LOCK_FILE_NAME), 'not a pid');

    const lock = lockDataFolder(dir);

    expect(readFileSync(lock.path, 'utf8')).toBe(`${process.pid}\n`);
    lock.release();
  });

  it('frees the folder when the database is closed', async () => {
    const dir = tempDir();
    const first = await openPgliteDatabase(dir);
    await first.close();
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);

    const again = await openPgliteDatabase(dir);
    onTestFinished(() => again.close());
    expect(readFileSync(join(dir, LOCK_FILE_NAME), 'utf8')).toBe(`${process.pid}\n`);
  });

  it('never removes a lock that another process has taken since', () => {
    const dir = tempDir();
    const lock = lockDataFolder(dir);
    const holder = liveProcess();
    writeFileSync(lock.path, `${holder.pid}\n`);

    lock.release();

    expect(readFileSync(lock.path, 'utf8')).toBe(`${holder.pid}\n`);
  });

  it('creates a missing data folder', () => {
    const dir = join(tempDir(), 'nested', 'data');
    const lock = lockDataFolder(dir);
    expect(existsSync(lock.path)).toBe(true);
    lock.release();
  });
});
