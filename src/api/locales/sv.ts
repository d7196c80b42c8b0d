import type { ApiMessages } from './api-messages';

/** The API's error texts in Swedish. */
export const sv: ApiMessages = {
  contentType: (got) =>
    `innehållet ska skickas som application/json (Content-Type är ${got === undefined ? 'inte angiven' : `"${got}"`})`,
  bodyTooLarge: (limit) => `innehållet är för stort: högst ${limit} byte`,
  badRequest: (detail) => `felaktig begäran: ${detail}`,
  notFound: (method, url) => `det finns ingen ${method} ${url} i API:t`,
  internal: 'ett internt fel inträffade; begäran har inte utförts',
  tooManyRequests: (s) =>
    `för många förfrågningar: vänta ${s} ${s === 1 ? 'sekund' : 'sekunder'} innan nästa`,
  caseNotFound: 'det finns inget sparat ärende med det här id:t i din organisation',
  caseArchived:
    'ärendet är arkiverat och kan inte ändras; återuppta det först (status "open"), gärna i samma begäran',
};
