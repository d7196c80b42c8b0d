// The routes of the directory in the API registry: the server serves them and the OpenAPI
// document describes them, each with its access rule.
import type { ApiRoute } from '../route-registry';
import {
  getOrganisation,
  getOrganisations,
  postConfirmation,
  postSuggestion,
  putOrganisation,
} from './directory-handler';

const NOT_FOUND = {
  description:
    'No listed entry has this organisation number (for a change: it is not your organisation’s number, which is answered the same way).',
  schema: 'Errors',
} as const;
const BAD_REQUEST = {
  description: 'The body or a parameter is not valid; each error names its field.',
  schema: 'Errors',
} as const;

/** `GET /api/v1/organisations`. */
export const searchOrganisationsRoute: ApiRoute = {
  method: 'GET',
  path: '/api/v1/organisations',
  operationId: 'searchDirectory',
  summary: 'Search the directory of idéburna organisationer and social enterprises',
  description:
    'Listed entries matching the words (Swedish full-text search with stemming, and fuzzy matching of names) and the filters, with the number of all matches and facets by län, kommun, goal, legal form and registration over all matches. Without q, by name; with q, by score, then name. The order is total, so pages never repeat or skip an entry.',
  tag: 'directory',
  access: 'public',
  parameters: [
    'directoryQ',
    'directoryKommun',
    'directoryLan',
    'directoryGoal',
    'directoryLegalForm',
    'directoryRegistered',
    'directoryKind',
    'directoryWorkIntegration',
    'directoryLimit',
    'directoryOffset',
    'lang',
  ],
  responses: {
    200: {
      description: 'A page of entries, the total and the facets.',
      schema: 'DirectorySearchResults',
    },
    400: BAD_REQUEST,
  },
  handler: getOrganisations,
};

/** `GET /api/v1/organisations/{orgnr}`. */
export const getOrganisationRoute: ApiRoute = {
  method: 'GET',
  path: '/api/v1/organisations/{orgnr}',
  operationId: 'getDirectoryEntry',
  summary: 'One entry of the directory',
  description: 'A listed entry by its organisation number (with or without hyphen).',
  tag: 'directory',
  access: 'public',
  parameters: ['directoryOrgnr', 'lang'],
  responses: {
    200: { description: 'The entry.', schema: 'DirectoryEntry' },
    404: NOT_FOUND,
  },
  handler: getOrganisation,
};

/** `PUT /api/v1/organisations/{orgnr}`. */
export const putOrganisationRoute: ApiRoute = {
  method: 'PUT',
  path: '/api/v1/organisations/{orgnr}',
  operationId: 'saveOwnDirectoryEntry',
  summary: "Create, change or claim your organisation's entry",
  description:
    "Saves the entry of the caller's organisation (an idéburen organisation or social enterprise; its own organisation number only). An entry from the import or a public body's suggestion is claimed: it becomes yours and is listed. Saving also confirms the entry (lastConfirmedOn becomes today in Sweden). With version, the change is made only if the entry is still at that version.",
  tag: 'directory',
  access: { action: 'profile.update' },
  parameters: ['directoryOrgnr', 'lang'],
  requestBody: 'DirectoryEntryInput',
  responses: {
    200: { description: 'The entry after the change (or the claim).', schema: 'DirectoryEntry' },
    201: { description: 'The new entry.', schema: 'DirectoryEntry', headers: ['Location'] },
    400: BAD_REQUEST,
    404: NOT_FOUND,
    409: {
      description:
        'The entry has changed since the version sent; nothing was changed. The current entry comes with the error.',
      schema: 'DirectoryConflict',
    },
    413: { description: 'The body is too large.', schema: 'Errors' },
  },
  handler: putOrganisation,
};

/** `POST /api/v1/organisations/{orgnr}/confirmation`. */
export const confirmOrganisationRoute: ApiRoute = {
  method: 'POST',
  path: '/api/v1/organisations/{orgnr}/confirmation',
  operationId: 'confirmOwnDirectoryEntry',
  summary: "Confirm that your organisation's entry is right",
  description:
    'Sets lastConfirmedOn to today in Sweden. The version stays the same. No body is needed.',
  tag: 'directory',
  access: { action: 'profile.update' },
  parameters: ['directoryOrgnr', 'lang'],
  responses: {
    200: { description: 'The confirmed entry.', schema: 'DirectoryEntry' },
    404: NOT_FOUND,
  },
  handler: postConfirmation,
};

/** `POST /api/v1/organisation-suggestions`. */
export const suggestOrganisationRoute: ApiRoute = {
  method: 'POST',
  path: '/api/v1/organisation-suggestions',
  operationId: 'suggestDirectoryEntry',
  summary: 'Suggest an organisation for the directory',
  description:
    'A public body suggests an idéburen organisation or social enterprise. The suggestion is not listed until the organisation itself claims it; until then only the suggesting organisation and the organisation itself see it. An entry that exists already is never changed (outcome exists). Other organisations than public bodies are answered 403.',
  tag: 'directory',
  access: { action: 'directory.suggest' },
  parameters: ['lang'],
  requestBody: 'DirectorySuggestion',
  responses: {
    200: {
      description: 'The directory has this number already; nothing was changed.',
      schema: 'DirectorySuggestionResult',
    },
    201: {
      description: 'The suggestion, saved unlisted.',
      schema: 'DirectorySuggestionResult',
      headers: ['Location'],
    },
    400: BAD_REQUEST,
    413: { description: 'The body is too large.', schema: 'Errors' },
  },
  handler: postSuggestion,
};

/** The routes of this area, in the order the OpenAPI document lists them. */
export const DIRECTORY_ROUTES: readonly ApiRoute[] = [
  searchOrganisationsRoute,
  getOrganisationRoute,
  putOrganisationRoute,
  confirmOrganisationRoute,
  suggestOrganisationRoute,
];
