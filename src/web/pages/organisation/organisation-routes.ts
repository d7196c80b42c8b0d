// Routes of the organisation: members, invitations, API tokens, the audit log.
import type { FastifyInstance } from 'fastify';

/** Registers the routes of the organisation: members, invitations, API tokens, the audit log. */
export function registerOrganisationRoutes(_app: FastifyInstance): void {}
