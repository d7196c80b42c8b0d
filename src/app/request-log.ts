// What the request log records of an address. Some addresses carry secrets — invitation and
// password reset links, an identity provider's code and state — and a log is read by more people
// than the secrets are meant for, so those parts are replaced before anything is logged.
import type { FastifyRequest } from 'fastify';

/** Paths whose last segment is a secret. */
const SECRET_PATHS = ['/inbjudan/', '/aterstall-losenord/'];
/** Query parameters that are secrets. */
const SECRET_PARAMS = ['code', 'state', 'token', 'session_state', 'id_token'];

/** `url` with its secrets replaced by `…`. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  let path = q === -1 ? url : url.slice(0, q);
  for (const prefix of SECRET_PATHS) {
    const i = path.indexOf(prefix);
    if (i !== -1 && path.length > i + prefix.length) path = `${path.slice(0, i + prefix.length)}…`;
  }
  if (q === -1) return path;
  const params = new URLSearchParams(url.slice(q + 1));
  for (const name of SECRET_PARAMS) if (params.has(name)) params.set(name, '…');
  return `${path}?${params.toString()}`;
}

/** The request serializer of the log: Fastify's fields, with the address redacted. */
export const REQUEST_LOG_SERIALIZERS = {
  req(request: FastifyRequest) {
    return {
      method: request.method,
      url: redactUrl(request.url),
      host: request.host,
      remoteAddress: request.ip,
      remotePort: request.socket?.remotePort,
    };
  },
};
