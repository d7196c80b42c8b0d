// The address of this samverka as people reach it: links in mail and the address an identity
// provider sends people back to are built from it.
import type { FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * The public address of the site (scheme, host and port), when the installation is
     * configured with one. Mail links are then never built from a request's Host header, which
     * anyone can send.
     */
    readonly publicUrl?: string | undefined;
  }
}

// A host a link can name; anything else in the Host header is not used.
const HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

/** The origin (scheme, host and port, no slash) links to this site are built with. */
export function siteOrigin(request: FastifyRequest): string {
  const configured = request.server.publicUrl;
  if (configured !== undefined && configured !== '') return new URL(configured).origin;
  const host = request.headers.host ?? '';
  return `${request.protocol}://${HOST.test(host) ? host.toLowerCase() : 'localhost'}`;
}
