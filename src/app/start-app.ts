// The composition root: opens the database, brings its schema up to date, and serves the web
// pages and the JSON API. `npm start` (src/main.ts) and `samverka serve` both start here.
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { HOUSEKEEPING_INTERVAL_MS, purgeEnded } from '../accounts/housekeeping';
import { createMailer, DEFAULT_MAIL_FROM } from '../accounts/mailer';
import type { RateLimit } from '../accounts/rate-limiter';
import { registerApi } from '../api/index';
import { SESSION_CACHE_MS } from '../web/auth/session-cache';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { openDatabase } from '../db/open-database';
import { seedAppMeta } from '../db/seed';
import { syncSearchIndex, type SearchDocument } from '../search/index';
import type { AppConfig } from './app-config';
import { buildServer, type RouteRegistration } from './build-server';

/** How to start, beyond the configuration. */
export interface StartOptions {
  logger?: FastifyServerOptions['logger'];
  /** The clock for the first-start record. */
  now?: () => Date;
  /** Routes added after the API (the bench's echo route, for one). */
  extraRoutes?: readonly RouteRegistration[];
  /**
   * The documents of the search index (the knowledge pages and the glossary). Without it the
   * index is left as it is.
   */
  searchDocuments?: () => readonly SearchDocument[];
  /** The API's rate limit per caller, if not the default (the bench raises it). */
  apiRateLimit?: RateLimit | false;
}

/** A started application. */
export interface RunningApp {
  /** The address it listens on, e.g. `http://127.0.0.1:3000`. */
  readonly url: string;
  readonly db: Database;
  readonly server: FastifyInstance;
  /** Stops accepting requests, finishes those in flight, closes the database. */
  close(): Promise<void>;
}

/**
 * Starts samverka. Throws (with nothing left open) when the database cannot be opened — the
 * data folder used by another process, PostgreSQL unreachable — or a migration fails.
 */
export async function startApp(config: AppConfig, options: StartOptions = {}): Promise<RunningApp> {
  const db = await openDatabase(config.database);
  let server: FastifyInstance | undefined;
  try {
    const migration = await migrate(db);
    await seedAppMeta(db, {
      now: (options.now ?? (() => new Date()))(),
      schemaVersion: migration.version,
    });
    const search =
      options.searchDocuments && (await syncSearchIndex(db, options.searchDocuments()));
    server = await buildServer({
      db,
      mailer: createMailer(config.mail ?? { from: DEFAULT_MAIL_FROM }),
      trustProxy: config.trustProxy ?? false,
      publicUrl: config.publicUrl,
      sessionCacheMs: SESSION_CACHE_MS,
      logger: options.logger ?? false,
      routes: [
        (scope) => registerApi(scope, { rateLimit: options.apiRateLimit }),
        ...(options.extraRoutes ?? []),
      ],
    });
    server.log.info(
      { database: db.kind, location: db.location, migrationsApplied: migration.applied },
      `database ready at schema version ${migration.version}`,
    );
    if (search) {
      server.log.info(
        { documents: search.documents, changed: search.changed },
        search.changed ? 'search index rebuilt' : 'search index current',
      );
    }
    const url = await server.listen({ port: config.port, host: config.host });
    let closing: Promise<void> | undefined;
    const running = server;
    const clock = options.now ?? (() => new Date());
    const housekeeping = setInterval(() => {
      purgeEnded(db, clock()).catch((error: unknown) =>
        running.log.error({ err: error }, 'removing ended sessions failed'),
      );
    }, HOUSEKEEPING_INTERVAL_MS);
    housekeeping.unref();
    return {
      url,
      db,
      server: running,
      close() {
        clearInterval(housekeeping);
        closing ??= running.close().finally(() => db.close());
        return closing;
      },
    };
  } catch (error) {
    await server?.close();
    await db.close();
    throw error;
  }
}
