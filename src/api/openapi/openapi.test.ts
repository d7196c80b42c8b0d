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
      paths: Record<string, Record<string, { security: unknown[]; 'x-samverka-access': string }>>;
    };
    for (const route of API_ROUTES) {
      const operation = document.paths[route.path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      expect(operation?.['x-samverka-access']).toBe('public');
      expect(operation?.security).toEqual([]);
      const url = route.path.replace(/\{(\w+)\}/g, ':$1');
      expect(app.hasRoute({ method: route.method, url })).toBe(true);
    }
    const operations = Object.values(document.paths).flatMap((p) => Object.keys(p));
    expect(operations).toHaveLength(API_ROUTES.length);
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
    expect(Object.keys(post?.responses as object)).toEqual(['200', '400', '413']);
  });
});
