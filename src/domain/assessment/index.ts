/** The use case of assessing one case: validate the input, apply the rules, or say what is wrong. */
export * from './assess-case';
export { ASSESSMENT_SCHEMA, assessmentSchemaValidator } from './assessment-schema';
