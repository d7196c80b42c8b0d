// Logical backup and restore, the same on PGlite and PostgreSQL (see backup-format.ts for the
// file). A backup reads every table of data in one REPEATABLE READ transaction, so it is one
// consistent moment even while the application writes. A restore goes into an empty database of
// the same schema version, in one transaction: all of it or, on any problem, nothing.
import type { Database, Queryable } from './database';
import {
  asEndRecord,
  asTableRecord,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupError,
  parseHeader,
  parseLine,
  type BackupDamage,
  type BackupHeader,
  type MigrationStamp,
  type SequenceRecord,
  type TableRecord,
} from './backup-format';
import { dataTables, quoteIdent, type DataTable } from './table-catalog';

/** Rows read, or inserted, per statement. */
const BATCH = 1000;

/** What a backup or a restore covered. */
export interface BackupSummary {
  tables: number;
  rows: number;
  schemaVersion: number;
}

/** What a restore read, and from which backup. */
export interface RestoreSummary extends BackupSummary {
  header: BackupHeader;
}

/**
 * Writes a backup of `db` through `write` (called with whole lines, in order; awaited, so a slow
 * file holds the reading back). Throws when the database has no schema yet.
 */
export async function backupDatabase(
  db: Database,
  write: (text: string) => Promise<void>,
  meta: { samverkaVersion: string; now: Date },
): Promise<BackupSummary> {
  return db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    // Timestamps are written in UTC, so two backups of the same data are the same text.
    await tx.query("SET LOCAL TimeZone = 'UTC'");
    const migrations = await appliedMigrations(tx);
    const tables = await dataTables(tx);
    const schemaVersion = migrations.at(-1)?.version ?? 0;
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      samverkaVersion: meta.samverkaVersion,
      schemaVersion,
      migrations,
      createdAt: meta.now.toISOString(),
      source: db.kind,
      tables: tables.map((t) => t.name),
    };
    await write(`${JSON.stringify(header)}\n`);

    let rows = 0;
    for (const table of tables) {
      const count = await tx.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${quoteIdent(table.name)}`,
      );
      const n = count.rows[0]?.n ?? 0;
      const record: TableRecord = { table: table.name, columns: table.columns, rows: n };
      await write(`${JSON.stringify(record)}\n`);
      let written = 0;
      for await (const lines of rowBatches(tx, table)) {
        await write(`${lines.join('\n')}\n`);
        written += lines.length;
      }
      if (written !== n) throw new Error(`${table.name}: counted ${n} rows, read ${written}.`);
      rows += n;
    }

    // Read after the rows: sequences are outside the snapshot, so they are now at least as far
    // as any id the rows hold.
    const sequences: SequenceRecord[] = [];
    for (const table of tables) {
      for (const serial of table.serials) {
        const state = await tx.query<{ last_value: string; is_called: boolean }>(
          `SELECT last_value::text AS last_value, is_called FROM ${serial.sequence}`,
        );
        const s = state.rows[0];
        if (s) {
          sequences.push({
            table: table.name,
            column: serial.column,
            lastValue: s.last_value,
            isCalled: s.is_called,
          });
        }
      }
    }
    await write(`${JSON.stringify({ end: true, rows, sequences })}\n`);
    return { tables: tables.length, rows, schemaVersion };
  });
}

/** The rows of a table as JSON lines, in primary-key order, a batch at a time. */
async function* rowBatches(tx: Queryable, table: DataTable): AsyncGenerator<string[]> {
  const columns = table.columns.map(quoteIdent).join(', ');
  const from = quoteIdent(table.name);
  const key = table.primaryKey;
  if (key.length === 0) {
    const all = await tx.query<{ line: string }>(
      `SELECT row_to_json(r)::text AS line FROM (SELECT ${columns} FROM ${from}) r ORDER BY 1`,
    );
    if (all.rows.length > 0) yield all.rows.map((r) => r.line);
    return;
  }
  // Keyset paging: each batch starts after the last key of the one before, which stays fast on
  // large tables where OFFSET would read every skipped row again.
  const keyList = key.map((k) => quoteIdent(k.column)).join(', ');
  const keyText = key.map((k, i) => `r.${quoteIdent(k.column)}::text AS k${i}`).join(', ');
  const after = `(${keyList}) > (${key.map((k, i) => `$${i + 1}::${k.type}`).join(', ')})`;
  let last: string[] | undefined;
  for (;;) {
    const result = await tx.query<Record<string, string>>(
      `SELECT row_to_json(r)::text AS line, ${keyText}
         FROM (SELECT ${columns} FROM ${from} ${last ? `WHERE ${after}` : ''}
                ORDER BY ${keyList} LIMIT ${BATCH}) r
        ORDER BY ${key.map((k) => `r.${quoteIdent(k.column)}`).join(', ')}`,
      last ?? [],
    );
    if (result.rows.length === 0) return;
    yield result.rows.map((r) => r.line!);
    if (result.rows.length < BATCH) return;
    const end = result.rows.at(-1)!;
    last = key.map((_, i) => end[`k${i}`]!);
  }
}

async function appliedMigrations(db: Queryable): Promise<MigrationStamp[]> {
  const table = await db.query<{ name: string | null }>(
    "SELECT to_regclass('schema_migrations')::text AS name",
  );
  if (table.rows[0]?.name == null) return [];
  const { rows } = await db.query<MigrationStamp>(
    'SELECT version, name, checksum FROM schema_migrations ORDER BY version',
  );
  return rows;
}

/**
 * Restores a backup, given as its lines, into `db`, which must be migrated to the same schema
 * version and hold no data. Throws {@link BackupError} for every refusal and every damage found;
 * then nothing has been changed.
 */
export async function restoreDatabase(
  db: Database,
  lines: AsyncIterable<string>,
): Promise<RestoreSummary> {
  const reader = lines[Symbol.asyncIterator]();
  const first = await reader.next();
  const header = parseHeader(first.done ? undefined : first.value);
  let lineNumber = 1;
  const next = async (): Promise<string | undefined> => {
    const r = await reader.next();
    if (r.done) return undefined;
    lineNumber += 1;
    return r.value;
  };
  const damaged = (line: number | null, damage: BackupDamage) =>
    new BackupError({ code: 'damaged', line, damage });

  try {
    return await db.transaction(async (tx) => {
      await checkSchema(tx, header);
      const tables = await dataTables(tx);
      const byName = new Map(tables.map((t) => [t.name, t]));
      const expected = tables.map((t) => t.name).sort();
      if ([...header.tables].sort().join('\n') !== expected.join('\n')) {
        throw new BackupError({ code: 'schema-differs', version: header.schemaVersion });
      }
      // Nothing else may write while the emptiness checked below still matters.
      await tx.query(
        `LOCK TABLE ${tables.map((t) => quoteIdent(t.name)).join(', ')} IN ACCESS EXCLUSIVE MODE`,
      );
      await checkEmpty(tx, tables);

      const restored = new Set<string>();
      let rows = 0;
      for (;;) {
        const line = await next();
        if (line === undefined) {
          throw damaged(null, { kind: 'no-end' });
        }
        const value = parseLine(line, lineNumber);
        const end = asEndRecord(value);
        if (end) {
          const missing = header.tables.filter((t) => !restored.has(t));
          if (missing.length > 0) {
            throw damaged(lineNumber, { kind: 'tables-missing', tables: missing });
          }
          if (end.rows !== rows) {
            throw damaged(lineNumber, { kind: 'unexpected-line' });
          }
          const endLine = lineNumber;
          if ((await next()) !== undefined) {
            throw damaged(lineNumber, { kind: 'after-end' });
          }
          // Last: a sequence moved by setval stays moved even if the transaction rolls back.
          await setSequences(tx, byName, end.sequences, endLine);
          return { tables: restored.size, rows, schemaVersion: header.schemaVersion, header };
        }
        const record = asTableRecord(value);
        if (!record) {
          throw damaged(lineNumber, { kind: 'unexpected-line' });
        }
        const table = byName.get(record.table);
        if (!table || restored.has(record.table)) {
          throw damaged(lineNumber, { kind: 'unknown-table', table: record.table });
        }
        if (record.columns.join('\n') !== table.columns.join('\n')) {
          throw damaged(lineNumber, { kind: 'columns-differ', table: table.name });
        }
        rows += await restoreRows(tx, table, record.rows, next, () => lineNumber);
        restored.add(table.name);
      }
    });
  } finally {
    await reader.return?.();
  }
}

async function checkSchema(tx: Queryable, header: BackupHeader): Promise<void> {
  const migrations = await appliedMigrations(tx);
  const version = migrations.at(-1)?.version ?? 0;
  if (version !== header.schemaVersion) {
    throw new BackupError({
      code: 'schema-version',
      backup: header.schemaVersion,
      database: version,
      samverkaVersion: header.samverkaVersion,
    });
  }
  const stamp = (m: MigrationStamp) => `${m.version} ${m.checksum}`;
  if (migrations.map(stamp).join('\n') !== header.migrations.map(stamp).join('\n')) {
    throw new BackupError({ code: 'schema-differs', version });
  }
}

async function checkEmpty(tx: Queryable, tables: readonly DataTable[]): Promise<void> {
  const filled: string[] = [];
  for (const table of tables) {
    const { rows } = await tx.query<{ any: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM ${quoteIdent(table.name)}) AS any`,
    );
    if (rows[0]?.any) filled.push(table.name);
  }
  if (filled.length > 0) throw new BackupError({ code: 'not-empty', tables: filled });
}

