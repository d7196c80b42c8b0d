// The JSON Schemas and query parameters of the directory's routes, published in the OpenAPI
// document.
import { FORM_IDS, LEGAL_FORMS } from '../../rules';
import { ACTOR_KINDS, ACTOR_LIMITS, GOAL_IDS } from '../../domain/directory/index';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const NULLABLE_DATE = { type: ['string', 'null'], format: 'date' } as const;
const NULLABLE_BOOLEAN = { type: ['boolean', 'null'] } as const;
const ORGNR = {
  type: 'string',
  pattern: '^[0-9]{6}-[0-9]{4}$',
  description: 'The organisationsnummer, NNNNNN-NNNN.',
} as const;
const KIND = {
  type: 'string',
  enum: [...ACTOR_KINDS],
  description: 'An idéburen organisation or a social enterprise.',
} as const;
const LEGAL_FORM = {
  type: ['string', 'null'],
  enum: [...LEGAL_FORMS, null],
  description: 'The legal form id; null when not known.',
} as const;
const COLLABORATION = {
  type: 'object',
  description: 'A past collaboration as the organisation tells it.',
  required: ['title', 'partner', 'year', 'form', 'goals', 'description'],
  additionalProperties: false,
  properties: {
    title: { type: 'string' },
    partner: { type: 'string', description: 'The public body or organisation worked with.' },
    year: { type: ['integer', 'null'] },
    form: { type: ['string', 'null'], enum: [...FORM_IDS, null] },
    goals: { type: 'array', items: { type: 'string' } },
    description: { type: 'string' },
  },
} as const;
const CODE_LIST = (description: string) =>
  ({
    description: `${description} An array, or text separated by | or commas.`,
    oneOf: [{ type: 'array', items: { type: 'string' } }, { type: 'string' }],
  }) as const;
const YES_NO = {
  description: 'true or false (also ja/nej); null or absent when not known.',
  type: ['boolean', 'string', 'null'],
} as const;

const ENTRY_INPUT_PROPERTIES = {
  orgnr: {
    type: 'string',
    description: 'The organisationsnummer, with or without hyphen.',
  },
  name: { type: 'string', maxLength: ACTOR_LIMITS.name },
  kind: { ...KIND, description: 'ideburen (default) or social-enterprise.' },
  legalForm: { ...LEGAL_FORM, type: ['string', 'null'] },
  registeredIdeburen: {
    ...YES_NO,
    description: "In Kammarkollegiet's register of idéburna organisationer.",
  },
  registeredIdeburenOn: { ...NULLABLE_DATE, description: 'When it was registered, YYYY-MM-DD.' },
  workIntegrationMainAim: { ...YES_NO, description: 'Work integration is its main aim.' },
  disadvantagedStaffShare: {
    type: ['number', 'string', 'null'],
    description:
      'The share of staff who are disadvantaged: a fraction 0..1 or a percentage "35 %".',
  },
  areaCodes: CODE_LIST('Areas served: kommun codes (4 digits), län codes (2 digits) or SE.'),
  goals: CODE_LIST(`Goals: ${GOAL_IDS.join(', ')}.`),
  cpv: CODE_LIST('CPV codes of the services offered, with or without check digit.'),
  capacity: { type: 'string', maxLength: ACTOR_LIMITS.capacity },
  description: { type: 'string', maxLength: ACTOR_LIMITS.description },
  contactName: { type: 'string', maxLength: ACTOR_LIMITS.contactName },
  contactEmail: { type: 'string', maxLength: ACTOR_LIMITS.contactEmail },
  contactPhone: { type: 'string', maxLength: ACTOR_LIMITS.contactPhone },
  website: { type: 'string', maxLength: ACTOR_LIMITS.website },
  collaborations: {
    type: 'array',
    maxItems: ACTOR_LIMITS.collaborations,
    items: { type: 'object' },
    description: 'Past collaborations: {title, partner, year, form, goals, description}.',
  },
} as const;

/** The fields a PUT or a suggestion may carry. */
export const ENTRY_INPUT_FIELDS = Object.keys(ENTRY_INPUT_PROPERTIES);

