import { backupDatabase, type BackupSummary } from '../../db/backup';
import { streamWriter, writeBackupFile, type TextWriter } from '../../db/backup-file';
import { EXIT, type CliIo } from '../cli-io';
import { cliMessages } from '../locales';
import { withDatabase } from '../operation-database';
import type { OperationCommand } from '../parse-args';

/**
 * `samverka backup FILE`: the whole database's data in one file, from one consistent moment; the
 * file appears only when complete. `-` writes to standard output, and the summary to standard
 * error.
 */
export async function backupCommand(
  io: CliIo,
  c: Extract<OperationCommand, { kind: 'backup' }>,
): Promise<number> {
  const m = cliMessages(c.lang).ops;
  return withDatabase(io, c.lang, async (db) => {
    const produce = (write: TextWriter) =>
      backupDatabase(db, write, { samverkaVersion: io.version, now: io.now() });
    let summary: BackupSummary;
    try {
      summary =
        c.file === '-'
          ? await produce(streamWriter(io.stdoutStream()))
          : await writeBackupFile(c.file, produce);
    } catch (error) {
      // Errors of the file system carry the system call; the database's do not.
      if (error instanceof Error && 'syscall' in error && 'code' in error) {
        io.stderr(`samverka: ${m.cannotWrite(c.file, String(error.code))}\n`);
        return EXIT.usage;
      }
      throw error;
    }
    const from = `${m.databaseKinds[db.kind]} (${db.location})`;
    const text = `${m.backupWritten(c.file, summary.tables, summary.rows, summary.schemaVersion, from)}\n`;
    if (c.file === '-') io.stderr(text);
    else io.stdout(text);
    return EXIT.ok;
  });
}
