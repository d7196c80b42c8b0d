// The database layer's public face, for the composition root and tests.
export type { Database, DatabaseKind, Queryable, QueryResult } from './database';
export { DataFolderInUseError, LOCK_FILE_NAME } from './data-folder-lock';
export { migrate, MigrationMismatchError, type MigrationReport } from './migrate';
export {
  databaseConfigFromEnv,
  DEFAULT_DATA_DIR,
  openDatabase,
  type DatabaseConfig,
} from './open-database';
export { openPgliteDatabase } from './pglite-database';
export { openPostgresDatabase } from './postgres-database';
export { APP_META_KEYS, readAppMeta, seedAppMeta } from './seed';
