// The routes of saved cases in the API registry: the server serves them and the OpenAPI document
// describes them, each with its access rule.
import type { ApiRoute } from '../route-registry';
import {
  getCase,
  getCaseMemo,
  getCases,
  patchCase,
  postCase,
  postReassessment,
} from './cases-handler';

const NOT_FOUND = {
  description:
    'No saved case of your organisation has this id (a case of another organisation is answered the same way).',
  schema: 'Errors',
} as const;
const BAD_REQUEST = {
  description: 'The body or a parameter is not valid; each error names its field.',
  schema: 'Errors',
} as const;
const CONFLICT = {
  description:
    'The case has changed since the version you sent (code version-conflict), or it is archived (code archived). Nothing was changed: read the case again and repeat the change if it is still needed.',
  schema: 'Errors',
} as const;

/** `GET /api/v1/cases`. */
export const listCasesRoute: ApiRoute = {
  method: 'GET',
  path: '/api/v1/cases',
  operationId: 'listSavedCases',
  summary: "Your organisation's saved cases",
  description:
    "The saved cases of the caller's organisation, the most recently changed first, a page at a time.",
  tag: 'cases',
  access: { action: 'case.read' },
  parameters: ['caseStatus', 'caseLimit', 'caseOffset', 'lang'],
  responses: {
    200: { description: 'A page of cases.', schema: 'SavedCaseList' },
    400: BAD_REQUEST,
  },
  handler: getCases,
};

/** `POST /api/v1/cases`. */
export const createCaseRoute: ApiRoute = {
  method: 'POST',
  path: '/api/v1/cases',
  operationId: 'saveCase',
  summary: 'Save a case with its assessment and the rules it was made under',
  description:
    'Saves the facts (a case v1) under a title, assessed under the rules in force on its start date. The assessment is kept with the rule set, the values it used (threshold, direct-award limit, …) and the fingerprint of the rule data, texts in Swedish.',
  tag: 'cases',
  access: { action: 'case.create' },
  parameters: ['lang'],
  requestBody: 'NewSavedCase',
  responses: {
    201: { description: 'The saved case.', schema: 'SavedCase', headers: ['Location'] },
    400: BAD_REQUEST,
    413: { description: 'The body is too large.', schema: 'Errors' },
  },
  handler: postCase,
};

/** `GET /api/v1/cases/{id}`. */
export const getCaseRoute: ApiRoute = {
  method: 'GET',
  path: '/api/v1/cases/{id}',
  operationId: 'getSavedCase',
  summary: 'One saved case',
  description:
    'The case with its facts, its latest assessment (with the rules and values it was made under), every assessment, the notes and the decisions.',
  tag: 'cases',
  access: { action: 'case.read' },
  parameters: ['caseId'],
  responses: {
    200: { description: 'The case.', schema: 'SavedCase' },
    404: NOT_FOUND,
  },
  handler: getCase,
};

/** `PATCH /api/v1/cases/{id}`. */
export const changeCaseRoute: ApiRoute = {
  method: 'PATCH',
  path: '/api/v1/cases/{id}',
  operationId: 'changeSavedCase',
  summary: 'Rename, archive or restore a case, add a note, record the decision',
  description:
    'Applies the changes together or not at all, if the case is still at `version`; the version then goes up by one. The title and a note need case.update, the status case.archive, the decision case.decide. A decision is recorded on the latest assessment, with who made it and when. An archived case takes no change but being restored.',
  tag: 'cases',
  access: {
    action: 'case.update',
    fieldActions: { status: 'case.archive', decision: 'case.decide' },
  },
  parameters: ['caseId', 'lang'],
  requestBody: 'SavedCaseChange',
  responses: {
    200: { description: 'The case after the change.', schema: 'SavedCase' },
    400: BAD_REQUEST,
    404: NOT_FOUND,
    409: CONFLICT,
  },
  handler: patchCase,
};

/** `POST /api/v1/cases/{id}/reassessment`. */
export const reassessCaseRoute: ApiRoute = {
  method: 'POST',
  path: '/api/v1/cases/{id}/reassessment',
  operationId: 'reassessSavedCase',
  summary: "Re-assess a case under today's rules and say what changed",
  description:
    'Assesses the saved facts under the rules in force today in Sweden (or on the start date, if later) with the rule data of this version, keeps it as the latest assessment, and answers with what changed since the assessment before it and why: the rule set, the values, each form whose verdict changed with its new reasons, the questions added or no longer needed.',
  tag: 'cases',
  access: { action: 'case.update' },
  parameters: ['caseId', 'lang'],
  requestBody: 'SavedCaseVersion',
  responses: {
    200: { description: 'The new assessment and what changed.', schema: 'Reassessment' },
    400: BAD_REQUEST,
    404: NOT_FOUND,
    409: CONFLICT,
  },
  handler: postReassessment,
};

/** `GET /api/v1/cases/{id}/memo`. */
export const caseMemoRoute: ApiRoute = {
  method: 'GET',
  path: '/api/v1/cases/{id}/memo',
  operationId: 'getSavedCaseMemo',
  summary: 'The decision memo of a saved case',
  description:
    "The memo made from the saved facts and the latest saved assessment, with the recorded decision, in Markdown, Word or PDF. Every export is recorded in the organisation's audit log.",
  tag: 'cases',
  access: { action: 'case.export' },
  parameters: ['caseId', 'memoFormat', 'lang'],
  responses: {
    200: {
      description: 'The memo, as a download.',
      media: {
        'text/markdown': { type: 'string' },
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
          type: 'string',
          contentMediaType:
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        },
        'application/pdf': { type: 'string', contentMediaType: 'application/pdf' },
      },
      headers: ['Content-Disposition'],
    },
    400: BAD_REQUEST,
    404: NOT_FOUND,
  },
  handler: getCaseMemo,
};

/** Every route of saved cases, in the order the OpenAPI document lists them. */
export const CASE_ROUTES: readonly ApiRoute[] = [
  listCasesRoute,
  createCaseRoute,
  getCaseRoute,
  changeCaseRoute,
  reassessCaseRoute,
  caseMemoRoute,
];
