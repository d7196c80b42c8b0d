import type { ApiRoute } from '../route-registry';
import { getKnowledgeList, getKnowledgePage } from './knowledge-handler';

/** `GET /api/v1/knowledge`: the knowledge pages. */
export const knowledgeListRoute: ApiRoute = {
  method: 'GET',
  path: '/api/v1/knowledge',
  operationId: 'listKnowledgePages',
  summary: 'The knowledge pages: one per collaboration form, and the guides',
  description:
    'Every knowledge page with its title, summary, address on the website, sources (with what ' +
    'is not verified) and the day its text was last checked against them.',
  tag: 'knowledge',
  access: 'public',
  parameters: ['lang'],
  responses: {
    200: { description: 'The pages.', schema: 'KnowledgeList' },
    400: { description: 'A parameter is wrong; each error names it.', schema: 'Errors' },
  },
  handler: getKnowledgeList,
};

/** `GET /api/v1/knowledge/{id}`: one knowledge page. */
export const knowledgePageRoute: ApiRoute = {
  method: 'GET',
  path: '/api/v1/knowledge/{id}',
  operationId: 'getKnowledgePage',
  summary: 'One knowledge page, with the checks the rules make for its form on a date',
  description:
    'The page as Markdown and HTML with its headings, legal basis as citations, sources, ' +
    'related glossary entries and, for a form page, the verdict, conditions, reasons and risks ' +
    'the rules give for a case starting on date (today in Sweden without it).',
  tag: 'knowledge',
  access: 'public',
  parameters: ['knowledgeId', 'lang', 'knowledgeDate'],
  responses: {
    200: { description: 'The page.', schema: 'KnowledgePage' },
    400: { description: 'A parameter is wrong; each error names it.', schema: 'Errors' },
    404: { description: 'There is no page with this id.', schema: 'Errors' },
  },
  handler: getKnowledgePage,
};
