// JSON Schemas of the saved cases' API: the bodies it reads and the answers it gives. They refer
// to the contract's case and assessment schemas by their names in the OpenAPI document.
import { FORM_IDS, VERDICTS } from '../../rules';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const DATE = { type: 'string', format: 'date' } as const;
const TIME = { type: 'string', format: 'date-time' } as const;
const NAME = {
  type: ['string', 'null'],
  description: 'The person or "API: token name"; null when the account has been removed.',
} as const;
const WHO = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: { name: NAME },
} as const;
const FORM = { type: 'string', enum: [...FORM_IDS] } as const;
const VERDICT = { type: 'string', enum: [...VERDICTS] } as const;
const CITATION = {
  type: 'object',
  required: ['act', 'sfs', 'chapter', 'section', 'paragraph', 'url'],
  properties: {
    act: { type: 'string' },
    sfs: { type: ['string', 'null'] },
    chapter: { type: ['string', 'null'] },
    section: { type: ['string', 'null'] },
    paragraph: { type: ['string', 'null'] },
    url: { type: ['string', 'null'] },
  },
} as const;
const AMOUNT = {
  type: ['object', 'null'],
  required: ['sek', 'eur', 'validFrom', 'validTo', 'verified', 'citations'],
  properties: {
    sek: { type: ['number', 'null'] },
    eur: { type: ['number', 'null'] },
    validFrom: DATE,
    validTo: { type: ['string', 'null'], format: 'date' },
    verified: { type: 'string' },
    citations: { type: 'array', items: CITATION },
  },
} as const;
const RULE_SET = {
  type: 'object',
  required: ['id', 'validFrom', 'validTo'],
  properties: {
    id: { type: 'string' },
    validFrom: DATE,
    validTo: { type: ['string', 'null'], format: 'date' },
  },
} as const;
const RULE_VALUES = {
  type: 'object',
  description: 'The values the assessment was made under, as they were then.',
  required: [
    'ruleSet',
    'act',
    'sfs',
    'bilaga2',
    'threshold',
    'directAwardLimit',
    'aboveThreshold',
    'citations',
  ],
  properties: {
    ruleSet: RULE_SET,
    act: { type: 'string' },
    sfs: { type: ['string', 'null'] },
    bilaga2: { type: ['boolean', 'null'] },
    threshold: AMOUNT,
    directAwardLimit: AMOUNT,
    aboveThreshold: { type: ['boolean', 'null'] },
    citations: { type: 'array', items: CITATION },
  },
} as const;
const ASSESSMENT_RECORD = {
  id: { type: 'string', format: 'uuid' },
  asOf: { ...DATE, description: 'The date the rules were chosen by.' },
  ruleSetId: { type: 'string' },
  rulesVersion: {
    type: 'string',
    pattern: '^sha256:[0-9a-f]{64}$',
    description: 'The fingerprint of the rule data the assessment was made with.',
  },
  ruleValues: RULE_VALUES,
  assessedAt: TIME,
  assessedBy: WHO,
} as const;
const DECISION = {
  type: 'object',
  required: ['id', 'form', 'motivation', 'assessmentId', 'decidedBy', 'decidedAt'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', format: 'uuid' },
    form: FORM,
    motivation: { type: 'string' },
    assessmentId: {
      type: 'string',
      format: 'uuid',
      description: 'The assessment the decision was made on.',
    },
    decidedBy: WHO,
    decidedAt: TIME,
  },
} as const;
const REASON = {
  type: 'object',
  required: ['code', 'text', 'citations'],
  properties: {
    code: { type: 'string' },
    text: { type: 'string' },
    citations: { type: 'array', items: CITATION },
  },
} as const;
const STATUS = { type: 'string', enum: ['open', 'archived'] } as const;
const TITLE = { type: 'string', minLength: 1, maxLength: 200 } as const;
const TEXT = { type: 'string', minLength: 1, maxLength: 10000 } as const;
const VERSION = {
  type: 'integer',
  minimum: 1,
  description: 'The version of the case the change starts from; 409 if it has changed since.',
} as const;

