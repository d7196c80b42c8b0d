import type { ApiRoute } from '../route-registry';
import { getGlossary } from './glossary-handler';

/** `GET /api/v1/glossary`: the two-way glossary, searchable from either side. */
export const glossaryRoute: ApiRoute = {
  method: 'GET',
  path: '/api/v1/glossary',
  operationId: 'getGlossary',
  summary: 'The two-way glossary: procurement words and civil-society words for each concept',
  description:
    'Every glossary entry, or those q finds: matching ignores case and finds words by their ' +
    'beginning, in the words of both sides, both languages and their word forms, and after ' +
    'those in the definition; best first. With side, one line per word of that side in the ' +
    'requested language, in alphabetical order.',
  tag: 'glossary',
  access: 'public',
  parameters: ['lang', 'glossaryQ', 'glossarySide'],
  responses: {
    200: { description: 'The entries found.', schema: 'Glossary' },
    400: { description: 'A parameter is wrong; each error names it.', schema: 'Errors' },
  },
  handler: getGlossary,
};
