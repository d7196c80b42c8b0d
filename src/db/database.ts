/**
 * The database port: the little that the rest of samverka needs from a SQL database. Two
 * adapters implement it: embedded PGlite (the default) and PostgreSQL (when DATABASE_URL is set).
 * Both speak the same SQL and return values of the same JavaScript types (see `value-types.ts`).
 */

/** Rows returned by a statement, and how many rows it read or changed. */
export interface QueryResult<Row> {
  rows: Row[];
  rowCount: number;
}

/** Something that runs SQL: the database itself or an open transaction. */
export interface Queryable {
  /** Runs one statement with `$1`, `$2`, … parameters. */
  query<Row = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<QueryResult<Row>>;
  /** Runs a script of one or more statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** Which adapter is behind a {@link Database}. */
export type DatabaseKind = 'pglite' | 'postgresql';

/** A SQL database samverka stores its data in. */
export interface Database extends Queryable {
  readonly kind: DatabaseKind;
  /** Where the data lives, for messages: the data folder or the server (never the password). */
  readonly location: string;
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it throws
   * (the error is rethrown).
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Closes connections and releases the data folder. Safe to call twice. */
  close(): Promise<void>;
}
