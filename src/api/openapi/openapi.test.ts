import { Validator } from '@seriousme/openapi-schema-validator';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSESSMENT_SCHEMA } from '../../domain/assessment';
import { CASE_SCHEMA } from '../../domain/case-input';
import { apiTestApp } from '../api-app.fixture';
import { ERRORS_SCHEMA } from '../api-errors';
import { API_ROUTES } from '../api-routes';
import { openApiDocument } from './openapi-document';

let app: FastifyInstance;

interface Operation {
  security: unknown[];
  'x-samverka-access': unknown;
  responses: Record<string, { headers?: unknown; content?: Record<string, unknown> }>;
}
beforeAll(async () => {
  app = await apiTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('GET /api/v1/openapi.json', () => {
  it('serves a valid OpenAPI 3.1 document', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json<Record<string, unknown>>();
    expect(document.openapi).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('publishes the very schemas that validate requests and describe answers', () => {
    const document = openApiDocument(API_ROUTES) as {
      components: { schemas: Record<string, unknown> };
    };
    expect(document.components.schemas.Case).toBe(CASE_SCHEMA);
    expect(document.components.schemas.Assessment).toBe(ASSESSMENT_SCHEMA);
    expect(document.components.schemas.Errors).toBe(ERRORS_SCHEMA);
  });

  it('describes every route of the registry, and the server serves each of them', () => {
    const document = openApiDocument(API_ROUTES) as {
      paths: Record<string, Record<string, unknown>>;
    };
    for (const route of API_ROUTES) {
      const operation = document.paths[route.path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      const url = route.path.replace(/\{(\w+)\}/g, ':$1');
      expect(app.hasRoute({ method: route.method, url })).toBe(true);
    }
    const operations = Object.values(document.paths).flatMap((p) => Object.keys(p));
    expect(operations).toHaveLength(API_ROUTES.length);
  });

  it('declares the tag of every route', () => {
    const document = openApiDocument(API_ROUTES) as { tags: { name: string }[] };
    const declared = new Set(document.tags.map((t) => t.name));
    for (const route of API_ROUTES) expect(declared, route.path).toContain(route.tag);
  });

  it('states the access rule of every route, and the credentials it takes', () => {
    const document = openApiDocument(API_ROUTES) as {
      paths: Record<string, Record<string, Operation>>;
      components: { securitySchemes: Record<string, Record<string, string>> };
    };
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'svk_…',
    });
    expect(document.components.securitySchemes.cookieAuth).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
      name: '__Host-samverka-session',
    });
    for (const route of API_ROUTES) {
      const operation = document.paths[route.path]![route.method.toLowerCase()]!;
      const statuses = Object.keys(operation.responses);
      expect(statuses, route.path).toContain('429');
      expect(operation.responses['429']?.headers).toEqual({
        'Retry-After': { $ref: '#/components/headers/Retry-After' },
      });
      if (route.access === 'public') {
        expect(operation['x-samverka-access']).toBe('public');
        expect(operation.security).toEqual([]);
        continue;
      }
      const rule = operation['x-samverka-access'] as { action: string; roles: string[] };
      expect(rule.action).toBe(route.access.action);
      expect(rule.roles.length).toBeGreaterThan(0);
      expect(statuses).toEqual(expect.arrayContaining(['401', '403']));
      const scope = route.method === 'GET' ? 'read' : 'write';
      expect(operation.security, `${route.method} ${route.path}`).toEqual([
        { bearerAuth: [scope] },
        { cookieAuth: [] },
      ]);
    }
  });

  it('documents the saved cases: 404 for another organisation, 409 for a stale version', () => {
    const document = openApiDocument(API_ROUTES) as {
      paths: Record<string, Record<string, Operation>>;
    };
    const patch = document.paths['/api/v1/cases/{id}']!.patch!;
    expect(Object.keys(patch.responses)).toEqual(['200', '400', '401', '403', '404', '409', '429']);
    expect(patch['x-samverka-access']).toMatchObject({
      action: 'case.update',
      fieldActions: { status: 'case.archive', decision: 'case.decide' },
      roles: ['owner', 'editor'],
      tokenScopes: ['write'],
    });
    const memo = document.paths['/api/v1/cases/{id}/memo']!.get!;
    expect(Object.keys(memo.responses['200']!.content!)).toEqual([
      'text/markdown',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/pdf',
    ]);
    expect(document.paths['/api/v1/cases']!.get!['x-samverka-access']).toMatchObject({
      roles: ['owner', 'editor', 'reader'],
      tokenScopes: ['read', 'write'],
    });
  });

  it('documents the case body and the answers of POST /api/v1/assessments', () => {
    const document = openApiDocument(API_ROUTES) as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };
    const post = document.paths['/api/v1/assessments']?.post;
    expect(post?.requestBody).toEqual({
      required: true,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Case' } } },
    });
    expect(Object.keys(post?.responses as object)).toEqual(['200', '400', '413', '429']);
  });
});
