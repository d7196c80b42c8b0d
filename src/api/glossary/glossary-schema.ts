const LOCALIZED = {
  type: 'object',
  required: ['sv', 'en'],
  properties: { sv: { type: 'string' }, en: { type: 'string' } },
} as const;

const TERMS = {
  type: 'object',
  required: ['sv', 'en'],
  properties: {
    sv: { type: 'array', items: { type: 'string' } },
    en: { type: 'array', items: { type: 'string' } },
  },
} as const;

/** JSON Schema of the glossary answer: the entries found, in order, with why each was found. */
export const GLOSSARY_SCHEMA = {
  type: 'object',
  description:
    'Glossary entries: each concept with the procurement words and the civil-society words, in Swedish and English.',
  required: ['count', 'entries'],
  properties: {
    count: { type: 'integer', minimum: 0, description: 'The number of entries (lines) answered.' },
    entries: {
      type: 'array',
      items: {
        type: 'object',
        required: [
          'id',
          'url',
          'term',
          'matched',
          'procurement',
          'civil',
          'match',
          'definition',
          'example',
          'legal',
          'sources',
          'forms',
          'related',
        ],
        properties: {
          id: { type: 'string' },
          url: { type: 'string', description: 'The entry on the glossary page.' },
          term: {
            type: 'string',
            description:
              'The word the line is listed under, in the requested language: the first procurement word, or with side a word of that side.',
          },
          matched: {
            type: ['object', 'null'],
            description: 'Why the entry was found; null without q.',
            required: ['field', 'lang', 'text'],
            properties: {
              field: { enum: ['procurement', 'civil', 'form', 'definition'] },
              lang: { enum: ['sv', 'en'] },
              text: { type: 'string' },
            },
          },
          procurement: { ...TERMS, description: "The public buyer's words." },
          civil: { ...TERMS, description: "The idéburen organisation's words." },
          match: { ...TERMS, description: 'More word forms of the terms.' },
          definition: LOCALIZED,
          example: LOCALIZED,
          legal: { type: 'boolean', description: 'The definition rests on law.' },
          sources: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'short', 'kind', 'title', 'url', 'verified', 'note'],
              properties: {
                id: { type: 'string' },
                short: { type: 'string' },
                kind: { type: 'string' },
                title: LOCALIZED,
                url: { type: 'string' },
                verified: { type: 'boolean' },
                note: {
                  oneOf: [LOCALIZED, { type: 'null' }],
                  description: 'What is open, for a source not verified.',
                },
              },
            },
          },
          forms: { type: 'array', items: { type: 'string' }, description: 'Related form ids.' },
          related: {
            type: 'array',
            items: { type: 'string' },
            description: 'Ids of related entries.',
          },
        },
      },
    },
  },
} as const;
