// The JSON Schemas and query parameters of these routes, published in the OpenAPI document.

const LINE = {
  type: 'integer',
  minimum: 1,
  description: 'The line of the file the row starts on.',
};

/** The answer to an import: what was done with every row. */
export const IMPORT_REPORT_SCHEMA = {
  type: 'object',
  description:
    'What the import did (or, in a dry run, would do) with the file: counts, the entries left as they were, and every problem of every invalid row. Invalid rows are not written; the valid rows are (unless dryRun).',
  required: [
    'dryRun',
    'encoding',
    'delimiter',
    'rowsRead',
    'created',
    'updated',
    'unchanged',
    'invalid',
    'kept',
    'problems',
    'warnings',
  ],
  additionalProperties: false,
  properties: {
    dryRun: { type: 'boolean', description: 'true when nothing was saved.' },
    encoding: {
      type: 'string',
      enum: ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'],
      description: 'The encoding the file was read in.',
    },
    delimiter: {
      type: 'string',
      enum: [';', ',', '\t'],
      description: 'The field separator found.',
    },
    rowsRead: {
      type: 'integer',
      minimum: 0,
      description: 'Rows below the header, empty ones left out.',
    },
    created: { type: 'integer', minimum: 0, description: 'New suggestions.' },
    updated: { type: 'integer', minimum: 0, description: 'Your earlier suggestions changed.' },
    unchanged: {
      type: 'integer',
      minimum: 0,
      description: 'Your earlier suggestions, as they were.',
    },
    invalid: {
      type: 'integer',
      minimum: 0,
      description: 'Rows with problems; none of them was written.',
    },
    kept: {
      type: 'array',
      description:
        'Rows whose organisation is already in the directory in a way a suggestion does not change.',
      items: {
        type: 'object',
        required: ['line', 'orgnr', 'reason', 'message'],
        additionalProperties: false,
        properties: {
          line: LINE,
          orgnr: { type: 'string', pattern: '^[0-9]{10}$' },
          reason: {
            type: 'string',
            enum: ['claimed', 'listed', 'suggested-by-another'],
            description:
              'claimed: kept by the organisation itself; listed: already in the directory; suggested-by-another: another organisation suggested it.',
          },
          message: { type: 'string' },
        },
      },
    },
    problems: {
      type: 'array',
      description: 'Every problem of every invalid row, by line and then by column.',
      items: {
        type: 'object',
        required: ['line', 'column', 'value', 'code', 'message'],
        additionalProperties: false,
        properties: {
          line: LINE,
          column: {
            type: 'string',
            description: 'The column as the header names it; "" for the row as a whole.',
          },
          value: { type: 'string', description: 'The cell as written.' },
          code: {
            type: 'string',
            description:
              'Stable code: orgnr-check-digit, orgnr-duplicate, area-unknown, legal-form-unknown, required, …',
          },
          message: { type: 'string', description: 'The problem in the requested language.' },
        },
      },
    },
    warnings: {
      type: 'array',
      description: 'Columns the import does not know; they are not read.',
      items: {
        type: 'object',
        required: ['code', 'column', 'message'],
        additionalProperties: false,
        properties: {
          code: { type: 'string', enum: ['unknown-column'] },
          column: { type: 'string' },
          message: { type: 'string' },
        },
      },
    },
  },
} as const;

/** Schemas by name, merged into the registry's. */
export const TRANSFER_SCHEMAS = {
  DirectoryImportReport: IMPORT_REPORT_SCHEMA,
} as const satisfies Record<string, object>;

/** Parameters by name, merged into the registry's. */
export const TRANSFER_PARAMETERS = {
  importDryRun: {
    name: 'dryRun',
    in: 'query',
    required: false,
    description: 'true to check the file and count what the import would do, saving nothing.',
    schema: { type: 'string', enum: ['true', 'false'], default: 'false' },
  },
  exportFormat: {
    name: 'format',
    in: 'query',
    required: false,
    description:
      'csv (default): the columns of the import, UTF-8 with BOM, comma-separated; json: an Open Referral (HSDS 3)–like list of organizations.',
    schema: { type: 'string', enum: ['csv', 'json'], default: 'csv' },
  },
} as const;
