// The JSON Schemas and query parameters of these routes, published in the OpenAPI document.
import {
  CHALLENGE_KINDS,
  CHALLENGE_LIMITS,
  CHALLENGE_STATUSES,
  GOAL_IDS,
} from '../../domain/directory/index';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const TIME = { type: 'string', format: 'date-time' } as const;
const DATE_OR_NULL = { oneOf: [{ type: 'string', format: 'date' }, { type: 'null' }] } as const;
const UUID = { type: 'string', format: 'uuid' } as const;
const KIND = {
  type: 'string',
  enum: [...CHALLENGE_KINDS],
  description: 'challenge (posted by a public body) or initiative (by anyone else).',
} as const;
const STATUS = {
  type: 'string',
  enum: [...CHALLENGE_STATUSES],
  description:
    'ide (idea), dialog, upphandling-partnerskap (procurement or partnership), pagar (running), avslutad (closed: no new interest).',
} as const;
const CODES = (description: string) =>
  ({
    description,
    oneOf: [
      { type: 'array', items: { type: 'string' }, maxItems: 300 },
      { type: 'string', description: 'The codes separated by `|` or commas.' },
    ],
  }) as const;

const CHALLENGE_FIELDS = {
  title: { type: 'string', minLength: 1, maxLength: CHALLENGE_LIMITS.title },
  description: { type: 'string', minLength: 1, maxLength: CHALLENGE_LIMITS.description },
  goals: CODES(`Goal ids: ${GOAL_IDS.join(', ')}.`),
  areaCodes: CODES(
    'Area codes: a kommun (four digits), a län (two digits) or SE for the whole country.',
  ),
  cpv: CODES('CPV codes (85311000-2); the check digit is added when missing.'),
  startsOn: DATE_OR_NULL,
  endsOn: DATE_OR_NULL,
  budgetSek: {
    description: 'Estimated, whole term, excl. VAT, in whole kronor.',
    oneOf: [{ type: 'integer', minimum: 0 }, { type: 'string' }, { type: 'null' }],
  },
  status: STATUS,
  case: {
    description:
      'The facts of a case (the case contract) for the engine to assess; null removes them. Absent in a change: kept.',
    oneOf: [ref('Case'), { type: 'null' }],
  },
} as const;

const REASONS = {
  type: 'array',
  items: {
    type: 'object',
    required: ['text', 'citations'],
    properties: {
      text: { type: 'string' },
      citations: { type: 'array', items: { type: 'object' } },
    },
  },
} as const;

const MESSAGE = {
  type: 'object',
  required: ['id', 'fromOrganisation', 'authorName', 'body', 'createdAt'],
  additionalProperties: false,
  properties: {
    id: UUID,
    fromOrganisation: ref('ChallengeOrganisation'),
    authorName: { type: ['string', 'null'] },
    body: { type: 'string' },
    createdAt: TIME,
  },
} as const;

