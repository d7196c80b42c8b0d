// What a backup holds, read from the database's own catalogue rather than from a list kept by
// hand: a table added by a later migration is backed up without anyone remembering to add it.
import type { Queryable } from './database';

/**
 * Tables a backup leaves out. `schema_migrations` is the schema, which a restore target has by
 * migrating; `search_documents` is rebuilt from the content at every start; `app_meta` holds
 * facts of the installation (its first start, the CSRF key, the search index's fingerprint), not
 * of the data, and restoring the fingerprint without the index would leave search empty.
 */
export const TABLES_NOT_BACKED_UP: readonly string[] = [
  'app_meta',
  'schema_migrations',
  'search_documents',
];

/** One table of data as a backup sees it. */
export interface DataTable {
  name: string;
  /** The stored columns in table order (generated columns are left out: they are computed). */
  columns: string[];
  /** The primary key's columns in key order with their SQL types; empty without a primary key. */
  primaryKey: { column: string; type: string }[];
  /** Columns whose default takes numbers from a sequence (bigserial), with that sequence. */
  serials: { column: string; sequence: string }[];
}

/** A schema whose foreign keys go round in a circle cannot be restored one table at a time. */
export class ForeignKeyCycleError extends Error {
  override name = 'ForeignKeyCycleError';
}

/** `name` as a quoted SQL identifier. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

const TABLES_IN_SCHEMA = `
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')`;

/**
 * The tables of data in the current schema, every table after the tables its foreign keys point
 * to (and by name where the order is free), so that inserting in this order satisfies every key.
 */
export async function dataTables(db: Queryable): Promise<DataTable[]> {
  const columns = await db.query<{
    table_name: string;
    column_name: string;
    generated: boolean;
    type: string;
    sequence: string | null;
  }>(
    `SELECT c.relname AS table_name, a.attname AS column_name, a.attgenerated <> '' AS generated,
            format_type(a.atttypid, a.atttypmod) AS type,
            pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) AS sequence
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
        AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY c.relname, a.attnum`,
  );
  const keys = await db.query<{ table_name: string; column_name: string }>(
    `SELECT c.relname AS table_name, a.attname AS column_name
       FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, position) ON true
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
      WHERE i.indisprimary AND n.nspname = current_schema()
      ORDER BY c.relname, k.position`,
  );
  const references = await db.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
       JOIN pg_class p ON p.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE k.contype = 'f' AND n.nspname = current_schema()`,
  );
  const names = await db.query<{ name: string }>(
    `SELECT c.relname AS name ${TABLES_IN_SCHEMA} ORDER BY c.relname`,
  );

  const tables = new Map<string, DataTable>();
  for (const { name } of names.rows) {
    if (TABLES_NOT_BACKED_UP.includes(name)) continue;
    tables.set(name, { name, columns: [], primaryKey: [], serials: [] });
  }
  const types = new Map<string, string>();
  for (const row of columns.rows) {
    const table = tables.get(row.table_name);
    if (!table || row.generated) continue;
    table.columns.push(row.column_name);
    types.set(`${row.table_name}.${row.column_name}`, row.type);
    if (row.sequence !== null)
      table.serials.push({ column: row.column_name, sequence: row.sequence });
  }
  for (const row of keys.rows) {
    const table = tables.get(row.table_name);
    const type = types.get(`${row.table_name}.${row.column_name}`);
    if (table && type !== undefined) table.primaryKey.push({ column: row.column_name, type });
  }
  return dependencyOrder(
    [...tables.values()],
    references.rows.map((r) => [r.child, r.parent] as const),
  );
}

function dependencyOrder(
  tables: readonly DataTable[],
  references: readonly (readonly [string, string])[],
): DataTable[] {
  const parents = new Map<string, Set<string>>(tables.map((t) => [t.name, new Set<string>()]));
  for (const [child, parent] of references) {
    // A table pointing at itself orders its own rows, not the tables; none does so far.
    if (child !== parent && parents.has(parent)) parents.get(child)?.add(parent);
  }
  const ordered: DataTable[] = [];
  const placed = new Set<string>();
  let remaining = [...tables].sort((a, b) => (a.name < b.name ? -1 : 1));
  while (remaining.length > 0) {
    const ready = remaining.filter((t) =>
      [...(parents.get(t.name) ?? [])].every((p) => placed.has(p)),
    );
    if (ready.length === 0) {
      throw new ForeignKeyCycleError(
        `The foreign keys of ${remaining.map((t) => t.name).join(', ')} form a cycle.`,
      );
    }
    // One table at a time, the first by name, so that the order does not depend on the catalogue.
    const next = ready[0]!;
    ordered.push(next);
    placed.add(next.name);
    remaining = remaining.filter((t) => t !== next);
  }
  return ordered;
}
