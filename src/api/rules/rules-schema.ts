/** JSON Schema of the rules catalogue: rule sets and dated values with validity and sources. */
export const RULES_CATALOGUE_SCHEMA = {
  type: 'object',
  description:
    'The rule sets and dated values the assessments apply, each with its validity and sources.',
  required: ['ruleSets', 'values'],
  properties: {
    ruleSets: { type: 'array', items: { type: 'object' } },
    values: { type: 'array', items: { type: 'object' } },
  },
} as const;
