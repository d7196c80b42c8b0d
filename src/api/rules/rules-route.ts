import type { ApiRoute } from '../route-registry';
import { getRules } from './rules-handler';

/** `GET /api/v1/rules`: what the assessments rely on, for a lawyer to check. */
export const rulesRoute: ApiRoute = {
  method: 'GET',
  path: '/api/v1/rules',
  operationId: 'getRules',
  summary: 'The rule sets and dated values, with validity and sources',
  description:
    'Every rule set (by the start dates it governs) and every dated value (thresholds, ' +
    'direct-award limits, ceilings) with its validity, citations, sources and the day it was ' +
    'last verified.',
  tag: 'rules',
  access: 'public',
  parameters: [],
  responses: { 200: { description: 'The catalogue.', schema: 'RulesCatalogue' } },
  handler: getRules,
};
