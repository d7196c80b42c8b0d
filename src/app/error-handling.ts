// One answer for every error: a page in the request's language, or a JSON body for /api/.
// Clients never see a stack trace or an internal message; server errors are logged instead.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Lang } from '../engine/index';
import { webMessages } from '../web/locales/index';
import { renderErrorPage, type ErrorPageKind } from '../web/pages/error-page';
import { requestLang } from '../web/request-lang';
import { safeLocalPath } from '../web/safe-path';

/** A JSON error body, the same shape as the API's own errors. */
export interface ApiErrorBody {
  errors: { path: string; code: string; message: string }[];
}

/** True for addresses of the JSON API, which answer errors in JSON. */
export function isApiRequest(request: FastifyRequest): boolean {
  return (
    request.url === '/api' || request.url.startsWith('/api/') || request.url.startsWith('/api?')
  );
}

/** Installs the not-found and error handlers on `app`. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => sendError(request, reply, 404));

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = clientErrorStatus(error) ?? 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: error.code, status }, 'client error');
    return sendError(request, reply, status, error);
  });
}

function clientErrorStatus(error: FastifyError): number | undefined {
  const status = error.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  error?: FastifyError,
): FastifyReply {
  const lang = requestLang(request);
  reply.code(status);
  if (isApiRequest(request)) {
    const body: ApiErrorBody = { errors: [{ path: '', ...apiProblem(lang, status, error) }] };
    return reply.type('application/json; charset=utf-8').send(body);
  }
  const kind: ErrorPageKind =
    status === 404 ? 'not-found' : status < 500 ? 'bad-request' : 'server-error';
  return reply
    .type('text/html; charset=utf-8')
    .send(renderErrorPage(kind, lang, safeLocalPath(request.url)));
}

function apiProblem(
  lang: Lang,
  status: number,
  error: FastifyError | undefined,
): { code: string; message: string } {
  const t = webMessages(lang).errors.api;
  if (status === 404) return { code: 'not-found', message: t.notFound };
  if (status === 405) return { code: 'method-not-allowed', message: t.methodNotAllowed };
  if (status === 413) return { code: 'body-too-large', message: t.payloadTooLarge };
  if (status === 415) return { code: 'content-type', message: t.unsupportedMediaType };
  if (status >= 500) return { code: 'internal', message: t.serverError };
  if (error && isJsonSyntaxError(error)) return { code: 'invalid-json', message: t.invalidJson };
  return { code: 'bad-request', message: t.badRequest };
}

function isJsonSyntaxError(error: FastifyError): boolean {
  return (
    error instanceof SyntaxError ||
    error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
    error.code === 'FST_ERR_CTP_INVALID_JSON_BODY'
  );
}