const ENTRY = {
  type: 'object',
  description: 'An entry of the directory of idéburna organisationer and social enterprises.',
  required: [
    'orgnr',
    'name',
    'kind',
    'legalForm',
    'registeredIdeburen',
    'registeredIdeburenOn',
    'workIntegration',
    'areas',
    'goals',
    'cpv',
    'capacity',
    'description',
    'contact',
    'collaborations',
    'lastConfirmedOn',
    'claimed',
    'version',
  ],
  additionalProperties: false,
  properties: {
    orgnr: ORGNR,
    name: { type: 'string' },
    kind: KIND,
    legalForm: LEGAL_FORM,
    registeredIdeburen: {
      ...NULLABLE_BOOLEAN,
      description: "In Kammarkollegiet's register of idéburna organisationer; null when not known.",
    },
    registeredIdeburenOn: NULLABLE_DATE,
    workIntegration: {
      type: 'object',
      required: ['mainAim', 'disadvantagedStaffShare'],
      additionalProperties: false,
      properties: {
        mainAim: { ...NULLABLE_BOOLEAN, description: 'Work integration is the main aim.' },
        disadvantagedStaffShare: {
          type: ['number', 'null'],
          minimum: 0,
          maximum: 1,
          description: 'The share of staff who are disadvantaged, 0..1.',
        },
      },
    },
    areas: {
      type: 'array',
      description: 'Areas served, with their official codes.',
      items: {
        type: 'object',
        required: ['code', 'name', 'kind'],
        additionalProperties: false,
        properties: {
          code: { type: 'string' },
          name: { type: 'string' },
          kind: { type: 'string', enum: ['country', 'county', 'municipality'] },
        },
      },
    },
    goals: {
      type: 'array',
      description: 'SDGs and themes.',
      items: {
        type: 'object',
        required: ['id', 'name'],
        additionalProperties: false,
        properties: { id: { type: 'string', enum: [...GOAL_IDS] }, name: { type: 'string' } },
      },
    },
    cpv: {
      type: 'array',
      description: 'Services offered, as CPV 2008 codes.',
      items: {
        type: 'object',
        required: ['code', 'label'],
        additionalProperties: false,
        properties: { code: { type: 'string' }, label: { type: 'string' } },
      },
    },
    capacity: { type: 'string' },
    description: { type: 'string', description: 'In their own words.' },
    contact: {
      type: 'object',
      required: ['name', 'email', 'phone', 'website'],
      additionalProperties: false,
      properties: {
        name: { type: 'string' },
        email: { type: 'string' },
        phone: { type: 'string' },
        website: { type: 'string' },
      },
    },
    collaborations: { type: 'array', items: COLLABORATION },
    lastConfirmedOn: {
      ...NULLABLE_DATE,
      description: 'The day a member last confirmed the entry is right.',
    },
    claimed: {
      type: 'boolean',
      description: 'Kept by the organisation itself (false: from the import, not yet claimed).',
    },
    version: {
      type: 'integer',
      minimum: 1,
      description: 'Send it back with a change; 409 if it has changed since.',
    },
  },
} as const;

const COUNT = { type: 'integer', minimum: 0 } as const;
const AREA_FACET = {
  type: 'array',
  items: {
    type: 'object',
    required: ['code', 'name', 'count'],
    additionalProperties: false,
    properties: { code: { type: 'string' }, name: { type: 'string' }, count: COUNT },
  },
} as const;

