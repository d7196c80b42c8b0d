import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Action } from '../domain/accounts/index';
import { ASSESSMENT_SCHEMA } from '../domain/assessment';
import { CASE_SCHEMA } from '../domain/case-input';
import { ERRORS_SCHEMA } from './api-errors';
import { SAVED_CASE_SCHEMAS } from './cases/cases-schema';
import { CHALLENGE_PARAMETERS, CHALLENGE_SCHEMAS } from './challenges/challenges-schema';
import { DIRECTORY_PARAMETERS, DIRECTORY_SCHEMAS } from './directory/directory-schema';
import {
  TRANSFER_PARAMETERS,
  TRANSFER_SCHEMAS,
} from './directory-transfer/directory-transfer-schema';
import { MATCHING_PARAMETERS, MATCHING_SCHEMAS } from './matching/matching-schema';
import { GLOSSARY_SCHEMA } from './glossary/glossary-schema';
import { KNOWLEDGE_LIST_SCHEMA, KNOWLEDGE_PAGE_SCHEMA } from './knowledge/knowledge-schema';
import { RULES_CATALOGUE_SCHEMA } from './rules/rules-schema';
import { SEARCH_RESULTS_SCHEMA } from './search/search-schema';

/** The prefix every API route lives under. */
export const API_PREFIX = '/api';

/**
 * The schemas of the API by name. The case and the assessment are the contract's own schema
 * objects: the same ones that validate input, published unchanged in the OpenAPI document.
 */
export const API_SCHEMAS = {
  Case: CASE_SCHEMA,
  Assessment: ASSESSMENT_SCHEMA,
  Errors: ERRORS_SCHEMA,
  RulesCatalogue: RULES_CATALOGUE_SCHEMA,
  Glossary: GLOSSARY_SCHEMA,
  SearchResults: SEARCH_RESULTS_SCHEMA,
  KnowledgeList: KNOWLEDGE_LIST_SCHEMA,
  KnowledgePage: KNOWLEDGE_PAGE_SCHEMA,
  ...SAVED_CASE_SCHEMAS,
  ...DIRECTORY_SCHEMAS,
  ...TRANSFER_SCHEMAS,
  ...CHALLENGE_SCHEMAS,
  ...MATCHING_SCHEMAS,
  OpenApiDocument: {
    type: 'object',
    description: 'An OpenAPI 3.1 document.',
    required: ['openapi', 'info', 'paths'],
  },
} as const satisfies Record<string, object>;

/** The name of one of {@link API_SCHEMAS}. */
export type ApiSchemaName = keyof typeof API_SCHEMAS;

/**
 * Who may call a route: anyone (`public`), or a caller allowed `action` in an organisation — a
 * member whose role allows it (session cookie) or an API token whose scope does. `fieldActions`
 * names further actions that fields of the body need (archiving a case needs `case.archive`).
 */
export type ApiAccess =
  'public' | { action: Action; fieldActions?: Readonly<Record<string, Action>> };

/** One documented answer of a route: JSON with a schema of the registry, or other media. */
export type ApiResponse =
  | { description: string; schema: ApiSchemaName; headers?: readonly ApiHeaderName[] }
  | {
      description: string;
      /** media type → JSON Schema of the body */
      media: Readonly<Record<string, object>>;
      headers?: readonly ApiHeaderName[];
    };

/** Response headers routes may send, described once for the OpenAPI document. */
export const API_HEADERS = {
  'Retry-After': {
    description: 'Seconds to wait before the next request is allowed.',
    schema: { type: 'integer', minimum: 1 },
  },
  Location: {
    description: 'The address of the resource created.',
    schema: { type: 'string' },
  },
  'Content-Disposition': {
    description: 'The file name to save the download as.',
    schema: { type: 'string' },
  },
} as const;

/** The name of one of {@link API_HEADERS}. */
export type ApiHeaderName = keyof typeof API_HEADERS;

