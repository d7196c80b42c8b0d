// What the tests of the organisation pages share: a server on a scratch database with a clock the
// test moves, and readers of what an answer says (cookies, the CSRF token of its forms, the audit
// entries it left).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildServer, type RouteRegistration } from '../../../app/build-server';
import type { Database } from '../../../db/database';
import { migrate } from '../../../db/migrate';
import { setCookies } from '../../../test-support/cookies';
import { openScratchPglite, type ScratchDatabase } from '../../../test-support/databases';
import { SESSION_COOKIE } from '../../auth/auth-cookies';

/** The server of one test file, and its clock. */
export interface PagesServer {
  app(): FastifyInstance;
  db(): Database;
  /** The time the server sees now. */
  now(): Date;
  /** Moves the server's clock. */
  setNow(at: Date): void;
}

/** The time the tests start at. */
export const TEST_START = new Date('2026-11-26T10:00:00Z');

/** Opens a migrated scratch PGlite and a server on it for this file's tests. */
export function usePagesServer(routes: readonly RouteRegistration[] = []): PagesServer {
  let scratch: ScratchDatabase | undefined;
  let app: FastifyInstance | undefined;
  let clock = TEST_START;
  beforeAll(async () => {
    scratch = await openScratchPglite();
    await migrate(scratch.db);
    app = await buildServer({ db: scratch.db, now: () => clock, routes });
  });
  afterAll(async () => {
    await app?.close();
    await scratch?.dispose();
  });
  return {
    app: () => {
      if (!app) throw new Error('the server has not started');
      return app;
    },
    db: () => {
      if (!scratch) throw new Error('the database is not open');
      return scratch.db;
    },
    now: () => clock,
    setNow: (at) => {
      clock = at;
    },
  };
}

/** The CSRF token of the first form on a page. */
export function csrfOf(body: string): string {
  const token = /name="csrf" value="([^"]+)"/.exec(body)?.[1];
  if (token === undefined) throw new Error('the page has no form with a CSRF token');
  return token;
}

/** The session cookie header a response signed in with. */
export function sessionCookieOf(response: { headers: Record<string, unknown> }): string {
  const id = setCookies(response).get(SESSION_COOKIE);
  if (id === undefined || id === '') throw new Error('the response did not sign in');
  return `${SESSION_COOKIE}=${id}`;
}

/** One audit entry as stored. */
export interface StoredAuditEntry {
  action: string;
  actor_user_id: string | null;
  actor_token_id: string | null;
  subject_type: string;
  subject_id: string;
  detail: Record<string, unknown>;
}

/** The audit entries of an organisation, oldest first. */
export async function auditOf(db: Database, organisationId: string): Promise<StoredAuditEntry[]> {
  const { rows } = await db.query<StoredAuditEntry>(
    `SELECT action, actor_user_id, actor_token_id, subject_type, subject_id, detail
       FROM audit_log WHERE organisation_id = $1 ORDER BY id`,
    [organisationId],
  );
  return rows;
}

/** The text of the main part of a page, without tags, spaces collapsed. */
export function mainText(body: string): string {
  const main = /<main[\s\S]*?<\/main>/.exec(body)?.[0] ?? '';
  return main
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
