import { streamWriter, writeBackupFile, type TextWriter } from '../../db/backup-file';
import { exportActorsCsv, exportActorsOpenReferral } from '../../directory-transfer/index';
import { EXIT, type CliIo } from '../cli-io';
import { cliMessages } from '../locales';
import { withDatabase } from '../operation-database';
import type { OperationCommand } from '../parse-args';

/**
 * `samverka export organisations`: the listed directory as CSV (the import's columns) or as
 * Open Referral–like JSON, to standard output or to `--output FILE`, which appears only when
 * complete (FILE.gz is compressed).
 */
export async function exportOrganisationsCommand(
  io: CliIo,
  c: Extract<OperationCommand, { kind: 'export-organisations' }>,
): Promise<number> {
  const m = cliMessages(c.lang);
  return withDatabase(io, c.lang, async (db) => {
    const produce = (write: TextWriter) =>
      c.format === 'json' ? exportActorsOpenReferral(db, write) : exportActorsCsv(db, write);
    if (c.output === undefined) {
      await produce(streamWriter(io.stdoutStream()));
      return EXIT.ok;
    }
    let count: number;
    try {
      count = await writeBackupFile(c.output, produce);
    } catch (error) {
      if (error instanceof Error && 'syscall' in error && 'code' in error) {
        io.stderr(`samverka: ${m.ops.cannotWrite(c.output, String(error.code))}\n`);
        return EXIT.usage;
      }
      throw error;
    }
    io.stderr(`${m.transfer.exported(count, c.output)}\n`);
    return EXIT.ok;
  });
}