/** Schemas by name, merged into the registry's. */
export const DIRECTORY_SCHEMAS = {
  DirectoryEntry: ENTRY,
  DirectoryEntryInput: {
    type: 'object',
    description:
      "The organisation's own entry. Every field is checked and each problem named by its field; lists may be arrays or |-separated text. The orgnr is the one of the address.",
    required: ['name'],
    additionalProperties: false,
    properties: {
      ...ENTRY_INPUT_PROPERTIES,
      version: {
        type: 'integer',
        minimum: 1,
        description:
          'The version the change starts from; 409 with the current entry if it has changed since. Without it, the change is made whatever the version.',
      },
    },
  },
  DirectorySuggestion: {
    type: 'object',
    description:
      'An organisation a public body suggests for the directory. It stays unlisted until the organisation claims it; an entry that exists already is not changed.',
    required: ['orgnr', 'name'],
    additionalProperties: false,
    properties: ENTRY_INPUT_PROPERTIES,
  },
  DirectorySuggestionResult: {
    type: 'object',
    required: ['outcome'],
    additionalProperties: false,
    properties: {
      outcome: {
        type: 'string',
        enum: ['created', 'exists'],
        description:
          'created: the suggestion was saved; exists: the directory has the number already, and nothing was changed.',
      },
      entry: { ...ref('DirectoryEntry'), description: 'The suggestion as saved (created only).' },
    },
  },
  DirectoryConflict: {
    type: 'object',
    description: 'The entry changed since the version sent: the errors, and the entry as it is.',
    required: ['errors', 'current'],
    additionalProperties: false,
    properties: {
      errors: { type: 'array', items: { type: 'object' } },
      current: ref('DirectoryEntry'),
    },
  },
  DirectorySearchResults: {
    type: 'object',
    description:
      'A page of listed entries, the number of matches, and the facets over all matches. Up to 1000 matches (exact true) the total and the facet counts are exact and, with q, hits come by score. Above that (exact false) there are more than total matches, the facets are empty and the hits come by name, then orgnr.',
    required: ['exact', 'total', 'limit', 'offset', 'hits', 'facets'],
    additionalProperties: false,
    properties: {
      exact: {
        type: 'boolean',
        description:
          'Whether total and the facets count every match. When false, there are more than total matches and the facets are empty.',
      },
      total: COUNT,
      limit: { type: 'integer' },
      offset: { type: 'integer' },
      hits: {
        type: 'array',
        items: {
          ...ENTRY,
          description: 'An entry and how well it matched.',
          required: [...ENTRY.required, 'score'],
          properties: {
            ...ENTRY.properties,
            score: {
              type: 'number',
              description:
                'How well the words matched (full-text rank plus name likeness); 0 without q.',
            },
          },
        },
      },
      facets: {
        type: 'object',
        required: ['lan', 'kommun', 'goals', 'legalForms', 'registered'],
        additionalProperties: false,
        properties: {
          lan: { ...AREA_FACET, description: 'Matches serving each län (or a kommun in it).' },
          kommun: {
            ...AREA_FACET,
            description: 'Matches serving each kommun, by the kommun, its län or the country.',
          },
          goals: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'name', 'count'],
              additionalProperties: false,
              properties: { id: { type: 'string' }, name: { type: 'string' }, count: COUNT },
            },
          },
          legalForms: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'count'],
              additionalProperties: false,
              properties: { id: { type: 'string' }, count: COUNT },
            },
          },
          registered: {
            type: 'object',
            required: ['yes', 'no', 'unknown'],
            additionalProperties: false,
            properties: { yes: COUNT, no: COUNT, unknown: COUNT },
          },
        },
      },
    },
  },
} as const satisfies Record<string, object>;

const query = (name: string, description: string, schema: object) =>
  ({ name, in: 'query', required: false, description, schema }) as const;
const BOOLEAN_TEXT = { type: 'string', enum: ['true', 'false'] } as const;

/** Parameters by name, merged into the registry's. */
export const DIRECTORY_PARAMETERS = {
  directoryOrgnr: {
    name: 'orgnr',
    in: 'path',
    required: true,
    description: 'The organisationsnummer, with or without hyphen.',
    schema: { type: 'string', pattern: '^[0-9]{6}-?[0-9]{4}$' },
  },
  directoryQ: query(
    'q',
    'Words of the name, description or capacity (Swedish inflections match: "föreningar" finds "föreningen"), or a name, also misspelt. At most 200 characters.',
    { type: 'string', maxLength: 200 },
  ),
  directoryKommun: query(
    'kommun',
    'A kommun code (four digits): entries serving it, by the kommun itself, its län or the whole country.',
    { type: 'string', pattern: '^[0-9]{4}$' },
  ),
  directoryLan: query(
    'lan',
    'A län code (two digits): entries serving the län or a kommun in it.',
    {
      type: 'string',
      pattern: '^[0-9]{2}$',
    },
  ),
  directoryGoal: {
    ...query('goal', 'A goal id; repeat it for entries that have every one of them.', {
      type: 'array',
      items: { type: 'string', enum: [...GOAL_IDS] },
    }),
    style: 'form',
    explode: true,
  },
  directoryLegalForm: {
    ...query('legalForm', 'A legal form id; repeat it for entries of any of them.', {
      type: 'array',
      items: { type: 'string', enum: [...LEGAL_FORMS] },
    }),
    style: 'form',
    explode: true,
  },
  directoryRegistered: query(
    'registered',
    "true: registered in Kammarkollegiet's register of idéburna organisationer; false: known not to be.",
    BOOLEAN_TEXT,
  ),
  directoryKind: query('kind', 'Only idéburna organisationer or only social enterprises.', {
    type: 'string',
    enum: [...ACTOR_KINDS],
  }),
  directoryWorkIntegration: query(
    'workIntegration',
    'true: work integration is the main aim; false: known not to be.',
    BOOLEAN_TEXT,
  ),
  directoryLimit: query('limit', 'Hits per answer, 1 to 100 (default 20).', {
    type: 'integer',
    minimum: 1,
    maximum: 100,
    default: 20,
  }),
  directoryOffset: query('offset', 'Hits to skip, for the next pages (default 0).', {
    type: 'integer',
    minimum: 0,
    maximum: 100000,
    default: 0,
  }),
} as const;
