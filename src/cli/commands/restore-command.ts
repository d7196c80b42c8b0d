import type { Readable } from 'node:stream';
import { restoreDatabase } from '../../db/backup';
import { backupLines, openBackupFile } from '../../db/backup-file';
import { BackupError, type BackupDamage, type BackupProblem } from '../../db/backup-format';
import { EXIT, type CliIo } from '../cli-io';
import { cliMessages, type CliMessages } from '../locales';
import { withDatabase } from '../operation-database';
import type { OperationCommand } from '../parse-args';

/**
 * `samverka restore FILE`: a backup back into an empty database of the same schema version, all
 * of it or nothing. `-` reads standard input.
 */
export async function restoreCommand(
  io: CliIo,
  c: Extract<OperationCommand, { kind: 'restore' }>,
): Promise<number> {
  const m = cliMessages(c.lang);
  let input: Readable;
  try {
    input = c.file === '-' ? io.stdinStream() : await openBackupFile(c.file);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    io.stderr(`samverka: ${m.cannotRead(c.file, code)}\n`);
    return EXIT.usage;
  }
  try {
    return await withDatabase(io, c.lang, async (db) => {
      try {
        const summary = await restoreDatabase(db, backupLines(input));
        io.stdout(
          `${m.ops.restored(
            c.file,
            summary.tables,
            summary.rows,
            summary.header.createdAt,
            summary.header.samverkaVersion,
          )}\n`,
        );
        return EXIT.ok;
      } catch (error) {
        if (!(error instanceof BackupError)) throw error;
        io.stderr(
          `samverka: ${c.file}: ${refusalText(error.problem, m)} ${m.ops.nothingChanged}\n`,
        );
        return EXIT.usage;
      }
    });
  } finally {
    if (c.file !== '-') input.destroy();
  }
}

function refusalText(problem: BackupProblem, m: CliMessages): string {
  switch (problem.code) {
    case 'not-a-backup':
      return m.ops.restoreNotABackup;
    case 'format-version':
      return m.ops.restoreFormatVersion(JSON.stringify(problem.found) ?? '–', problem.supported);
    case 'schema-version':
      return m.ops.restoreSchemaVersion(problem.backup, problem.database, problem.samverkaVersion);
    case 'schema-differs':
      return m.ops.restoreSchemaDiffers(problem.version);
    case 'not-empty':
      return m.ops.restoreNotEmpty(problem.tables);
    case 'damaged':
      return m.ops.restoreDamaged(problem.line, damageText(problem.damage, m));
  }
}

function damageText(damage: BackupDamage, m: CliMessages): string {
  const describe = m.ops.damage[damage.kind] as (d: BackupDamage) => string;
  return describe(damage);
}