/** The query parameters routes may take, described once for the OpenAPI document. */
export const API_PARAMETERS = {
  lang: {
    name: 'lang',
    in: 'query',
    required: false,
    description:
      'Language of texts and error messages: sv (default) or en. Without it, Accept-Language decides.',
    schema: { type: 'string', enum: ['sv', 'en'] },
  },
  explain: {
    name: 'explain',
    in: 'query',
    required: false,
    description:
      'true to include the evaluation records (trace): rule, citations, inputs, outcome.',
    schema: { type: 'string', enum: ['true', 'false'] },
  },
  glossaryQ: {
    name: 'q',
    in: 'query',
    required: false,
    description:
      'A word from either side, in Swedish or English; the beginning of a word is enough. At most 200 characters. Without it, every entry.',
    schema: { type: 'string', maxLength: 200 },
  },
  glossarySide: {
    name: 'side',
    in: 'query',
    required: false,
    description:
      "List by one side's words (procurement or civil), one line per word, alphabetically; q then matches only that side's words and the definition.",
    schema: { type: 'string', enum: ['procurement', 'civil'] },
  },
  searchQuery: {
    name: 'q',
    in: 'query',
    required: true,
    description: 'The words to search for, at most 200 characters.',
    schema: { type: 'string', maxLength: 200 },
  },
  searchKind: {
    name: 'kind',
    in: 'query',
    required: false,
    description: 'Only knowledge pages or only glossary entries; both when absent.',
    schema: { type: 'string', enum: ['knowledge', 'glossary'] },
  },
  searchLimit: {
    name: 'limit',
    in: 'query',
    required: false,
    description: 'Hits per answer, 1 to 50 (default 20).',
    schema: { type: 'integer', minimum: 1, maximum: 50, default: 20 },
  },
  searchOffset: {
    name: 'offset',
    in: 'query',
    required: false,
    description: 'Hits to skip, for the next pages (default 0).',
    schema: { type: 'integer', minimum: 0, maximum: 10000, default: 0 },
  },
  knowledgeId: {
    name: 'id',
    in: 'path',
    required: true,
    description: 'The id of a knowledge page: a collaboration form id (iop, grant, …) or a guide.',
    schema: { type: 'string' },
  },
  caseId: {
    name: 'id',
    in: 'path',
    required: true,
    description: "The saved case's id (a UUID). Another organisation's case is answered 404.",
    schema: { type: 'string', format: 'uuid' },
  },
  caseStatus: {
    name: 'status',
    in: 'query',
    required: false,
    description: 'open (default), archived, or all.',
    schema: { type: 'string', enum: ['open', 'archived', 'all'], default: 'open' },
  },
  caseLimit: {
    name: 'limit',
    in: 'query',
    required: false,
    description: 'Cases per answer, 1 to 100 (default 20).',
    schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
  },
  caseOffset: {
    name: 'offset',
    in: 'query',
    required: false,
    description: 'Cases to skip, for the next pages (default 0).',
    schema: { type: 'integer', minimum: 0, default: 0 },
  },
  memoFormat: {
    name: 'format',
    in: 'query',
    required: true,
    description: 'md (Markdown), docx (Word) or pdf (tagged PDF).',
    schema: { type: 'string', enum: ['md', 'docx', 'pdf'] },
  },
  knowledgeDate: {
    name: 'date',
    in: 'query',
    required: false,
    description:
      'The start date (YYYY-MM-DD, from 2014-07-01) to give the checks of a form for; today in Sweden without it.',
    schema: { type: 'string', format: 'date' },
  },
  ...DIRECTORY_PARAMETERS,
  ...TRANSFER_PARAMETERS,
  ...CHALLENGE_PARAMETERS,
  ...MATCHING_PARAMETERS,
} as const;

/** The name of one of {@link API_PARAMETERS}. */
export type ApiParameterName = keyof typeof API_PARAMETERS;

/** One route of the API: everything the server and the OpenAPI document need to know. */
export interface ApiRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The full path, as the OpenAPI document shows it (`/api/v1/assessments`). */
  path: string;
  operationId: string;
  summary: string;
  description: string;
  tag: string;
  access: ApiAccess;
  parameters: ApiParameterName[];
  /** The JSON body the route reads, if any. */
  requestBody?: ApiSchemaName;
  /** A body of another media type the route reads (media type → JSON Schema), if any. */
  requestMedia?: Readonly<Record<string, object>>;
  /**
   * Responses by status code: a description and the schema of the JSON body, or the media of
   * another body. The OpenAPI document adds 429 to every route (the API's rate limit) and 401 and
   * 403 to every route that is not public.
   */
  responses: Record<number, ApiResponse>;
  handler: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
}
