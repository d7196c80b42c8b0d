// An inject-test server on a fresh, migrated database of the current test, with a clock the test
// moves by setting `clock.now`.
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../app/build-server';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import type { DatabaseTarget } from './databases';

/** The server, its database and its clock. */
export interface ClockedServer {
  db: Database;
  app: FastifyInstance;
  clock: { now: Date };
}

/** Serves samverka on a fresh database of `target`, with the clock at `start`. */
export async function serveWithClock(target: DatabaseTarget, start: Date): Promise<ClockedServer> {
  const { db } = await target.fresh();
  await migrate(db);
  const clock = { now: start };
  const app = await buildServer({ db, now: () => clock.now });
  return { db, app, clock };
}
