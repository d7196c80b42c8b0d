import pkg from '../../../package.json';
import { API_PARAMETERS, API_SCHEMAS, type ApiRoute } from '../route-registry';

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
    const operation: Record<string, unknown> = {
      operationId: route.operationId,
      summary: route.summary,
      description: route.description,
      tags: [route.tag],
      // Public routes need no credentials: an empty requirement list says so explicitly.
      security: [],
      'x-samverka-access': route.access,
      responses: Object.fromEntries(
        Object.entries(route.responses).map(([status, r]) => [
          status,
          {
            description: r.description,
            content: { 'application/json': { schema: ref(r.schema) } },
          },
        ]),
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
      { name: 'meta', description: 'This document.' },
    ],
    paths,
    components: { schemas: API_SCHEMAS, parameters: API_PARAMETERS },
  };
}

function ref(name: string): { $ref: string } {
  return { $ref: `#/components/schemas/${name}` };
}
