// Backup files on disk. A backup is written beside its final name and renamed into place once it
// is complete and on disk, so FILE is either the previous backup or the whole new one, never half
// of one. A name ending in .gz is compressed; a restore recognises gzip by its first bytes.
import { randomBytes } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { PassThrough, Readable, type Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { BackupError } from './backup-format';

/** Writes text in order, waiting when the destination is behind. */
export type TextWriter = (text: string) => Promise<void>;

/**
 * Runs `produce` with a writer into `path` and puts the file in place only when `produce`
 * resolves; when it throws, the partial file is removed and `path` is left as it was. The file is
 * readable by its owner only: a backup holds password hashes and the identity providers' secrets.
 */
export async function writeBackupFile<T>(
  path: string,
  produce: (write: TextWriter) => Promise<T>,
): Promise<T> {
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.partial`,
  );
  const file = await open(temporary, 'wx', 0o600);
  let closed = false;
  try {
    const encoder = /\.gz$/i.test(path) ? createGzip() : new PassThrough();
    const copied = copyInto(encoder, file).catch((error: unknown) => {
      encoder.destroy(error instanceof Error ? error : new Error(String(error)));
      throw error;
    });
    copied.catch(() => {});
    let result: T;
    try {
      result = await produce(streamWriter(encoder));
    } catch (error) {
      encoder.destroy();
      await copied.catch(() => {});
      throw error;
    }
    encoder.end();
    await copied;
    await file.sync();
    closed = true;
    await file.close();
    await rename(temporary, path);
    await syncFolder(dirname(path));
    return result;
  } finally {
    if (!closed) await file.close().catch(() => {});
    await rm(temporary, { force: true });
  }
}

/**
 * A writer into a stream (standard output for `-`): each write waits until the stream has taken
 * the text, so a slow reader holds the backup back, and a reader that goes away (EPIPE) fails
 * the next write instead of the process.
 */
export function streamWriter(stream: Writable): TextWriter {
  let failure: Error | undefined;
  stream.on('error', (error) => {
    failure ??= error;
  });
  return (text) =>
    new Promise((resolve, reject) => {
      if (failure) {
        reject(failure);
        return;
      }
      stream.write(text, (error) => {
        if (error) reject(failure ?? error);
        else resolve();
      });
    });
}

async function copyInto(from: Readable, file: FileHandle): Promise<void> {
  for await (const chunk of from) await file.write(chunk as Buffer);
}

async function syncFolder(folder: string): Promise<void> {
  // The rename is durable once the folder's entry is on disk; some systems cannot sync folders.
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort
  }
}

/** Opens a backup file for {@link backupLines}; fails at once when it cannot be read. */
export async function openBackupFile(path: string): Promise<Readable> {
  const handle = await open(path, 'r');
  return handle.createReadStream();
}

/**
 * The lines of a backup from a stream of bytes, gunzipped when it starts with gzip's magic
 * bytes. A stream that breaks off, broken gzip or bytes that are not UTF-8 throw
 * {@link BackupError} (damaged, unreadable).
 */
export async function* backupLines(input: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const source = input[Symbol.asyncIterator]();
  let head = Buffer.alloc(0);
  let ended = false;
  try {
    while (head.length < 2) {
      const r = await source.next();
      if (r.done) {
        ended = true;
        break;
      }
      head = Buffer.concat([head, Buffer.from(r.value)]);
    }
  } catch (error) {
    throw unreadable(error);
  }
  async function* rest(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    if (ended) return;
    for (;;) {
      const r = await source.next();
      if (r.done) return;
      yield Buffer.from(r.value);
    }
  }
  let bytes: AsyncIterable<Buffer> = rest();
  let gunzip: Transform | undefined;
  if (head[0] === 0x1f && head[1] === 0x8b) {
    gunzip = createGunzip();
    // Errors of the source reach the reader through gunzip, which the pipeline destroys with them.
    pipeline(Readable.from(rest()), gunzip).catch(() => {});
    bytes = gunzip;
  }

  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending = '';
  try {
    for await (const chunk of bytes) {
      pending += decoder.decode(chunk, { stream: true });
      let start = 0;
      let newline = pending.indexOf('\n');
      while (newline !== -1) {
        yield pending.slice(start, newline).replace(/\r$/, '');
        start = newline + 1;
        newline = pending.indexOf('\n', start);
      }
      pending = pending.slice(start);
    }
    pending += decoder.decode();
    if (pending !== '') yield pending.replace(/\r$/, '');
  } catch (error) {
    throw unreadable(error);
  } finally {
    // A reader that stops early (a refused restore) closes the file.
    gunzip?.destroy();
    await source.return?.();
  }
}

function unreadable(error: unknown): BackupError {
  const reason =
    error instanceof Error && 'code' in error && typeof error.code === 'string'
      ? `${error.code}: ${error.message}`
      : error instanceof Error
        ? error.message
        : String(error);
  return new BackupError({ code: 'damaged', line: null, damage: { kind: 'unreadable', reason } });
}
