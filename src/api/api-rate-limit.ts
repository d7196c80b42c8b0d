// The API's rate limit: at most so many requests per minute for each caller — an API token, else
// a signed-in member, else a client address — counted in the database, so that every instance on
// one PostgreSQL counts together. Over the limit, the answer is 429 with Retry-After.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { hitRateLimit, type RateLimit } from '../accounts/index';
import { sendErrors } from './api-errors';
import { apiMessages } from './locales';
import { requestLang } from './request-lang';

/** The limit unless the server is built with another: 300 requests a minute per caller. */
export const DEFAULT_API_RATE_LIMIT: RateLimit = { max: 300, windowMs: 60_000 };

/** Whom a request counts against. */
export function rateLimitKey(request: FastifyRequest): string {
  // Every unknown or revoked token from one address counts as that address.
  if (request.apiToken) return `api:token:${request.apiToken.id}`;
  if (request.account && !request.badApiToken) return `api:user:${request.account.user.id}`;
  return `api:address:${request.ip}`;
}

/** An onRequest hook counting each request and refusing those over `limit`. */
export function apiRateLimit(limit: RateLimit) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const { db, now } = request.server;
    const decision = await hitRateLimit(db, rateLimitKey(request), limit, now());
    if (decision.allowed) return;
    const m = apiMessages(requestLang(request));
    void reply.header('retry-after', String(decision.retryAfter));
    await sendErrors(reply, 429, [
      { path: '', code: 'too-many-requests', message: m.tooManyRequests(decision.retryAfter) },
    ]);
  };
}
