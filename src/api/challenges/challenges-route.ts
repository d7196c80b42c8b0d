// The routes of the board in the API registry: the server serves them and the OpenAPI document
// describes them, each with its access rule.
import type { ApiRoute } from '../route-registry';
import {
  getChallenge,
  getChallenges,
  getInterests,
  getMessages,
  patchChallenge,
  postChallenge,
  postContact,
  postInterest,
  postMessage,
} from './challenges-handler';

const BAD_REQUEST = {
  description: 'The body or a parameter is not valid; each error names its field.',
  schema: 'Errors',
} as const;
const CHALLENGE_NOT_FOUND = {
  description: 'No challenge has this id (or, for a change, it is not your organisation’s).',
  schema: 'Errors',
} as const;
const INTEREST_NOT_FOUND = {
  description:
    'No conversation with this id that your organisation is a party to: anyone but the poster and the interested organisation is answered the same way.',
  schema: 'Errors',
} as const;

/** The routes of this area, in the order the OpenAPI document lists them. */
export const CHALLENGE_ROUTES: readonly ApiRoute[] = [
  {
    method: 'GET',
    path: '/api/v1/challenges',
    operationId: 'listChallenges',
    summary: 'The board of societal challenges and initiatives',
    description:
      'Challenges posted by public bodies and initiatives posted by idéburna organisations and social enterprises, newest first (then by id, so pages never repeat or skip one). Public.',
    tag: 'challenges',
    access: 'public',
    parameters: [
      'challengeQ',
      'challengeKind',
      'challengeStatus',
      'challengeGoal',
      'challengeArea',
      'challengeLimit',
      'challengeOffset',
      'lang',
    ],
    responses: {
      200: { description: 'A page of the board.', schema: 'ChallengeList' },
      400: BAD_REQUEST,
    },
    handler: getChallenges,
  },
  {
    method: 'POST',
    path: '/api/v1/challenges',
    operationId: 'postChallenge',
    summary: 'Post a challenge or an initiative',
    description:
      'A public body posts a challenge; any other organisation an initiative. With `case` (the facts of a case), the answer and the challenge page show the collaboration forms the engine finds open.',
    tag: 'challenges',
    access: { action: 'challenge.create' },
    parameters: ['lang'],
    requestBody: 'NewChallenge',
    responses: {
      201: { description: 'The challenge posted.', schema: 'Challenge', headers: ['Location'] },
      400: BAD_REQUEST,
    },
    handler: postChallenge,
  },
  {
    method: 'GET',
    path: '/api/v1/challenges/{id}',
    operationId: 'getChallenge',
    summary: 'One challenge, with the forms the engine finds open',
    description:
      "The challenge, its case facts, and `openForms`: the engine's verdict for each collaboration form with its conditions, reasons, risks and citations, and the rule set. Public.",
    tag: 'challenges',
    access: 'public',
    parameters: ['challengeId', 'lang'],
    responses: {
      200: { description: 'The challenge.', schema: 'Challenge' },
      404: CHALLENGE_NOT_FOUND,
    },
    handler: getChallenge,
  },
  {
    method: 'PATCH',
    path: '/api/v1/challenges/{id}',
    operationId: 'changeChallenge',
    summary: 'Change a challenge or its status',
    description:
      'The poster’s organisation changes the fields it sends, if the challenge is still at `version`; the version then goes up by one. `case: null` removes the case facts.',
    tag: 'challenges',
    access: { action: 'challenge.update' },
    parameters: ['challengeId', 'lang'],
    requestBody: 'ChallengeChange',
    responses: {
      200: { description: 'The challenge after the change.', schema: 'Challenge' },
      400: BAD_REQUEST,
      404: CHALLENGE_NOT_FOUND,
      409: {
        description:
          'The challenge has changed since the version you sent (code version-conflict). Nothing was changed.',
        schema: 'Errors',
      },
    },
    handler: patchChallenge,
  },
  {
    method: 'GET',
    path: '/api/v1/challenges/{id}/interests',
    operationId: 'listChallengeInterests',
    summary: 'The interest registered in your challenge',
    description:
      'Every organisation that registered interest, with its conversation. For the poster’s organisation only; anyone else is answered 404.',
    tag: 'challenges',
    access: { action: 'interest.read' },
    parameters: ['challengeId'],
    responses: {
      200: { description: 'The interest, newest activity first.', schema: 'InterestList' },
      404: CHALLENGE_NOT_FOUND,
    },
    handler: getInterests,
  },
  {
    method: 'POST',
    path: '/api/v1/challenges/{id}/interests',
    operationId: 'registerInterest',
    summary: 'Register interest in a challenge with a message',
    description:
      'Opens a conversation between your organisation and the poster’s, with your message; a second registration adds the message to that conversation (200). The poster’s owners and editors are told by e-mail.',
    tag: 'challenges',
    access: { action: 'interest.write' },
    parameters: ['challengeId', 'lang'],
    requestBody: 'NewInterest',
    responses: {
      200: {
        description: 'Interest was registered before: the message was added.',
        schema: 'InterestRegistered',
      },
      201: {
        description: 'The interest registered.',
        schema: 'InterestRegistered',
        headers: ['Location'],
      },
      400: BAD_REQUEST,
      404: CHALLENGE_NOT_FOUND,
      409: {
        description:
          'Your own challenge (code own-challenge) or a closed one (code closed): nothing was registered.',
        schema: 'Errors',
      },
    },
    handler: postInterest,
  },
  {
    method: 'POST',
    path: '/api/v1/challenges/{id}/contacts',
    operationId: 'contactOrganisation',
    summary: 'Write first to an organisation that fits your challenge',
    description:
      'The poster’s organisation opens a conversation with the organisation that keeps the directory entry `orgnr` (typically one of `/api/v1/challenges/{id}/matches`), with its message first; when the two already have a conversation about the challenge, the message is added to it (200). The organisation’s owners and editors are told by e-mail (who wrote and about what, not the message). For the poster’s organisation only; anyone else is answered 404.',
    tag: 'challenges',
    access: { action: 'interest.write' },
    parameters: ['challengeId', 'lang'],
    requestBody: 'NewContact',
    responses: {
      200: {
        description: 'The two already had a conversation: the message was added.',
        schema: 'InterestRegistered',
      },
      201: {
        description: 'The conversation opened.',
        schema: 'InterestRegistered',
        headers: ['Location'],
      },
      400: BAD_REQUEST,
      404: {
        description:
          'No challenge with this id that your organisation posted (path id), or no listed directory entry with this orgnr (path orgnr).',
        schema: 'Errors',
      },
      409: {
        description:
          'Nobody in samverka keeps the entry (code not-claimed: use its contact details), it is your own organisation (code own-organisation), or the challenge is closed (code closed). Nothing was written.',
        schema: 'Errors',
      },
    },
    handler: postContact,
  },
  {
    method: 'GET',
    path: '/api/v1/interests/{id}/messages',
    operationId: 'getConversation',
    summary: 'A conversation and its messages',
    description: 'For the members and tokens of the two organisations of the conversation only.',
    tag: 'challenges',
    access: { action: 'interest.read' },
    parameters: ['interestId'],
    responses: {
      200: { description: 'The conversation, oldest message first.', schema: 'Conversation' },
      404: INTEREST_NOT_FOUND,
    },
    handler: getMessages,
  },
  {
    method: 'POST',
    path: '/api/v1/interests/{id}/messages',
    operationId: 'sendMessage',
    summary: 'Write in a conversation',
    description:
      'One of the two organisations writes; the other side’s owners and editors are told by e-mail (who wrote and about what, not the message).',
    tag: 'challenges',
    access: { action: 'interest.write' },
    parameters: ['interestId', 'lang'],
    requestBody: 'NewMessage',
    responses: {
      201: { description: 'The message.', schema: 'ConversationMessage' },
      400: BAD_REQUEST,
      404: INTEREST_NOT_FOUND,
    },
    handler: postMessage,
  },
];
