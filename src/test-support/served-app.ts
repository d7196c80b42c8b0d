// The web application on a free loopback port for the browser tests of one file: started before
// them on a scratch PGlite, closed after them.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildServer } from '../app/build-server';
import type { Database } from '../db/database';
import { openScratchPglite, type ScratchDatabase } from './databases';

/**
 * Serves the application for this file's tests; the returned function gives its address.
 * `prepare` runs on the scratch database before the server starts (to migrate it and fill it).
 */
export function serveAppForTests(prepare?: (db: Database) => Promise<void>): () => string {
  let scratch: ScratchDatabase | undefined;
  let server: FastifyInstance | undefined;
  let address = '';
  beforeAll(async () => {
    scratch = await openScratchPglite();
    await prepare?.(scratch.db);
    server = await buildServer({ db: scratch.db });
    address = await server.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await server?.close();
    await scratch?.dispose();
  });
  return () => address;
}
