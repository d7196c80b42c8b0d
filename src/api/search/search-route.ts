import type { ApiRoute } from '../route-registry';
import { getSearch } from './search-handler';

/** `GET /api/v1/search`: the knowledge pages and glossary entries that match a query. */
export const searchRoute: ApiRoute = {
  method: 'GET',
  path: '/api/v1/search',
  operationId: 'search',
  summary: 'Search the knowledge pages and the glossary',
  description:
    'Full-text search in the language asked for, with Swedish or English stemming: every word ' +
    'of the query must match, in any inflection (upphandlingar finds upphandling, ' +
    'partnerskapet finds partnerskap); the last word also matches as the start of a word. ' +
    'Titles and glossary terms weigh more than the text. Only letters and digits of the query ' +
    'count, so a query without any has no hits.',
  tag: 'search',
  access: 'public',
  parameters: ['searchQuery', 'lang', 'searchKind', 'searchLimit', 'searchOffset'],
  responses: {
    200: { description: 'The hits, best first, and how many there are.', schema: 'SearchResults' },
    400: { description: 'A parameter is missing or not valid.', schema: 'Errors' },
  },
  handler: getSearch,
};
