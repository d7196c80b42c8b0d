import pkg from '../../../package.json';
import {
  ROLES,
  roleAllows,
  scopeAllows,
  TOKEN_SCOPES,
  type Action,
} from '../../domain/accounts/index';
import { SESSION_COOKIE } from '../../web/auth/auth-cookies';
import {
  API_HEADERS,
  API_PARAMETERS,
  API_SCHEMAS,
  type ApiAccess,
  type ApiResponse,
  type ApiRoute,
} from '../route-registry';

/** An OpenAPI 3.1 document, as plain JSON. */
export type OpenApiDocument = Record<string, unknown>;

/**
 * The OpenAPI 3.1 document of the API, generated from the route registry. Request and response
 * schemas are referenced from `components.schemas`, which holds the very schema objects that
 * validate requests.
 */
export function openApiDocument(routes: readonly ApiRoute[]): OpenApiDocument {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const responses: Record<number, ApiResponse> = { ...route.responses };
    if (route.access !== 'public') {
      responses[401] ??= UNAUTHORIZED;
      responses[403] ??= FORBIDDEN;
    }
    responses[429] ??= TOO_MANY;
    const operation: Record<string, unknown> = {
      operationId: route.operationId,
      summary: route.summary,
      description: route.description,
      tags: [route.tag],
      // Public routes need no credentials: an empty requirement list says so explicitly.
      security: security(route.access),
      'x-samverka-access': accessRule(route.access),
      responses: Object.fromEntries(
        Object.entries(responses).map(([status, r]) => [status, response(r)]),
      ),
    };
    if (route.parameters.length > 0) {
      operation.parameters = route.parameters.map((p) => ({
        $ref: `#/components/parameters/${p}`,
      }));
    }
    if (route.requestBody !== undefined) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: ref(route.requestBody) } },
      };
    }
    if (route.requestMedia !== undefined) {
      operation.requestBody = {
        required: true,
        content: Object.fromEntries(
          Object.entries(route.requestMedia).map(([media, schema]) => [media, { schema }]),
        ),
      };
    }
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'samverka API',
      version: pkg.version,
      summary: 'Which ways of working together with idéburna organisationer the rules allow.',
      description:
        'Assessments of planned procurements and collaborations between Swedish public bodies ' +
        'and idéburna organisationer under the rules in force on their start date, with reasons ' +
        'and citations; the rule sets and dated values behind them. Texts in Swedish (default) or ' +
        'English: ?lang=sv|en or Accept-Language.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    tags: [
      { name: 'assessments', description: 'Assess a case.' },
      { name: 'rules', description: 'The rules as data.' },
      { name: 'glossary', description: 'The two-way glossary.' },
      { name: 'knowledge', description: 'The knowledge pages and the checks behind them.' },
      { name: 'search', description: 'Search the knowledge pages and the glossary.' },
      {
        name: 'cases',
        description:
          "Your organisation's saved cases, with the rules each assessment was made under. Signed-in members (session cookie) and API tokens (Authorization: Bearer svk_…) only; another organisation's case is answered 404.",
      },
      {
        name: 'directory',
        description:
          "The directory of idéburna organisations and social enterprises: search with facets, one entry, the caller organisation's own entry, suggestions by public bodies, import and export. Reading is public; an entry is changed only by its own organisation.",
      },
      {
        name: 'challenges',
        description:
          'Societal challenges posted by public bodies and initiatives posted by idéburna organisations, with the collaboration forms the rules engine finds open; interest and the conversations that follow, seen by the two organisations only.',
      },
      {
        name: 'matching',
        description:
          'Organisations ranked for a challenge and challenges ranked for an organisation, each score explained reason by reason.',
      },
      { name: 'meta', description: 'This document.' },
    ],
    paths,
    components: {
      schemas: API_SCHEMAS,
      parameters: API_PARAMETERS,
      headers: API_HEADERS,
      securitySchemes: SECURITY_SCHEMES,
    },
  };
}

function ref(name: string): { $ref: string } {
  return { $ref: `#/components/schemas/${name}` };
}

function response(r: ApiResponse): Record<string, unknown> {
  const content =
    'schema' in r
      ? { 'application/json': { schema: ref(r.schema) } }
      : Object.fromEntries(Object.entries(r.media).map(([type, schema]) => [type, { schema }]));
  return {
    description: r.description,
    ...(r.headers !== undefined && {
      headers: Object.fromEntries(r.headers.map((h) => [h, { $ref: `#/components/headers/${h}` }])),
    }),
    content,
  };
}

const UNAUTHORIZED: ApiResponse = {
  description:
    'No valid credentials: sign in (session cookie) or send a live API token (Authorization: Bearer svk_…). A revoked token is answered the same way.',
  schema: 'Errors',
};
const FORBIDDEN: ApiResponse = {
  description: "Your role in the organisation, or your API token's scope, does not allow this.",
  schema: 'Errors',
};
const TOO_MANY: ApiResponse = {
  description:
    'Too many requests from this token, member or address in the current minute; wait the seconds of Retry-After.',
  schema: 'Errors',
  headers: ['Retry-After'],
};

/** How a caller proves who they are. */
export const SECURITY_SCHEMES = {
  bearerAuth: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'svk_…',
    description:
      "An API token of an organisation, created by its owners on the organisation's page, shown once and revocable. Scope read: read cases and export memos; scope write: also save, change, re-assess, archive and decide.",
  },
  cookieAuth: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description:
      "The session of a signed-in member; what they may do depends on their role (owner, editor, reader) in the organisation they work in. Writes need Content-Type application/json, which another site's page cannot send without the browser asking first.",
  },
} as const;

/** The actions a route needs: its own and those of fields of its body. */
function actionsOf(access: Exclude<ApiAccess, 'public'>): Action[] {
  return [...new Set([access.action, ...Object.values(access.fieldActions ?? {})])];
}

/** The credentials a route accepts: a token with a scope that allows it, or a session. */
function security(access: ApiAccess): Record<string, string[]>[] {
  if (access === 'public') return [];
  const actions = actionsOf(access);
  const scope = TOKEN_SCOPES.find((s) => actions.every((a) => scopeAllows(s, a)));
  return [{ bearerAuth: scope === undefined ? [] : [scope] }, { cookieAuth: [] }];
}

/** The access rule in words a program can read: the action, the roles and scopes allowing it. */
function accessRule(access: ApiAccess): unknown {
  if (access === 'public') return 'public';
  return {
    action: access.action,
    ...(access.fieldActions !== undefined && { fieldActions: access.fieldActions }),
    roles: ROLES.filter((r) => roleAllows(r, access.action)),
    tokenScopes: TOKEN_SCOPES.filter((s) => scopeAllows(s, access.action)),
  };
}
