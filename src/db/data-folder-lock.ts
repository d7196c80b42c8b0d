// PGlite runs inside this process and does not lock its data folder: two processes opening the
// same folder would both write to it and corrupt it. This lock file, holding the owner's pid,
// makes the second one stop with a clear message instead.
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The lock file's name inside the data folder. */
export const LOCK_FILE_NAME = 'samverka.lock';

/** Thrown when another live process holds the data folder. */
export class DataFolderInUseError extends Error {
  constructor(
    readonly folder: string,
    readonly pid: number,
  ) {
    super(
      `The data folder ${folder} is in use by process ${pid} (lock file ${join(folder, LOCK_FILE_NAME)}). ` +
        'Stop that process, or set SAMVERKA_DATA_DIR to another folder.',
    );
    this.name = 'DataFolderInUseError';
  }
}

/** A held lock; `release` removes the lock file if it is still ours. */
export interface DataFolderLock {
  readonly folder: string;
  readonly path: string;
  release(): void;
}

/**
 * Takes the lock on `folder` (created when missing) for this process. A lock left by a process
 * that no longer runs (a crash, a kill -9) is taken over.
 */
export function lockDataFolder(folder: string): DataFolderLock {
  const absolute = resolve(folder);
  mkdirSync(absolute, { recursive: true });
  const path = join(absolute, LOCK_FILE_NAME);

  // Two attempts: the second one follows the removal of a stale lock.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(path)) return heldLock(absolute, path);
    const holder = readHolder(path);
    if (holder === undefined) continue; // removed between our attempt and the read
    if (isRunning(holder)) throw new DataFolderInUseError(absolute, holder);
    // Renaming is atomic: of two processes taking over the same stale lock, one rename fails
    // and that process tries again against the winner's fresh lock.
    try {
      renameSync(path, `${path}.stale-${process.pid}`);
      rmSync(`${path}.stale-${process.pid}`, { force: true });
    } catch (error) {
      if (!isCode(error, 'ENOENT')) throw error;
    }
  }
  const holder = readHolder(path);
  throw new DataFolderInUseError(absolute, holder ?? Number.NaN);
}

function tryCreate(path: string): boolean {
  // Written aside and hard-linked into place, so the lock file never exists without its pid.
  const draft = `${path}.${process.pid}.draft`;
  writeFileSync(draft, `${process.pid}\n`, { mode: 0o644 });
  try {
    linkSync(draft, path);
    return true;
  } catch (error) {
    if (isCode(error, 'EEXIST')) return false;
    throw error;
  } finally {
    rmSync(draft, { force: true });
  }
}

/** The pid in the lock file; undefined when the file is gone. Unreadable content counts as stale. */
function readHolder(path: string): number | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (isCode(error, 'ENOENT')) return undefined;
    throw error;
  }
  const pid = Number.parseInt(text.trim(), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : 0;
}

function isRunning(pid: number): boolean {
  if (pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0); // signal 0 tests for existence without touching the process
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return isCode(error, 'EPERM');
  }
}

function heldLock(folder: string, path: string): DataFolderLock {
  let released = false;
  return {
    folder,
    path,
    release() {
      if (released) return;
      released = true;
      if (readHolder(path) === process.pid) rmSync(path, { force: true });
    },
  };
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
