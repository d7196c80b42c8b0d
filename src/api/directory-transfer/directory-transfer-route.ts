// The routes of the directory's import and export in the API registry.
import type { ApiRoute } from '../route-registry';
import { getExport, postImport } from './directory-transfer-handler';

/** `POST /api/v1/organisations/import`. */
export const importOrganisationsRoute: ApiRoute = {
  method: 'POST',
  path: '/api/v1/organisations/import',
  operationId: 'importOrganisations',
  summary: 'Suggest organisations for the directory from a CSV file',
  description:
    "A public body sends a CSV file (Content-Type text/csv; the columns of docs/directory-import.md: organisationsnummer and namn required; UTF-8 or Windows-1252, separated by ; or ,). Each valid row becomes an unlisted suggestion, or updates one this organisation suggested before; organisations already in the directory are reported as kept, never changed. Invalid rows are reported with their line, column and problem and not written; the valid rows are written all the same. The answer is 200 with the report whenever the file could be read (see invalid and problems); a file refused as a whole (a required column missing, not a text file) is 422 and nothing is written. Only organisations of the kind public-body may call it (others 403). Recorded in the organisation's audit log.",
  tag: 'directory',
  access: { action: 'directory.suggest' },
  parameters: ['importDryRun', 'lang'],
  requestMedia: { 'text/csv': { type: 'string', description: 'The CSV file.' } },
  responses: {
    200: { description: 'The report of the import.', schema: 'DirectoryImportReport' },
    400: {
      description: 'A parameter is not valid, or the body is not text/csv.',
      schema: 'Errors',
    },
    413: { description: 'The file is larger than 32 MiB.', schema: 'Errors' },
    422: {
      description:
        'The file is refused as a whole (code missing-columns, duplicate-column, unclosed-quote, empty, not-text); nothing was written.',
      schema: 'Errors',
    },
  },
  handler: postImport,
};

/** `GET /api/v1/organisations/export`. */
export const exportOrganisationsRoute: ApiRoute = {
  method: 'GET',
  path: '/api/v1/organisations/export',
  operationId: 'exportOrganisations',
  summary: 'The listed directory as CSV or Open Referral–like JSON',
  description:
    'Every listed organisation of the directory, in organisationsnummer order. CSV has the columns of the import (UTF-8 with BOM, comma-separated, CRLF) and reads back into it unchanged. JSON is {"hsds_version", "profile", "organizations": [...]}: each organization with the HSDS fields id, name, description, email, website, legal_status, organization_identifiers (scheme SE-BLV, the organisationsnummer), contacts, phones and service_areas (name, samverka_code, samverka_kind), and the rest of the entry under samverka.',
  tag: 'directory',
  access: 'public',
  parameters: ['exportFormat', 'lang'],
  responses: {
    200: {
      description: 'The directory, as a download.',
      media: {
        'text/csv': { type: 'string' },
        'application/json': { type: 'object', required: ['organizations'] },
      },
      headers: ['Content-Disposition'],
    },
    400: { description: 'A parameter is not valid.', schema: 'Errors' },
  },
  handler: getExport,
};

/** The routes of this area, in the order the OpenAPI document lists them. */
export const TRANSFER_ROUTES: readonly ApiRoute[] = [
  importOrganisationsRoute,
  exportOrganisationsRoute,
];
