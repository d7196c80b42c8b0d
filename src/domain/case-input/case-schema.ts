import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import schema from '../../../spec/case.schema.json';

/**
 * The contract's case v1 schema (`spec/case.schema.json`), the very object that validates input
 * and that the OpenAPI document publishes.
 */
export const CASE_SCHEMA: Readonly<Record<string, unknown>> = schema;

let compiled: ValidateFunction | undefined;

/**
 * The compiled structural validator, built once on first use. Formats are not checked here:
 * dates are checked as calendar dates by the semantic checks, with their own messages.
 */
export function caseSchemaValidator(): ValidateFunction {
  compiled ??= new Ajv2020({
    allErrors: true,
    strict: false,
    validateFormats: false,
    // Errors carry the failing value and their schema, which the messages quote.
    verbose: true,
    // The schema is a fixed file, checked against the draft 2020-12 meta-schema by its test;
    // not compiling the meta-schema at every start halves the command line's start-up cost.
    meta: false,
    validateSchema: false,
  }).compile(CASE_SCHEMA);
  return compiled;
}
