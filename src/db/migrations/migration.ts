import { createHash } from 'node:crypto';

/** One schema change: a plain SQL script applied once, in order. */
export interface Migration {
  /** The number at the start of the file name. */
  readonly version: number;
  /** The file name without number and extension, e.g. `schema-migrations-and-app-meta`. */
  readonly name: string;
  readonly fileName: string;
  readonly sql: string;
  /** sha256 of `sql`, hex. */
  readonly checksum: string;
}

const FILE_NAME = /^(\d{4})-([a-z0-9]+(?:-[a-z0-9]+)*)\.sql$/;

/** Builds a {@link Migration} from its file name (`NNNN-name.sql`) and its text. */
export function defineMigration(fileName: string, sql: string): Migration {
  const match = FILE_NAME.exec(fileName);
  if (!match?.[1] || !match[2]) {
    throw new Error(`Migration file name ${fileName} is not NNNN-kebab-name.sql`);
  }
  return {
    version: Number(match[1]),
    name: match[2],
    fileName,
    sql,
    // Line endings do not count: a checkout with CRLF is the same migration.
    checksum: createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex'),
  };
}
