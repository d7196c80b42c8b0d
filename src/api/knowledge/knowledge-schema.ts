const TEXT = { type: 'string' } as const;
const NULLABLE_TEXT = { type: ['string', 'null'] } as const;

const SOURCE = {
  type: 'object',
  required: ['id', 'short', 'kind', 'title', 'url', 'verified', 'note'],
  properties: {
    id: TEXT,
    short: { type: 'string', description: 'How a citation names the source: LOU, KL, HFD …' },
    kind: { enum: ['act', 'eu-act', 'bill', 'judgment', 'guidance', 'report'] },
    title: TEXT,
    url: TEXT,
    verified: {
      type: 'boolean',
      description:
        'false: samverka relies on the source without having read it; note says what is open.',
    },
    note: NULLABLE_TEXT,
  },
} as const;

const PAGE_SUMMARY_PROPERTIES = {
  id: TEXT,
  kind: { enum: ['form', 'guide'] },
  form: { type: ['string', 'null'], description: 'The collaboration form a form page explains.' },
  title: TEXT,
  summary: TEXT,
  url: { type: 'string', description: 'The page on the website, in the language asked for.' },
  sources: { type: 'array', items: SOURCE },
  verifiedOn: { type: 'string', format: 'date' },
} as const;

const PAGE_SUMMARY_REQUIRED = [
  'id',
  'kind',
  'form',
  'title',
  'summary',
  'url',
  'sources',
  'verifiedOn',
] as const;

const CITATION = {
  type: 'object',
  required: ['act', 'text'],
  properties: {
    act: TEXT,
    sfs: NULLABLE_TEXT,
    chapter: NULLABLE_TEXT,
    section: NULLABLE_TEXT,
    paragraph: NULLABLE_TEXT,
    url: NULLABLE_TEXT,
    text: { type: 'string', description: 'As a lawyer writes it: 19 kap. 25 a § LOU (2016:1145).' },
  },
} as const;

const REASON = {
  type: 'object',
  required: ['code', 'text', 'citations'],
  properties: { code: TEXT, text: TEXT, citations: { type: 'array', items: CITATION } },
} as const;

/** JSON Schema of `GET /api/v1/knowledge`. */
export const KNOWLEDGE_LIST_SCHEMA = {
  type: 'object',
  description: 'Every knowledge page: one per collaboration form, and the guides.',
  required: ['lang', 'count', 'pages'],
  properties: {
    lang: { enum: ['sv', 'en'] },
    count: { type: 'integer', minimum: 0 },
    pages: {
      type: 'array',
      items: {
        type: 'object',
        required: PAGE_SUMMARY_REQUIRED,
        properties: PAGE_SUMMARY_PROPERTIES,
      },
    },
  },
} as const;

/** JSON Schema of `GET /api/v1/knowledge/{id}`. */
export const KNOWLEDGE_PAGE_SCHEMA = {
  type: 'object',
  description:
    'One knowledge page in one language: its text as Markdown and HTML, legal basis, sources, ' +
    'related glossary entries and, for a form, the checks the rules make on the date asked for.',
  required: [
    ...PAGE_SUMMARY_REQUIRED,
    'lang',
    'markdown',
    'html',
    'headings',
    'legalBasis',
    'compare',
    'interview',
    'glossary',
    'checks',
  ],
  properties: {
    ...PAGE_SUMMARY_PROPERTIES,
    lang: { enum: ['sv', 'en'] },
    markdown: TEXT,
    html: { type: 'string', description: 'The Markdown as HTML; citations link to their sources.' },
    headings: {
      type: 'array',
      items: {
        type: 'object',
        required: ['level', 'text', 'slug'],
        properties: { level: { type: 'integer' }, text: TEXT, slug: TEXT },
      },
    },
    legalBasis: {
      type: 'array',
      items: {
        type: 'object',
        required: ['source', 'ref', 'text', 'title', 'url', 'verified'],
        properties: {
          source: TEXT,
          ref: NULLABLE_TEXT,
          text: { type: 'string', description: 'The citation: 2 kap. 1 § KL.' },
          title: NULLABLE_TEXT,
          url: NULLABLE_TEXT,
          verified: { type: 'boolean' },
        },
      },
    },
    compare: {
      type: ['object', 'null'],
      description: 'The page’s row in the comparison of the forms; null for a guide.',
      additionalProperties: TEXT,
    },
    interview: {
      type: 'object',
      description: 'Answers that pre-fill the guided interview (its permalink parameters).',
      additionalProperties: TEXT,
    },
    glossary: {
      type: 'object',
      required: ['related', 'inText'],
      properties: {
        related: {
          type: 'array',
          items: TEXT,
          description: 'Glossary entries related to the page’s form.',
        },
        inText: { type: 'array', items: TEXT, description: 'Glossary terms the text uses.' },
      },
    },
    checks: {
      type: ['object', 'null'],
      description:
        'For a form page: the engine’s verdict, conditions, reasons and risks for a case of ' +
        'which only the start date is known; null for a guide.',
      required: ['date', 'ruleSet', 'verdict', 'conditions', 'reasons', 'risks', 'questions'],
      properties: {
        date: { type: 'string', format: 'date' },
        ruleSet: {
          type: 'object',
          required: ['id', 'validFrom', 'validTo', 'label'],
          properties: {
            id: TEXT,
            validFrom: { type: 'string', format: 'date' },
            validTo: { type: ['string', 'null'], format: 'date' },
            label: TEXT,
          },
        },
        verdict: { enum: ['allowed', 'allowed-if', 'not-allowed', 'undetermined'] },
        conditions: { type: 'array', items: REASON },
        reasons: { type: 'array', items: REASON },
        risks: { type: 'array', items: REASON },
        questions: {
          type: 'array',
          items: {
            type: 'object',
            required: ['field', 'text'],
            properties: { field: TEXT, text: TEXT },
          },
        },
      },
    },
  },
} as const;
