// Addresses that carry secrets (a password reset link's token, an identity provider's code and
// state) must not reach the request log. Routes with such addresses log this form of the request
// instead of Fastify's default, which includes the whole address.
import type { FastifyRequest, RouteShorthandOptions } from 'fastify';

/**
 * Route options that log the request's address as `shownUrl` (a path without the secret), with
 * the other fields of Fastify's default request log.
 */
export function redactedRequestLog(shownUrl: string): RouteShorthandOptions {
  return {
    logSerializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: shownUrl,
        host: request.host,
        remoteAddress: request.ip,
        remotePort: request.socket.remotePort,
      }),
    },
  };
}
