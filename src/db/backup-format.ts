// The backup file: JSON lines, the same from PGlite and from PostgreSQL.
//
//   {"format":"samverka-backup","formatVersion":1,...,"tables":["organisations",...]}   header
//   {"table":"organisations","columns":["id","name",...],"rows":2}                     a table
//   {"id":"…","name":"…",...}                                                           its rows
//   …                                                                                  more tables
//   {"end":true,"rows":245,"sequences":[{"table":"outbox","column":"id",...}]}          the end
//
// A row line is the database's own JSON of the row (row_to_json), written and read back by the
// database without passing through JavaScript numbers, so numbers in jsonb, bigints, timestamps
// to the microsecond and dates come back exactly. The end record proves the file is complete.

/** The first line's `format`. */
export const BACKUP_FORMAT = 'samverka-backup';
/** The version of the layout above; a reader refuses versions it does not know. */
export const BACKUP_FORMAT_VERSION = 1;

/** One applied migration, as `schema_migrations` records it. */
export interface MigrationStamp {
  version: number;
  name: string;
  checksum: string;
}

/** The first line of a backup. */
export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** The version of samverka that wrote it. */
  samverkaVersion: string;
  /** The highest migration of the database it was taken from. */
  schemaVersion: number;
  migrations: MigrationStamp[];
  /** When it was taken (ISO 8601, UTC). */
  createdAt: string;
  /** Which kind of database it was taken from (for people; a backup restores into either). */
  source: string;
  /** The tables in the order they follow. */
  tables: string[];
}

/** The line before a table's rows. */
export interface TableRecord {
  table: string;
  columns: string[];
  rows: number;
}

/** Where a sequence stood, to be set again after the rows are in. */
export interface SequenceRecord {
  table: string;
  column: string;
  /** bigint as text, exactly */
  lastValue: string;
  isCalled: boolean;
}

/** The last line. */
export interface EndRecord {
  end: true;
  rows: number;
  sequences: SequenceRecord[];
}

/** How a file that looked like a backup turned out to be damaged. */
export type BackupDamage =
  | { kind: 'not-json' }
  /** a line of another kind than the one due at that point */
  | { kind: 'unexpected-line' }
  | { kind: 'unknown-table'; table: string }
  | { kind: 'columns-differ'; table: string }
  | { kind: 'row-columns'; table: string }
  | { kind: 'row-count'; table: string; expected: number; found: number }
  | { kind: 'tables-missing'; tables: string[] }
  | { kind: 'no-end' }
  | { kind: 'after-end' }
  /** the database refused the rows (a broken key, a value of the wrong type) */
  | { kind: 'rejected'; table: string; reason: string }
  /** the bytes could not be read (broken gzip, not UTF-8) */
  | { kind: 'unreadable'; reason: string };

/** Why a restore was refused; nothing was changed. */
export type BackupProblem =
  | { code: 'not-a-backup' }
  | { code: 'format-version'; found: unknown; supported: number }
  | { code: 'schema-version'; backup: number; database: number; samverkaVersion: string }
  | { code: 'schema-differs'; version: number }
  | { code: 'not-empty'; tables: string[] }
  | { code: 'damaged'; line: number | null; damage: BackupDamage };

/** A restore refused, with the reason as data so that the command line can word it. */
export class BackupError extends Error {
  override name = 'BackupError';
  constructor(readonly problem: BackupProblem) {
    super(describeProblem(problem));
  }
}

function describeProblem(p: BackupProblem): string {
  switch (p.code) {
    case 'not-a-backup':
      return 'Not a samverka backup.';
    case 'format-version':
      return `Backup format version ${String(p.found)} is not ${p.supported}.`;
    case 'schema-version':
      return `The backup has schema version ${p.backup}, the database ${p.database}.`;
    case 'schema-differs':
      return `The backup's migrations differ from the database's at schema version ${p.version}.`;
    case 'not-empty':
      return `The database holds data already (${p.tables.join(', ')}).`;
    case 'damaged':
      return `The backup is damaged${p.line === null ? '' : ` at line ${p.line}`}: ${p.damage.kind}.`;
  }
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Parses one line as a JSON object, or reports the line as damaged. */
export function parseLine(line: string, lineNumber: number): Json {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new BackupError({ code: 'damaged', line: lineNumber, damage: { kind: 'not-json' } });
  }
  if (!isObject(value)) {
    throw new BackupError({
      code: 'damaged',
      line: lineNumber,
      damage: { kind: 'unexpected-line' },
    });
  }
  return value;
}

/** Reads the first line; anything but a samverka backup header of a known version is refused. */
export function parseHeader(line: string | undefined): BackupHeader {
  let value: unknown;
  try {
    value = line === undefined ? undefined : JSON.parse(line);
  } catch {
    value = undefined;
  }
  if (!isObject(value) || value.format !== BACKUP_FORMAT) {
    throw new BackupError({ code: 'not-a-backup' });
  }
  if (value.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupError({
      code: 'format-version',
      found: value.formatVersion,
      supported: BACKUP_FORMAT_VERSION,
    });
  }
  const migrations = value.migrations;
  const wellFormed =
    typeof value.samverkaVersion === 'string' &&
    isCount(value.schemaVersion) &&
    typeof value.createdAt === 'string' &&
    typeof value.source === 'string' &&
    isStringArray(value.tables) &&
    Array.isArray(migrations) &&
    migrations.every(
      (m) =>
        isObject(m) &&
        isCount(m.version) &&
        typeof m.name === 'string' &&
        typeof m.checksum === 'string',
    );
  if (!wellFormed) {
    throw new BackupError({ code: 'damaged', line: 1, damage: { kind: 'unexpected-line' } });
  }
  return value as unknown as BackupHeader;
}

/** A table line, or undefined when the line is of another kind. */
export function asTableRecord(value: Json): TableRecord | undefined {
  return typeof value.table === 'string' && isStringArray(value.columns) && isCount(value.rows)
    ? { table: value.table, columns: value.columns, rows: value.rows }
    : undefined;
}

/** The end line, or undefined when the line is of another kind. */
export function asEndRecord(value: Json): EndRecord | undefined {
  if (value.end !== true || !isCount(value.rows) || !Array.isArray(value.sequences)) {
    return undefined;
  }
  const sequences = value.sequences as unknown[];
  const valid = sequences.every(
    (s) =>
      isObject(s) &&
      typeof s.table === 'string' &&
      typeof s.column === 'string' &&
      typeof s.lastValue === 'string' &&
      /^-?\d{1,19}$/.test(s.lastValue) &&
      typeof s.isCalled === 'boolean',
  );
  return valid
    ? { end: true, rows: value.rows, sequences: sequences as SequenceRecord[] }
    : undefined;
}