/** Schemas by name, merged into the registry's. */
export const CHALLENGE_SCHEMAS = {
  ChallengeOrganisation: {
    type: 'object',
    required: ['id', 'name'],
    additionalProperties: false,
    properties: { id: UUID, name: { type: 'string' } },
  },
  Challenge: {
    type: 'object',
    description: 'A societal challenge or an initiative on the board.',
    required: [
      'id',
      'kind',
      'organisation',
      'title',
      'description',
      'goals',
      'areaCodes',
      'cpv',
      'startsOn',
      'endsOn',
      'budgetSek',
      'status',
      'hasCaseFacts',
      'createdAt',
      'updatedAt',
      'version',
    ],
    properties: {
      id: UUID,
      kind: KIND,
      organisation: ref('ChallengeOrganisation'),
      title: { type: 'string' },
      description: { type: 'string' },
      goals: { type: 'array', items: { type: 'string' } },
      areaCodes: { type: 'array', items: { type: 'string' } },
      cpv: { type: 'array', items: { type: 'string' } },
      startsOn: DATE_OR_NULL,
      endsOn: DATE_OR_NULL,
      budgetSek: { type: ['integer', 'null'] },
      status: STATUS,
      hasCaseFacts: { type: 'boolean' },
      createdAt: TIME,
      updatedAt: TIME,
      version: { type: 'integer', description: 'Send it back with a change.' },
      case: { oneOf: [ref('Case'), { type: 'null' }], description: 'Only on a single challenge.' },
      openForms: ref('ChallengeOpenForms'),
    },
  },
  ChallengeOpenForms: {
    type: 'object',
    description:
      "The engine's verdict for each collaboration form, from the case facts under the rules in force on their start date. status no-facts: none given; outside-coverage: the start date is before the earliest rules samverka assesses.",
    required: ['status'],
    properties: {
      status: { type: 'string', enum: ['no-facts', 'outside-coverage', 'assessed'] },
      coverageStart: { type: 'string', format: 'date' },
      asOf: { type: 'string', format: 'date' },
      ruleSet: {
        type: 'object',
        required: ['id', 'label', 'validFrom', 'validTo'],
        properties: {
          id: { type: 'string' },
          label: { type: 'string' },
          validFrom: { type: 'string', format: 'date' },
          validTo: DATE_OR_NULL,
        },
      },
      forms: {
        type: 'array',
        items: {
          type: 'object',
          required: ['form', 'label', 'verdict', 'conditions', 'reasons', 'risks'],
          properties: {
            form: { type: 'string' },
            label: { type: 'string' },
            verdict: {
              type: 'string',
              enum: ['allowed', 'allowed-if', 'not-allowed', 'undetermined'],
            },
            conditions: REASONS,
            reasons: REASONS,
            risks: REASONS,
          },
        },
      },
    },
  },
  ChallengeList: {
    type: 'object',
    required: ['items', 'total', 'limit', 'offset'],
    additionalProperties: false,
    properties: {
      items: { type: 'array', items: ref('Challenge') },
      total: { type: 'integer' },
      limit: { type: 'integer' },
      offset: { type: 'integer' },
    },
  },
  NewChallenge: {
    type: 'object',
    required: ['title', 'description'],
    additionalProperties: false,
    properties: CHALLENGE_FIELDS,
  },
  ChallengeChange: {
    type: 'object',
    description: 'The fields to change, and the version of the challenge the change starts from.',
    required: ['version'],
    additionalProperties: false,
    properties: { ...CHALLENGE_FIELDS, version: { type: 'integer', minimum: 1 } },
  },
  Interest: {
    type: 'object',
    required: [
      'id',
      'challengeId',
      'challengeTitle',
      'poster',
      'interested',
      'createdAt',
      'lastActivityAt',
      'messageCount',
    ],
    additionalProperties: false,
    properties: {
      id: UUID,
      challengeId: UUID,
      challengeTitle: { type: 'string' },
      poster: ref('ChallengeOrganisation'),
      interested: ref('ChallengeOrganisation'),
      createdAt: TIME,
      lastActivityAt: TIME,
      messageCount: { type: 'integer' },
    },
  },
  InterestList: {
    type: 'object',
    required: ['items'],
    additionalProperties: false,
    properties: { items: { type: 'array', items: ref('Interest') } },
  },
  NewInterest: {
    type: 'object',
    required: ['message'],
    additionalProperties: false,
    properties: { message: { type: 'string', minLength: 1, maxLength: 5000 } },
  },
  InterestRegistered: {
    type: 'object',
    required: ['interest', 'created', 'messageId'],
    additionalProperties: false,
    properties: {
      interest: ref('Interest'),
      created: {
        type: 'boolean',
        description:
          'false when the organisation had registered interest before: the message was added to that conversation.',
      },
      messageId: UUID,
    },
  },
  NewContact: {
    type: 'object',
    required: ['orgnr', 'message'],
    additionalProperties: false,
    properties: {
      orgnr: {
        type: 'string',
        description:
          'The organisationsnummer of the directory entry to write to, NNNNNN-NNNN or ten digits.',
      },
      message: { type: 'string', minLength: 1, maxLength: 5000 },
    },
  },
  Conversation: {
    type: 'object',
    required: ['interest', 'messages'],
    additionalProperties: false,
    properties: { interest: ref('Interest'), messages: { type: 'array', items: MESSAGE } },
  },
  ConversationMessage: MESSAGE,
  NewMessage: {
    type: 'object',
    required: ['body'],
    additionalProperties: false,
    properties: { body: { type: 'string', minLength: 1, maxLength: 5000 } },
  },
} as const satisfies Record<string, object>;

/** Parameters by name, merged into the registry's. */
export const CHALLENGE_PARAMETERS = {
  challengeId: {
    name: 'id',
    in: 'path',
    required: true,
    description: 'The challenge id (a UUID).',
    schema: { type: 'string', format: 'uuid' },
  },
  interestId: {
    name: 'id',
    in: 'path',
    required: true,
    description:
      'The interest (conversation) id. Only the two organisations of the conversation see it; anyone else is answered 404.',
    schema: { type: 'string', format: 'uuid' },
  },
  challengeQ: {
    name: 'q',
    in: 'query',
    required: false,
    description:
      'Words to search for in title and description (Swedish full text), at most 200 characters.',
    schema: { type: 'string', maxLength: 200 },
  },
  challengeKind: {
    name: 'kind',
    in: 'query',
    required: false,
    description: 'challenge or initiative.',
    schema: { type: 'string', enum: [...CHALLENGE_KINDS] },
  },
  challengeStatus: {
    name: 'status',
    in: 'query',
    required: false,
    description: 'One or more statuses, comma-separated.',
    schema: { type: 'string' },
  },
  challengeGoal: {
    name: 'goal',
    in: 'query',
    required: false,
    description: 'A goal id the challenge names.',
    schema: { type: 'string', enum: [...GOAL_IDS] },
  },
  challengeArea: {
    name: 'area',
    in: 'query',
    required: false,
    description:
      'A kommun or län code: challenges in it, in its län (for a kommun) or its kommuner (for a län), and those for the whole country.',
    schema: { type: 'string' },
  },
  challengeLimit: {
    name: 'limit',
    in: 'query',
    required: false,
    description: 'Challenges per answer, 1 to 100 (default 20).',
    schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
  },
  challengeOffset: {
    name: 'offset',
    in: 'query',
    required: false,
    description:
      'Challenges to skip, for the next pages (default 0). The order is stable: newest first, then by id.',
    schema: { type: 'integer', minimum: 0, default: 0 },
  },
} as const;