/** Reads `count` row lines and inserts them; returns how many. */
async function restoreRows(
  tx: Queryable,
  table: DataTable,
  count: number,
  next: () => Promise<string | undefined>,
  lineNumber: () => number,
): Promise<number> {
  const columns = table.columns.map(quoteIdent).join(', ');
  const target = quoteIdent(table.name);
  const expected = [...table.columns].sort().join('\n');
  let batch: string[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    try {
      // The database parses its own JSON back: no value passes through a JavaScript number.
      await tx.query(
        `INSERT INTO ${target} (${columns}) OVERRIDING SYSTEM VALUE
         SELECT ${columns} FROM json_populate_recordset(NULL::${target}, $1::json)`,
        [`[${batch.join(',')}]`],
      );
    } catch (error) {
      throw new BackupError({
        code: 'damaged',
        line: null,
        damage: {
          kind: 'rejected',
          table: table.name,
          reason: error instanceof Error ? error.message : String(error),
        },
      });
    }
    batch = [];
  };
  for (let i = 0; i < count; i++) {
    const line = await next();
    if (line === undefined) {
      throw new BackupError({
        code: 'damaged',
        line: null,
        damage: { kind: 'row-count', table: table.name, expected: count, found: i },
      });
    }
    const row = parseLine(line, lineNumber());
    if (Object.keys(row).sort().join('\n') !== expected) {
      throw new BackupError({
        code: 'damaged',
        line: lineNumber(),
        damage: { kind: 'row-columns', table: table.name },
      });
    }
    batch.push(line);
    if (batch.length === BATCH) await flush();
  }
  await flush();
  return count;
}

async function setSequences(
  tx: Queryable,
  tables: ReadonlyMap<string, DataTable>,
  sequences: readonly SequenceRecord[],
  lineNumber: number,
): Promise<void> {
  // Every sequence is named by table and column and looked up here, so a file can only ever set
  // the sequences this schema has.
  const targets = sequences.map((s) => {
    const serial = tables.get(s.table)?.serials.find((x) => x.column === s.column);
    if (!serial) {
      throw new BackupError({
        code: 'damaged',
        line: lineNumber,
        damage: { kind: 'unexpected-line' },
      });
    }
    return { sequence: serial.sequence, record: s };
  });
  for (const { sequence, record } of targets) {
    await tx.query('SELECT setval($1::regclass, $2::bigint, $3::boolean)', [
      sequence,
      record.lastValue,
      record.isCalled,
    ]);
  }
}
