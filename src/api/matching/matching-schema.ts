// The JSON Schemas and query parameters of these routes, published in the OpenAPI document.
import { MATCH_REASON_KINDS } from '../../domain/matching/index';

const REASON = {
  type: 'object',
  description: 'One reason of a score: what was compared, the points it gave and a sentence.',
  required: ['kind', 'points', 'text', 'details'],
  additionalProperties: false,
  properties: {
    kind: { type: 'string', enum: [...MATCH_REASON_KINDS] },
    points: { type: 'integer', minimum: 0, maximum: 100 },
    text: { type: 'string', description: 'The reason in words, in the language of the request.' },
    details: {
      type: 'object',
      description:
        'What was found, by kind: goal ids shared (shared, challengeGoals) or related with the SDGs they share (related), the area and how it is served (area, via, fit: itself, county, country, part), CPV codes matched (matches with fit: same, category, group), title words found (words, titleWords), the reserved procurement with the engine verdict, conditions, reasons and questions (form, label, verdict, …), similar collaborations (collaborations).',
    },
  },
} as const;

const PAGE = {
  total: {
    type: 'integer',
    description:
      'How many matches are ranked: the best candidates by a coarse score of the database (at most `pool`), scored exactly, after the minimum score.',
  },
  candidates: {
    type: 'integer',
    description: 'How many candidates the database found before the best `pool` were taken.',
  },
  pool: { type: 'integer', description: 'How many of the best candidates are ranked at most.' },
  limit: { type: 'integer' },
  offset: { type: 'integer' },
} as const;

/** Schemas by name, merged into the registry's. */
export const MATCHING_SCHEMAS = {
  MatchReason: REASON,
  ChallengeMatches: {
    type: 'object',
    description:
      'The organisations of the directory that fit a challenge, best first: score, then name, then organisation number.',
    required: ['challenge', 'total', 'candidates', 'pool', 'limit', 'offset', 'items'],
    properties: {
      challenge: {
        type: 'object',
        required: ['id', 'title', 'kind', 'status', 'hasCaseFacts'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          title: { type: 'string' },
          kind: { type: 'string', enum: ['challenge', 'initiative'] },
          status: { type: 'string' },
          goals: { type: 'array', items: { type: 'string' } },
          areaCodes: { type: 'array', items: { type: 'string' } },
          cpv: { type: 'array', items: { type: 'string' } },
          hasCaseFacts: {
            type: 'boolean',
            description:
              'Whether the poster gave case facts; only then do the reasons say whether each organisation could take part in the reserved procurements the engine finds open.',
          },
        },
      },
      ...PAGE,
      items: {
        type: 'array',
        items: {
          type: 'object',
          required: ['organisation', 'score', 'reasons'],
          properties: {
            organisation: {
              type: 'object',
              required: ['orgnr', 'name'],
              properties: {
                orgnr: { type: 'string', pattern: '^[0-9]{10}$' },
                name: { type: 'string' },
                kind: { type: 'string' },
                legalForm: { type: ['string', 'null'] },
                registeredIdeburen: { type: ['boolean', 'null'] },
                areaCodes: { type: 'array', items: { type: 'string' } },
                goals: { type: 'array', items: { type: 'string' } },
                cpv: { type: 'array', items: { type: 'string' } },
              },
            },
            score: { type: 'integer', minimum: 0, maximum: 100 },
            reasons: { type: 'array', items: { $ref: '#/components/schemas/MatchReason' } },
          },
        },
      },
    },
  },
  OrganisationMatches: {
    type: 'object',
    description:
      'The challenges and initiatives that fit an organisation of the directory, best first: score, then title, then id.',
    required: ['organisation', 'total', 'candidates', 'pool', 'limit', 'offset', 'items'],
    properties: {
      organisation: {
        type: 'object',
        required: ['orgnr', 'name'],
        properties: { orgnr: { type: 'string' }, name: { type: 'string' } },
      },
      ...PAGE,
      items: {
        type: 'array',
        items: {
          type: 'object',
          required: ['challenge', 'score', 'reasons'],
          properties: {
            challenge: {
              type: 'object',
              required: ['id', 'title', 'kind', 'status'],
              properties: {
                id: { type: 'string', format: 'uuid' },
                title: { type: 'string' },
                kind: { type: 'string', enum: ['challenge', 'initiative'] },
                status: { type: 'string' },
                goals: { type: 'array', items: { type: 'string' } },
                areaCodes: { type: 'array', items: { type: 'string' } },
                cpv: { type: 'array', items: { type: 'string' } },
              },
            },
            score: { type: 'integer', minimum: 0, maximum: 100 },
            reasons: { type: 'array', items: { $ref: '#/components/schemas/MatchReason' } },
          },
        },
      },
    },
  },
} as const satisfies Record<string, object>;

const query = (name: string, description: string, schema: object) =>
  ({ name, in: 'query', required: false, description, schema }) as const;

/** Parameters by name, merged into the registry's. */
export const MATCHING_PARAMETERS = {
  matchChallengeId: {
    name: 'id',
    in: 'path',
    required: true,
    description: "The challenge's id (a UUID).",
    schema: { type: 'string', format: 'uuid' },
  },
  matchOrgnr: {
    name: 'orgnr',
    in: 'path',
    required: true,
    description: 'The organisation number, ten digits (a hyphen is allowed).',
    schema: { type: 'string' },
  },
  matchKommun: query(
    'kommun',
    'Only organisations that serve this kommun (four digits): themselves, through its län or nationwide.',
    { type: 'string', pattern: '^[0-9]{4}$' },
  ),
  matchLan: query('lan', 'Only organisations that serve this län (two digits) or part of it.', {
    type: 'string',
    pattern: '^[0-9]{2}$',
  }),
  matchLegalForm: query(
    'legalForm',
    'Only these legal forms (repeat the parameter or separate with commas).',
    {
      type: 'string',
    },
  ),
  matchRegistered: query(
    'registered',
    'ja/true: only organisations in the register of idéburna organisationer; nej/false: only those known not to be.',
    { type: 'string' },
  ),
  matchGoal: query(
    'goal',
    'Only organisations that work on one of these goals (sdg-1 … sdg-17 or a theme id).',
    {
      type: 'string',
    },
  ),
  matchMinScore: query('minScore', 'Only matches with at least this score (0 to 100).', {
    type: 'integer',
    minimum: 0,
    maximum: 100,
    default: 0,
  }),
  matchStatus: query(
    'status',
    'Only challenges with these statuses (ide, dialog, upphandling-partnerskap, pagar, avslutad); every status but avslutad without it.',
    { type: 'string' },
  ),
  matchKind: query('kind', 'Only challenges (challenge) or only initiatives (initiative).', {
    type: 'string',
    enum: ['challenge', 'initiative'],
  }),
  matchLimit: query('limit', 'Matches per answer, 1 to 50 (default 20).', {
    type: 'integer',
    minimum: 1,
    maximum: 50,
    default: 20,
  }),
  matchOffset: query('offset', 'Matches to skip, for the next pages (default 0).', {
    type: 'integer',
    minimum: 0,
    maximum: 1000,
    default: 0,
  }),
} as const;
