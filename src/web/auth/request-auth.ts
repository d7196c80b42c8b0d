// Who is making a request: a signed-in person (session cookie), an API client (bearer token), or
// nobody. The hook runs before every route; pages and API routes then ask for the access they
// need with the helpers below and `access-guard.ts`.
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  createSession,
  csrfToken,
  csrfTokenMatches,
  endSession,
  findLiveApiToken,
  findSession,
  hashSecret,
  loadCsrfKey,
  newSecret,
  type ApiTokenRecord,
  type Session,
  type SessionMethod,
} from '../../accounts/index';
import { ANONYMOUS_COOKIE, COOKIE_OPTIONS, SESSION_COOKIE } from './auth-cookies';
import { SessionCache } from './session-cache';
import { runWithViewer, type Viewer } from './viewer-context';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person's session, or null. */
    account: Session | null;
    /** The API token the request was made with, or null. */
    apiToken: ApiTokenRecord | null;
    /** True when the request sent a bearer token that is unknown or revoked. */
    badApiToken: boolean;
  }
  interface FastifyInstance {
    /**
     * The key CSRF tokens are derived with (the same on every instance), read from the database
     * the first time a form needs it.
     */
    csrfKey(): Promise<Buffer>;
    /** The clock of sessions, throttling and saved records (tests set it). */
    readonly now: () => Date;
    /** Sessions this instance has read lately (session-cache.ts). */
    readonly sessionCache: SessionCache;
  }
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** Installs cookie parsing and the hook that finds the session or API token of each request. */
export async function registerRequestAuth(
  app: FastifyInstance,
  options: { now: () => Date; sessionCacheMs?: number },
): Promise<void> {
  await app.register(cookie);
  let key: Promise<Buffer> | undefined;
  app.decorate('csrfKey', () => {
    key ??= loadCsrfKey(app.db).catch((error: unknown) => {
      key = undefined;
      throw error;
    });
    return key;
  });
  app.decorate('now', options.now);
  app.decorate('sessionCache', new SessionCache(options.sessionCacheMs ?? 0));
  // A post or an API change may end sessions or change memberships: read them afresh afterwards.
  app.addHook('onResponse', (request, _reply, done) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') app.sessionCache.clear();
    done();
  });
  app.decorateRequest('account', null);
  app.decorateRequest('apiToken', null);
  app.decorateRequest('badApiToken', false);

  app.addHook('onRequest', (request, _reply, done) => {
    let viewer: Viewer = {};
    identify(request)
      .then(async () => {
        const session = request.account;
        viewer = {
          user: session?.user,
          organisation: session?.organisation,
          membershipCount: session?.memberships.length ?? 0,
          csrfToken: session ? csrfToken(await app.csrfKey(), sessionBinding(session)) : undefined,
        };
      })
      .then(
        () => {
          runWithViewer(viewer, done);
        },
        (error: unknown) => done(error instanceof Error ? error : new Error(String(error))),
      );
  });
}

async function identify(request: FastifyRequest): Promise<void> {
  const { db, now } = request.server;
  const bearer = BEARER.exec(request.headers.authorization ?? '');
  if (bearer?.[1] !== undefined) {
    const token = await findLiveApiToken(db, bearer[1], now());
    request.apiToken = token ?? null;
    request.badApiToken = token === undefined;
    return;
  }
  const id = request.cookies[SESSION_COOKIE];
  if (!id) return;
  const at = now();
  const cache = request.server.sessionCache;
  const cached = cache.get(hashSecret(id), at);
  if (cached) {
    request.account = cached;
    return;
  }
  const session = await findSession(db, id, at);
  if (session) cache.set(session);
  request.account = session ?? null;
}

function sessionBinding(session: Session): string {
  return `session:${session.hash}`;
}

/**
 * The CSRF token for forms on the page being answered. A browser that is not signed in gets a
 * random cookie of its own to bind the token to (set here when it has none).
 */
export async function formCsrfToken(request: FastifyRequest, reply: FastifyReply): Promise<string> {
  const key = await request.server.csrfKey();
  if (request.account) return csrfToken(key, sessionBinding(request.account));
  let anonymous = request.cookies[ANONYMOUS_COOKIE];
  if (!anonymous) {
    anonymous = newSecret();
    reply.setCookie(ANONYMOUS_COOKIE, anonymous, COOKIE_OPTIONS);
    // Later reads in this request see it too.
    request.cookies[ANONYMOUS_COOKIE] = anonymous;
  }
  return csrfToken(key, `anonymous:${anonymous}`);
}

/** Whether a posted form carries the right CSRF token for this browser. */
export async function formCsrfValid(request: FastifyRequest, token: unknown): Promise<boolean> {
  const key = await request.server.csrfKey();
  if (request.account) return csrfTokenMatches(key, sessionBinding(request.account), token);
  const anonymous = request.cookies[ANONYMOUS_COOKIE];
  return (
    anonymous !== undefined &&
    anonymous !== '' &&
    csrfTokenMatches(key, `anonymous:${anonymous}`, token)
  );
}

/**
 * Signs a person in: ends the session the browser had (so that an id planted before sign-in is
 * worthless: no session fixation), starts a new one and sets its cookie.
 */
export async function beginSession(
  request: FastifyRequest,
  reply: FastifyReply,
  input: { userId: string; method: SessionMethod; organisationId?: string | null },
): Promise<void> {
  const { db, now } = request.server;
  if (request.account) await endSession(db, request.account.hash);
  request.server.sessionCache.clear();
  const id = createSession(db, { ...input, now: now() });
  reply.setCookie(SESSION_COOKIE, await id, COOKIE_OPTIONS);
  reply.clearCookie(ANONYMOUS_COOKIE, COOKIE_OPTIONS);
}

/** Signs out this browser: ends its session and removes the cookie. */
export async function finishSession(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.account) await endSession(request.server.db, request.account.hash);
  request.server.sessionCache.clear();
  request.account = null;
  reply.clearCookie(SESSION_COOKIE, COOKIE_OPTIONS);
}
