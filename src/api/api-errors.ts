import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { apiMessages } from './locales';
import { requestLang } from './request-lang';

/** One problem with a request: where, which code, and what is wrong in the client's language. */
export interface ApiError {
  /** Dot path in the body (`counterpart.legalForm`), a query parameter name, or `""`. */
  path: string;
  code: string;
  message: string;
}

/** The body of every error answer. */
export interface ApiErrorBody {
  errors: ApiError[];
}

/** JSON Schema of {@link ApiErrorBody}. */
export const ERRORS_SCHEMA = {
  type: 'object',
  description: 'What is wrong with the request, one entry per problem.',
  required: ['errors'],
  additionalProperties: false,
  properties: {
    errors: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['path', 'code', 'message'],
        additionalProperties: false,
        properties: {
          path: {
            type: 'string',
            description:
              'Dot path of the field in the body (subject.cpv.0), a query parameter, or "" for the whole request.',
          },
          code: {
            type: 'string',
            description: 'Stable code of the problem (not-one-of, missing, ...).',
          },
          message: { type: 'string', description: 'The problem in the requested language.' },
        },
      },
    },
  },
} as const;

/** The largest body the API reads. A case is a few kilobytes; this leaves ample room. */
export const API_BODY_LIMIT = 256 * 1024;

/**
 * The largest CSV file the API reads: a directory file of 50 000 rows with descriptions is some
 * 10–20 MB.
 */
export const CSV_BODY_LIMIT = 32 * 1024 * 1024;

/** Sends an error answer. */
export function sendErrors(reply: FastifyReply, status: number, errors: ApiError[]): FastifyReply {
  const body: ApiErrorBody = { errors };
  return reply.code(status).type('application/json; charset=utf-8').send(JSON.stringify(body));
}

/**
 * Answers errors raised before or inside a handler (body parsing, limits, defects) in the error
 * shape of the API, in the client's language. Problems with the request are 4xx; anything else
 * is logged and answered 500 without details, never with a stack trace.
 */
export function handleApiError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const m = apiMessages(requestLang(request));
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return sendErrors(reply, 400, [
        { path: '', code: 'content-type', message: m.contentType(request.headers['content-type']) },
      ]);
    case 'FST_ERR_CTP_BODY_TOO_LARGE': {
      const csv = request.headers['content-type']?.toLowerCase().startsWith('text/csv') === true;
      return sendErrors(reply, 413, [
        {
          path: '',
          code: 'body-too-large',
          message: m.bodyTooLarge(csv ? CSV_BODY_LIMIT : API_BODY_LIMIT),
        },
      ]);
    }
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return sendErrors(reply, status, [
      { path: '', code: 'bad-request', message: m.badRequest(error.message) },
    ]);
  }
  request.log.error({ err: error }, 'API request failed');
  return sendErrors(reply, 500, [{ path: '', code: 'internal', message: m.internal }]);
}