/** The schemas of saved cases, by their names in the OpenAPI document. */
export const SAVED_CASE_SCHEMAS = {
  SavedCase: {
    type: 'object',
    description:
      'A saved case: its facts, its latest assessment with the rules it was made under (texts in Swedish, as saved), every assessment, the notes and the decisions.',
    required: [
      'id',
      'title',
      'status',
      'version',
      'createdAt',
      'createdBy',
      'updatedAt',
      'case',
      'assessment',
      'assessments',
      'notes',
      'decision',
      'decisions',
      'links',
    ],
    additionalProperties: false,
    properties: {
      id: { type: 'string', format: 'uuid' },
      title: { type: 'string' },
      status: STATUS,
      version: { type: 'integer', minimum: 1 },
      createdAt: TIME,
      createdBy: WHO,
      updatedAt: TIME,
      case: ref('Case'),
      assessment: {
        type: 'object',
        description: 'The latest assessment; a decision is recorded on it.',
        required: [...Object.keys(ASSESSMENT_RECORD), 'assessment'],
        additionalProperties: false,
        properties: { ...ASSESSMENT_RECORD, assessment: ref('Assessment') },
      },
      assessments: {
        type: 'array',
        description: 'Every assessment, the first first, with the verdict for each form.',
        items: {
          type: 'object',
          required: [...Object.keys(ASSESSMENT_RECORD), 'verdicts'],
          additionalProperties: false,
          properties: {
            ...ASSESSMENT_RECORD,
            verdicts: { type: 'object', additionalProperties: VERDICT },
          },
        },
      },
      notes: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'body', 'author', 'createdAt'],
          additionalProperties: false,
          properties: {
            id: { type: 'string', format: 'uuid' },
            body: { type: 'string' },
            author: WHO,
            createdAt: TIME,
          },
        },
      },
      decision: { oneOf: [DECISION, { type: 'null' }], description: 'The latest decision.' },
      decisions: {
        type: 'array',
        items: DECISION,
        description: 'Every decision, the first first.',
      },
      links: {
        type: 'object',
        required: ['self', 'page'],
        properties: { self: { type: 'string' }, page: { type: 'string' } },
      },
    },
  },
  SavedCaseList: {
    type: 'object',
    required: ['cases', 'total', 'limit', 'offset'],
    additionalProperties: false,
    properties: {
      cases: {
        type: 'array',
        items: {
          type: 'object',
          required: [
            'id',
            'title',
            'status',
            'version',
            'createdAt',
            'updatedAt',
            'asOf',
            'ruleSetId',
            'decisionForm',
          ],
          additionalProperties: false,
          properties: {
            id: { type: 'string', format: 'uuid' },
            title: { type: 'string' },
            status: STATUS,
            version: { type: 'integer' },
            createdAt: TIME,
            updatedAt: TIME,
            asOf: DATE,
            ruleSetId: { type: 'string' },
            decisionForm: { oneOf: [FORM, { type: 'null' }] },
          },
        },
      },
      total: { type: 'integer', minimum: 0 },
      limit: { type: 'integer' },
      offset: { type: 'integer' },
    },
  },
  NewSavedCase: {
    type: 'object',
    description: 'A case to save: its title and its facts (a case v1).',
    required: ['title', 'case'],
    additionalProperties: false,
    properties: { title: TITLE, case: ref('Case') },
  },
  SavedCaseChange: {
    type: 'object',
    description:
      'Changes to a saved case, applied together or not at all: a new title (case.update), a status (case.archive), a note to add (case.update), a decision to record on the latest assessment (case.decide).',
    required: ['version'],
    minProperties: 2,
    additionalProperties: false,
    properties: {
      version: VERSION,
      title: TITLE,
      status: STATUS,
      note: TEXT,
      decision: {
        type: 'object',
        required: ['form', 'motivation'],
        additionalProperties: false,
        properties: { form: FORM, motivation: TEXT },
      },
    },
  },
  SavedCaseVersion: {
    type: 'object',
    required: ['version'],
    additionalProperties: false,
    properties: { version: VERSION },
  },
  Reassessment: {
    type: 'object',
    description:
      'The case re-assessed under the rules of today (or of its start date, if later), kept as its latest assessment, and what changed since the assessment before it, with why.',
    required: ['version', 'assessment', 'changes'],
    additionalProperties: false,
    properties: {
      version: { type: 'integer', minimum: 1 },
      assessment: {
        type: 'object',
        required: [...Object.keys(ASSESSMENT_RECORD), 'assessment'],
        additionalProperties: false,
        properties: { ...ASSESSMENT_RECORD, assessment: ref('Assessment') },
      },
      changes: {
        type: 'object',
        required: [
          'outcome',
          'headline',
          'asOf',
          'rulesDataChanged',
          'ruleSet',
          'rules',
          'forms',
          'questionsAdded',
          'questionsRemoved',
        ],
        additionalProperties: false,
        properties: {
          outcome: { type: 'string', enum: ['no-change', 'rules-changed', 'assessment-changed'] },
          headline: { type: 'string' },
          asOf: {
            type: 'object',
            required: ['from', 'to'],
            properties: { from: DATE, to: DATE },
          },
          rulesDataChanged: { type: 'boolean' },
          ruleSet: {
            oneOf: [
              {
                type: 'object',
                required: ['from', 'to'],
                properties: { from: RULE_SET, to: RULE_SET },
              },
              { type: 'null' },
            ],
          },
          rules: {
            type: 'array',
            items: { type: 'string' },
            description: 'The date, the rule data, the rule set and each value that changed.',
          },
          forms: {
            type: 'array',
            items: {
              type: 'object',
              required: ['form', 'from', 'to', 'text', 'conditions', 'reasons', 'risks'],
              additionalProperties: false,
              properties: {
                form: FORM,
                from: VERDICT,
                to: VERDICT,
                text: { type: 'string' },
                conditions: { type: 'array', items: REASON },
                reasons: { type: 'array', items: REASON },
                risks: { type: 'array', items: REASON },
              },
            },
          },
          questionsAdded: { type: 'array', items: { type: 'string' } },
          questionsRemoved: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
} as const satisfies Record<string, object>;
