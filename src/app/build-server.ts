// The HTTP server: security headers, error handling, health check, web pages, and the routes
// the composition root adds (the JSON API). Tests use it in-process with `inject`.
import compress from '@fastify/compress';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { createMailer, DEFAULT_MAIL_FROM, type Mailer } from '../accounts/index';
import type { Database } from '../db/database';
import { registerRequestAuth } from '../web/auth/request-auth';
import { registerAccountAreas } from '../web/register-account-areas';
import { registerWeb } from '../web/register-web';
import { registerErrorHandling } from './error-handling';
import { REQUEST_LOG_SERIALIZERS } from './request-log';

declare module 'fastify' {
  interface FastifyInstance {
    /** The database the server was built with, for routes that read it (the search). */
    readonly db: Database;
    /** Where mail goes: SMTP when configured, otherwise the outbox table. */
    readonly mailer: Mailer;
  }
}

/** Adds routes to the server, e.g. `registerApi` from src/api. */
export type RouteRegistration = (app: FastifyInstance) => void | Promise<void>;

/** What the server is built from. */
export interface ServerOptions {
  db: Database;
  /** Route groups added after the web pages, each in its own plugin scope. */
  routes?: readonly RouteRegistration[];
  /** Fastify's logger option; off unless given. */
  logger?: FastifyServerOptions['logger'];
  /** The clock of sessions, throttling and records; the system clock unless given. */
  now?: () => Date;
  /** Where mail goes; the outbox unless given. */
  mailer?: Mailer;
  /**
   * Whether to believe X-Forwarded-For from the proxy in front (TRUST_PROXY): the client's
   * address counts for sign-in throttling, so it must be the real one.
   */
  trustProxy?: FastifyServerOptions['trustProxy'];
  /** The site's public address (PUBLIC_URL), for links in mail; tests may leave it out. */
  publicUrl?: string;
  /**
   * How long this instance may reuse a session it has read (web/auth/session-cache.ts); 0, the
   * default here, reads every request's session from the database. `startApp` turns it on.
   */
  sessionCacheMs?: number;
}

/**
 * No script at all, styles only from our own stylesheet, nothing embedded from elsewhere and no
 * framing: the pages work without JavaScript, so they are served without any.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'none'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'"],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  formAction: ["'self'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
};

/** Answers smaller than this go out uncompressed. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/** Builds the server; call `listen` on it, or `inject` in tests. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  // A logger given as options logs addresses without their secrets (request-log.ts).
  const logger =
    typeof options.logger === 'object' && options.logger !== null
      ? {
          ...options.logger,
          serializers: { ...REQUEST_LOG_SERIALIZERS, ...options.logger.serializers },
        }
      : (options.logger ?? false);
  const app = Fastify({ logger, trustProxy: options.trustProxy ?? false });

  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
  });
  // Pages, the stylesheet and JSON go out compressed to clients that accept it; small answers
  // are not worth the bytes of the header. Request bodies are never decompressed: forms and the
  // API take plain bodies only, so a compressed upload cannot grow past the body limit.
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: COMPRESSION_THRESHOLD_BYTES,
    globalDecompression: false,
  });
  registerErrorHandling(app);

  const { db } = options;
  app.decorate('db', db);
  app.decorate('publicUrl', options.publicUrl);
  app.decorate('mailer', options.mailer ?? createMailer({ from: DEFAULT_MAIL_FROM }));
  await registerRequestAuth(app, {
    sessionCacheMs: options.sessionCacheMs,
    now: options.now ?? (() => new Date()),
  });
  app.get('/healthz', async (request, reply) => {
    try {
      await db.query('SELECT 1');
      return { status: 'ok' };
    } catch (error) {
      request.log.error({ err: error }, 'health check: database unavailable');
      return reply.code(503).send({ status: 'unavailable' });
    }
  });

  registerWeb(app);
  await registerAccountAreas(app);
  for (const registration of options.routes ?? []) {
    await app.register(async (scope) => {
      await registration(scope);
    });
  }
  return app;
}
