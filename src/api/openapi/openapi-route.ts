import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ApiRoute } from '../route-registry';
import { openApiDocument } from './openapi-document';

/** `GET /api/v1/openapi.json`, describing `routes` (itself included). */
export function openApiRoute(routes: () => readonly ApiRoute[]): ApiRoute {
  let body: string | undefined;
  return {
    method: 'GET',
    path: '/api/v1/openapi.json',
    operationId: 'getOpenApiDocument',
    summary: 'This OpenAPI 3.1 document',
    description: 'The description of every route of the API, generated from the route registry.',
    tag: 'meta',
    access: 'public',
    parameters: [],
    responses: { 200: { description: 'The OpenAPI document.', schema: 'OpenApiDocument' } },
    handler: async (_request: FastifyRequest, reply: FastifyReply) => {
      body ??= JSON.stringify(openApiDocument(routes()));
      return reply.code(200).type('application/json; charset=utf-8').send(body);
    },
  };
}
