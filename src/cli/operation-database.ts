// Opens the database the operator's commands work on, chosen as `samverka serve` chooses it
// (DATABASE_URL, else the embedded database in SAMVERKA_DATA_DIR), and brings its schema up to
// date first. Problems opening it are said in the operator's language, without a stack.
import type { Lang } from '../engine';
import type { Database } from '../db/database';
import { DataFolderInUseError } from '../db/data-folder-lock';
import { migrate, MigrationMismatchError } from '../db/migrate';
import { databaseConfigFromEnv, openDatabase } from '../db/open-database';
import { EXIT, type CliIo } from './cli-io';
import { cliMessages } from './locales';

/** Runs `work` on the migrated database and closes it; returns `work`'s exit status. */
export async function withDatabase(
  io: CliIo,
  lang: Lang,
  work: (db: Database) => Promise<number>,
): Promise<number> {
  const m = cliMessages(lang).ops;
  let db: Database;
  try {
    db = await openDatabase(databaseConfigFromEnv(io.env));
  } catch (error) {
    io.stderr(
      `samverka: ${
        error instanceof DataFolderInUseError
          ? m.dataFolderInUse(error.folder, error.pid)
          : m.cannotOpenDatabase(messageOf(error))
      }\n`,
    );
    return EXIT.internal;
  }
  try {
    try {
      await migrate(db);
    } catch (error) {
      if (!(error instanceof MigrationMismatchError)) throw error;
      io.stderr(`samverka: ${m.migrationMismatch(error.version)}\n`);
      return EXIT.internal;
    }
    return await work(db);
  } finally {
    await db.close();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
