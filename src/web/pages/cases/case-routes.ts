// Routes of saved cases.
import type { FastifyInstance } from 'fastify';

/** Registers the routes of saved cases. */
export function registerCaseRoutes(_app: FastifyInstance): void {}
