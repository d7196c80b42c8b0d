// Applies the SQL migrations at start. Several application instances on one PostgreSQL may start
// at the same moment: an advisory lock lets one of them migrate while the others wait, then find
// nothing left to do.
import type { Database, Queryable } from './database';
import { MIGRATIONS } from './migrations/index';
import type { Migration } from './migrations/migration';

/** The advisory lock key that serialises migrators ('samv' as a 32-bit number). */
export const MIGRATION_LOCK_KEY = 0x73616d76;

/** What a call to {@link migrate} did. */
export interface MigrationReport {
  /** File names applied by this call, in order; empty when the schema was current. */
  applied: string[];
  /** The highest version in the database afterwards. */
  version: number;
}

/** Thrown when the database holds a migration that differs from the file of the same version. */
export class MigrationMismatchError extends Error {
  constructor(readonly version: number) {
    super(
      `Migration ${version} in the database differs from the file shipped with this version of ` +
        'samverka. Applied migrations must never be edited: add a new migration instead.',
    );
    this.name = 'MigrationMismatchError';
  }
}

interface AppliedRow {
  version: number;
  checksum: string;
}

/**
 * Brings the schema up to date: every migration not yet recorded in `schema_migrations` is
 * applied in order, all in one transaction, so a failing migration leaves nothing behind.
 */
export async function migrate(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MigrationReport> {
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  return db.transaction(async (tx) => {
    // Read committed whatever the server's default: after waiting for the lock, the next
    // statement must see what the instance that held it committed.
    await tx.query('SET TRANSACTION ISOLATION LEVEL READ COMMITTED');
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);

    const applied = await appliedMigrations(tx);
    for (const migration of ordered) {
      const checksum = applied.get(migration.version);
      if (checksum !== undefined && checksum !== migration.checksum) {
        throw new MigrationMismatchError(migration.version);
      }
    }

    const pending = ordered.filter((m) => !applied.has(m.version));
    for (const migration of pending) {
      await tx.exec(migration.sql);
      await tx.query(
        'INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)',
        [migration.version, migration.name, migration.checksum],
      );
    }
    const versions = [...applied.keys(), ...pending.map((m) => m.version)];
    return {
      applied: pending.map((m) => m.fileName),
      version: versions.length === 0 ? 0 : Math.max(...versions),
    };
  });
}

async function appliedMigrations(tx: Queryable): Promise<Map<number, string>> {
  // The bookkeeping table itself comes from the first migration.
  const table = await tx.query<{ name: string | null }>(
    "SELECT to_regclass('schema_migrations')::text AS name",
  );
  if (table.rows[0]?.name == null) return new Map();
  const rows = await tx.query<AppliedRow>('SELECT version, checksum FROM schema_migrations');
  return new Map(rows.rows.map((row) => [row.version, row.checksum]));
}
