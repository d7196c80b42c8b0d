import Ajv2020 from 'ajv/dist/2020.js';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rulesCatalogue } from '../../rules';
import { apiTestApp } from '../api-app.fixture';
import { RULES_CATALOGUE_SCHEMA } from './rules-schema';

let app: FastifyInstance;
beforeAll(async () => {
  app = await apiTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('GET /api/v1/rules', () => {
  it('answers the catalogue of rule sets and dated values', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/rules' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const body = response.json<{ ruleSets: unknown[]; values: unknown[] }>();
    expect(body).toEqual(JSON.parse(JSON.stringify(rulesCatalogue())));
    expect(body.ruleSets.length).toBeGreaterThan(0);
    expect(body.values.length).toBeGreaterThan(0);
  });

  it('answers what its published schema describes', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/rules' });
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
      RULES_CATALOGUE_SCHEMA,
    );
    expect(validate(response.json()), JSON.stringify(validate.errors)).toBe(true);
  });
});
