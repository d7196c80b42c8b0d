// Chooses the adapter: PostgreSQL when DATABASE_URL is set, embedded PGlite otherwise.
import type { Database } from './database';
import { openPgliteDatabase } from './pglite-database';
import { openPostgresDatabase } from './postgres-database';

/** Where the data lives. */
export interface DatabaseConfig {
  /** PostgreSQL connection URL; when absent the embedded database is used. */
  databaseUrl?: string | undefined;
  /** Folder of the embedded database. */
  dataDir: string;
}

/** The default data folder, relative to the working directory. */
export const DEFAULT_DATA_DIR = './data';

/** Reads DATABASE_URL and SAMVERKA_DATA_DIR; empty values count as unset. */
export function databaseConfigFromEnv(env: NodeJS.ProcessEnv): DatabaseConfig {
  const databaseUrl = env.DATABASE_URL?.trim();
  const dataDir = env.SAMVERKA_DATA_DIR?.trim();
  return {
    databaseUrl: databaseUrl ? databaseUrl : undefined,
    dataDir: dataDir ? dataDir : DEFAULT_DATA_DIR,
  };
}

/** Opens the configured database (not yet migrated). */
export function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.databaseUrl
    ? openPostgresDatabase(config.databaseUrl)
    : openPgliteDatabase(config.dataDir);
}
