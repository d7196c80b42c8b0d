import type { ApiMessages } from './api-messages';

/** The API's error texts in English. */
export const en: ApiMessages = {
  contentType: (got) =>
    `the body must be sent as application/json (Content-Type is ${got === undefined ? 'missing' : `"${got}"`})`,
  bodyTooLarge: (limit) => `the body is too large: at most ${limit} bytes`,
  badRequest: (detail) => `bad request: ${detail}`,
  notFound: (method, url) => `there is no ${method} ${url} in the API`,
  internal: 'an internal error occurred; the request was not carried out',
  tooManyRequests: (s) =>
    `too many requests: wait ${s} ${s === 1 ? 'second' : 'seconds'} before the next one`,
  caseNotFound: 'there is no saved case with this id in your organisation',
  caseArchived:
    'the case is archived and takes no change; restore it first (status "open"), in the same request if you like',
};
