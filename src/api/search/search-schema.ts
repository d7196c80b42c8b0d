const SEGMENT = {
  type: 'object',
  required: ['text', 'mark'],
  additionalProperties: false,
  properties: {
    text: { type: 'string', description: 'Plain text (never markup).' },
    mark: { type: 'boolean', description: 'true for words that matched the query.' },
  },
} as const;

/** JSON Schema of a search answer. */
export const SEARCH_RESULTS_SCHEMA = {
  type: 'object',
  description: 'Knowledge pages and glossary entries that match the query, best first.',
  required: ['q', 'lang', 'kind', 'limit', 'offset', 'total', 'words', 'hits'],
  additionalProperties: false,
  properties: {
    q: { type: 'string', description: 'The query as given.' },
    lang: { enum: ['sv', 'en'], description: 'The language searched in.' },
    kind: { enum: ['knowledge', 'glossary', null], description: 'The kind asked for, or null.' },
    limit: { type: 'integer', minimum: 1 },
    offset: { type: 'integer', minimum: 0 },
    total: { type: 'integer', minimum: 0, description: 'How many documents match in all.' },
    words: {
      type: 'array',
      items: { type: 'string' },
      description:
        'The words searched for (letters and digits; the rest of the query is ignored). Empty ' +
        'when the query has no words: then there are no hits.',
    },
    hits: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'kind', 'title', 'url', 'href', 'score', 'snippet'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', description: 'knowledge:<page id> or glossary:<entry id>.' },
          kind: { enum: ['knowledge', 'glossary'] },
          title: { type: 'string' },
          url: { type: 'string', description: 'Path of the page, without language.' },
          href: { type: 'string', description: 'Path of the page in the language searched.' },
          score: { type: 'number', description: 'Relevance; higher is better.' },
          snippet: {
            type: 'array',
            items: SEGMENT,
            description: 'An excerpt of the text in pieces, the matched words marked.',
          },
        },
      },
    },
  },
} as const;
