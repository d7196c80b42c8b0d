const DATE = { type: 'string', format: 'date' } as const;
const DATE_OR_OPEN = {
  type: ['string', 'null'],
  format: 'date',
  description: 'Last day of validity; null while in force.',
} as const;
const SOURCES = {
  type: 'array',
  items: { type: 'string' },
  description: 'Where the rule or value was read (URLs).',
} as const;
const CITATION = {
  type: 'object',
  required: ['act'],
  properties: {
    act: { type: 'string' },
    sfs: { type: ['string', 'null'] },
    chapter: { type: ['string', 'null'] },
    section: { type: ['string', 'null'] },
    paragraph: { type: ['string', 'null'] },
    url: { type: ['string', 'null'] },
  },
} as const;

/** JSON Schema of the rules catalogue: rule sets and dated values with validity and sources. */
export const RULES_CATALOGUE_SCHEMA = {
  type: 'object',
  description:
    'The rule sets and dated values the assessments apply, each with its validity and sources.',
  required: ['ruleSets', 'values'],
  properties: {
    ruleSets: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'label', 'validFrom', 'validTo', 'citations', 'sources', 'verifiedOn'],
        properties: {
          id: { type: 'string' },
          label: {
            type: 'object',
            required: ['sv', 'en'],
            properties: { sv: { type: 'string' }, en: { type: 'string' } },
          },
          validFrom: DATE,
          validTo: DATE_OR_OPEN,
          citations: { type: 'array', items: CITATION },
          sources: SOURCES,
          verifiedOn: DATE,
          provisions: {
            type: 'object',
            additionalProperties: { type: ['array', 'null'], items: CITATION },
          },
        },
      },
    },
    values: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'validFrom', 'validTo', 'sek', 'eur', 'unit', 'verified', 'sources'],
        properties: {
          id: { type: 'string' },
          validFrom: DATE,
          validTo: DATE_OR_OPEN,
          sek: { type: ['number', 'null'], description: 'null where the SEK figure is not known' },
          eur: { type: ['number', 'null'] },
          unit: { enum: ['SEK', 'EUR', 'flag'] },
          verified: {
            type: 'string',
            description: 'How the figure is known: source, derived, eur_only, not_published, ...',
          },
          sources: SOURCES,
          verifiedOn: DATE,
          note: { type: 'string' },
        },
      },
    },
  },
} as const;
