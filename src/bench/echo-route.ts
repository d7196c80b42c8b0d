import type { FastifyInstance } from 'fastify';

/** The path of the bench's echo route; it exists only in servers the bench starts. */
export const ECHO_PATH = '/bench/echo';

/**
 * The baseline of `api.assess_rps`: a route in the same server that answers the JSON body it
 * receives — parsing and serialising, nothing else.
 */
export function registerEchoRoute(app: FastifyInstance): void {
  app.post(ECHO_PATH, async (request, reply) =>
    reply.type('application/json; charset=utf-8').send(JSON.stringify(request.body)),
  );
}
