import type { ApiRoute } from '../route-registry';
import { getChallengeMatches, getOrganisationMatches } from './matching-handler';

const BAD_REQUEST = {
  description: 'A filter or page parameter is not valid; each error names its parameter.',
  schema: 'Errors',
} as const;

/** `GET /api/v1/challenges/{id}/matches`. */
export const challengeMatchesRoute: ApiRoute = {
  method: 'GET',
  path: '/api/v1/challenges/{id}/matches',
  operationId: 'matchOrganisationsForChallenge',
  summary: 'The organisations that fit a challenge, each score explained',
  description:
    'Listed organisations of the directory that serve the area of the challenge and share a goal (or a related one), a service (CPV code, category or group) or words of its title, ranked by a score of 0 to 100: goals 30, area 25, services 20, eligibility for the reserved procurements the engine finds open for the case facts 15 (only when the challenge has case facts), similar collaborations 10. The database takes the best 300 candidates by a coarse score of the same weights; those are scored exactly and ranked by score, then name, then organisation number, so pages never overlap. Each reason comes as data and as a sentence in the language asked for.',
  tag: 'matching',
  access: 'public',
  parameters: [
    'matchChallengeId',
    'matchKommun',
    'matchLan',
    'matchLegalForm',
    'matchRegistered',
    'matchGoal',
    'matchMinScore',
    'matchLimit',
    'matchOffset',
    'lang',
  ],
  responses: {
    200: { description: 'A page of ranked organisations.', schema: 'ChallengeMatches' },
    400: BAD_REQUEST,
    404: { description: 'No challenge has this id.', schema: 'Errors' },
  },
  handler: getChallengeMatches,
};

/** `GET /api/v1/organisations/{orgnr}/matches`. */
export const organisationMatchesRoute: ApiRoute = {
  method: 'GET',
  path: '/api/v1/organisations/{orgnr}/matches',
  operationId: 'matchChallengesForOrganisation',
  summary: 'The challenges that fit an organisation, each score explained',
  description:
    'Challenges and initiatives (every status but avslutad unless asked) whose area the organisation serves, scored as for the organisations of a challenge, so that a pair has the same score and reasons both ways; the reasons speak of "the challenge". The best 200 by a coarse score are ranked by score, then title, then id.',
  tag: 'matching',
  access: 'public',
  parameters: [
    'matchOrgnr',
    'matchStatus',
    'matchKind',
    'matchMinScore',
    'matchLimit',
    'matchOffset',
    'lang',
  ],
  responses: {
    200: { description: 'A page of ranked challenges.', schema: 'OrganisationMatches' },
    400: BAD_REQUEST,
    404: { description: 'No listed organisation has this number.', schema: 'Errors' },
  },
  handler: getOrganisationMatches,
};

/** The routes of this area, in the order the OpenAPI document lists them. */
export const MATCHING_ROUTES: readonly ApiRoute[] = [
  challengeMatchesRoute,
  organisationMatchesRoute,
];
