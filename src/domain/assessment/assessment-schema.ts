import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import schema from '../../../spec/assessment.schema.json';

/**
 * The contract's assessment v1 schema (`spec/assessment.schema.json`): what every assessment
 * satisfies, and what the OpenAPI document publishes as the answer of an assessment.
 */
export const ASSESSMENT_SCHEMA: Readonly<Record<string, unknown>> = schema;

let compiled: ValidateFunction | undefined;

/** The compiled assessment schema, built on first use. Formats are not checked: dates are checked as calendar dates where it matters. */
export function assessmentSchemaValidator(): ValidateFunction {
  compiled ??= new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(
    ASSESSMENT_SCHEMA,
  );
  return compiled;
}
