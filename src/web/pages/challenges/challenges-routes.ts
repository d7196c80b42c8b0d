// The pages of the board of challenges and initiatives, posting and editing, interest and its conversations.
import type { FastifyInstance } from 'fastify';

/** Registers the pages in the account areas' scope (form posts and CSRF checks). */
export function registerChallengeRoutes(app: FastifyInstance): void {
  void app;
}
