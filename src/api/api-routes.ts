import { assessmentsRoute } from './assessments/assessments-route';
import { CASE_ROUTES } from './cases/cases-route';
import { CHALLENGE_ROUTES } from './challenges/challenges-route';
import { DIRECTORY_ROUTES } from './directory/directory-route';
import { TRANSFER_ROUTES } from './directory-transfer/directory-transfer-route';
import { MATCHING_ROUTES } from './matching/matching-route';
import { glossaryRoute } from './glossary/glossary-route';
import { knowledgeListRoute, knowledgePageRoute } from './knowledge/knowledge-route';
import { openApiRoute } from './openapi/openapi-route';
import type { ApiRoute } from './route-registry';
import { rulesRoute } from './rules/rules-route';
import { searchRoute } from './search/search-route';

/** Every route of the API, in the order the OpenAPI document lists them. */
export const API_ROUTES: readonly ApiRoute[] = [
  assessmentsRoute,
  rulesRoute,
  glossaryRoute,
  knowledgeListRoute,
  knowledgePageRoute,
  searchRoute,
  ...CASE_ROUTES,
  ...DIRECTORY_ROUTES,
  ...TRANSFER_ROUTES,
  ...CHALLENGE_ROUTES,
  ...MATCHING_ROUTES,
  openApiRoute(() => API_ROUTES),
];
