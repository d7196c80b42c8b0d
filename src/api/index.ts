/**
 * The JSON API (`/api/v1`): one folder per resource with its route, handler, presenter and
 * schema; the route registry feeds both the server and the OpenAPI document.
 */
import type { FastifyInstance } from 'fastify';
import type { RateLimit } from '../accounts/index';
import { API_BODY_LIMIT, CSV_BODY_LIMIT, handleApiError, sendErrors } from './api-errors';
import { apiRateLimit, DEFAULT_API_RATE_LIMIT } from './api-rate-limit';
import { API_ROUTES } from './api-routes';
import { apiMessages } from './locales';
import { API_PREFIX } from './route-registry';
import { requestLang } from './request-lang';

export { API_ROUTES } from './api-routes';
export { openApiDocument } from './openapi/openapi-document';
export { API_SCHEMAS, type ApiRoute } from './route-registry';
export { ERRORS_SCHEMA, type ApiError, type ApiErrorBody } from './api-errors';
export { DEFAULT_API_RATE_LIMIT } from './api-rate-limit';

/** How the API is served. */
export interface ApiOptions {
  /**
   * Requests per caller and window ({@link DEFAULT_API_RATE_LIMIT} unless given; the bench
   * raises it), or false for none. A server without a database has none.
   */
  rateLimit?: RateLimit | false;
}

/**
 * Registers the API on `app`, in its own scope: its body parsing, error answers and 404s apply
 * to `/api/...` only and leave the web pages alone.
 */
export async function registerApi(app: FastifyInstance, options: ApiOptions = {}): Promise<void> {
  const rateLimit = options.rateLimit ?? DEFAULT_API_RATE_LIMIT;
  await app.register(
    (api, _options, done) => {
      // The limit counts in the database and knows callers by their session or token: a bare
      // server (the API's own tests) has neither.
      if (rateLimit !== false && api.hasDecorator('db') && api.hasRequestDecorator('apiToken')) {
        api.addHook('onRequest', apiRateLimit(rateLimit));
      }
      // JSON bodies arrive as text; the handlers parse them, so that malformed JSON is answered
      // with its position, in the client's language. Other media types are refused.
      api.removeAllContentTypeParsers();
      api.addContentTypeParser(
        'application/json',
        { parseAs: 'string', bodyLimit: API_BODY_LIMIT },
        (_request, body, done) => done(null, body),
      );
      // A directory file (POST /api/v1/organisations/import) arrives as bytes: its encoding is
      // found from them (UTF-8, or the Windows-1252 of a Swedish Excel export).
      api.addContentTypeParser(
        'text/csv',
        { parseAs: 'buffer', bodyLimit: CSV_BODY_LIMIT },
        (_request, body, done) => done(null, body),
      );
      api.setErrorHandler(handleApiError);
      api.setNotFoundHandler((request, reply) => {
        const m = apiMessages(requestLang(request));
        return sendErrors(reply, 404, [
          { path: '', code: 'not-found', message: m.notFound(request.method, request.url) },
        ]);
      });
      for (const route of API_ROUTES) {
        api.route({
          method: route.method,
          // OpenAPI writes a path parameter as {id}, Fastify as :id.
          url: route.path.slice(API_PREFIX.length).replace(/\{(\w+)\}/g, ':$1'),
          handler: route.handler,
        });
      }
      done();
    },
    { prefix: API_PREFIX },
  );
}
