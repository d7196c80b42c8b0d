// Facts about the installation, written at every start after migrating.
import type { Queryable } from './database';

/** Keys of the `app_meta` table. */
export const APP_META_KEYS = {
  /** When this installation was first started (ISO 8601, UTC); never changes afterwards. */
  seededAt: 'seeded_at',
  /** The schema version the application last started with. */
  schemaVersion: 'schema_version',
} as const;

/** Records the first start (once) and the current schema version (every start). */
export async function seedAppMeta(
  db: Queryable,
  facts: { now: Date; schemaVersion: number },
): Promise<void> {
  await db.query('INSERT INTO app_meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [
    APP_META_KEYS.seededAt,
    facts.now.toISOString(),
  ]);
  await db.query(
    `INSERT INTO app_meta (key, value) VALUES ($1, $2)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    [APP_META_KEYS.schemaVersion, String(facts.schemaVersion)],
  );
}

/** Every `app_meta` entry as a plain object. */
export async function readAppMeta(db: Queryable): Promise<Record<string, string>> {
  const result = await db.query<{ key: string; value: string }>(
    'SELECT key, value FROM app_meta ORDER BY key',
  );
  return Object.fromEntries(result.rows.map((row) => [row.key, row.value]));
}
