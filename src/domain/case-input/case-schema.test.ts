import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_SCHEMA } from '../assessment';
import { CASE_SCHEMA, caseSchemaValidator } from './case-schema';

describe('the contract schemas', () => {
  it('are valid JSON Schema draft 2020-12', () => {
    const ajv = new Ajv2020({ strict: false });
    for (const schema of [CASE_SCHEMA, ASSESSMENT_SCHEMA]) {
      expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    }
  });

  it('are the contract files themselves', () => {
    expect(CASE_SCHEMA.$id).toBe('samverka/case/v1');
    expect(ASSESSMENT_SCHEMA.$id).toBe('samverka/assessment/v1');
  });

  it('compile once', () => {
    expect(caseSchemaValidator()).toBe(caseSchemaValidator());
  });
});
