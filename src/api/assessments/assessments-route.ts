import type { ApiRoute } from '../route-registry';
import { postAssessment } from './assessments-handler';

/** `POST /api/v1/assessments`: a case in, an assessment out. */
export const assessmentsRoute: ApiRoute = {
  method: 'POST',
  path: '/api/v1/assessments',
  operationId: 'createAssessment',
  summary: 'Assess a case: which collaboration forms the rules in force allow',
  description:
    'Takes a case v1 and answers with an assessment v1: the regime in force on the start date and ' +
    'a verdict with reasons and citations for each of the twelve collaboration forms. Bad input ' +
    '(malformed JSON, wrong types, unknown values, CPV codes or organisationsnummer with a wrong ' +
    'check digit, impossible dates) gets 400 with one error per problem.',
  tag: 'assessments',
  access: 'public',
  parameters: ['lang', 'explain'],
  requestBody: 'Case',
  responses: {
    200: { description: 'The assessment.', schema: 'Assessment' },
    400: { description: 'The request or the case is not valid.', schema: 'Errors' },
    413: { description: 'The body is too large.', schema: 'Errors' },
  },
  handler: postAssessment,
};
