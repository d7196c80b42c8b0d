// Loading the synthetic national data set into an empty, migrated database as fast as the
// database takes it: COPY in text format, through pg-copy-streams on PostgreSQL and through
// PGlite's `/dev/blob` on PGlite. Row-by-row inserts would measure the loader, not the queries.
//
// The indexes of the migrations stay in place during the COPY. Dropping them and building them
// afterwards was measured on PGlite with the 263 000 entries and was slower (48 s of COPY and
// 9 s of building against 50 s in all): the cost is the generated Swedish tsvector of each
// row, which the COPY computes either way.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type {
  SyntheticActor,
  SyntheticChallenge,
  SyntheticDirectory,
  SyntheticOrganisation,
} from './synthetic-directory';

/** One table's rows for COPY: the column list and the values of each row. */
export interface CopyTable {
  table: string;
  columns: readonly string[];
  rows: readonly (readonly CopyValue[])[];
}

/** A value of a COPY row: arrays are text arrays; `{ json }` is written as JSON. */
export type CopyValue = string | number | boolean | null | readonly string[] | { json: unknown };

/** Runs one `COPY … FROM STDIN` (or PGlite's `/dev/blob`) with `text` as its data. */
export type CopyRunner = (table: string, columns: readonly string[], text: string) => Promise<void>;

// COPY text format: tab between columns, \N for null, and backslash escapes for the characters
// that would end a field or a row.
function copyField(value: CopyValue): string {
  if (value === null) return '\\N';
  let text: string;
  if (Array.isArray(value)) text = arrayLiteral(value as readonly string[]);
  else if (typeof value === 'object') text = JSON.stringify((value as { json: unknown }).json);
  else text = String(value);
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\t/g, '\\t')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
}

function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((i) => `"${i.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

/** The rows of a table as COPY text. */
export function copyText(rows: readonly (readonly CopyValue[])[]): string {
  let out = '';
  for (const row of rows) out += `${row.map(copyField).join('\t')}\n`;
  return out;
}

/** The organisations: public bodies and the member organisations that claimed their entries. */
export function organisationTable(organisations: readonly SyntheticOrganisation[]): CopyTable {
  return {
    table: 'organisations',
    columns: ['id', 'name', 'orgnr', 'kind', 'legal_form', 'created_at'],
    rows: organisations.map((o) => [
      o.id,
      o.name,
      o.orgnr,
      o.kind,
      o.legalForm,
      '2024-01-01T00:00:00Z',
    ]),
  };
}

/** Every column of `actors` a generated entry fills. */
export function actorTable(actors: readonly SyntheticActor[]): CopyTable {
  return {
    table: 'actors',
    columns: [
      'id',
      'orgnr',
      'name',
      'kind',
      'legal_form',
      'organisation_id',
      'source',
      'suggested_by',
      'listed',
      'registered_ideburen',
      'registered_ideburen_on',
      'work_integration_main_aim',
      'disadvantaged_staff_share',
      'area_codes',
      'area_index',
      'goals',
      'cpv',
      'capacity',
      'description',
      'contact_email',
      'website',
      'collaborations',
      'last_confirmed_on',
      'created_at',
      'updated_at',
    ],
    rows: actors.map((a) => [
      a.id,
      a.orgnr,
      a.name,
      a.kind,
      a.legalForm,
      a.organisationId,
      a.source,
      a.suggestedBy,
      a.listed,
      a.registeredIdeburen,
      a.registeredIdeburenOn,
      a.workIntegrationMainAim,
      a.disadvantagedStaffShare,
      a.areaCodes,
      a.areaIndex,
      a.goals,
      a.cpv,
      a.capacity,
      a.description,
      a.contactEmail,
      a.website,
      { json: a.collaborations },
      a.lastConfirmedOn,
      a.createdAt,
      a.createdAt,
    ]),
  };
}

/**
 * The entries with only what the import file carries (orgnr, name, legal form, areas,
 * description) and what any import must add (id, kind, source, listed, area index, times): the
 * COPY baseline of `import.rows_per_s`.
 */
export function importedActorTable(actors: readonly SyntheticActor[]): CopyTable {
  return {
    table: 'actors',
    columns: [
      'id',
      'orgnr',
      'name',
      'kind',
      'legal_form',
      'source',
      'listed',
      'area_codes',
      'area_index',
      'description',
      'created_at',
      'updated_at',
    ],
    rows: actors.map((a) => [
      a.id,
      a.orgnr,
      a.name,
      'ideburen',
      a.legalForm,
      'import',
      true,
      a.areaCodes,
      a.areaIndex,
      a.description,
      a.createdAt,
      a.createdAt,
    ]),
  };
}

/** The challenges. */
export function challengeTable(challenges: readonly SyntheticChallenge[]): CopyTable {
  return {
    table: 'challenges',
    columns: [
      'id',
      'organisation_id',
      'kind',
      'title',
      'description',
      'goals',
      'area_codes',
      'area_index',
      'cpv',
      'starts_on',
      'ends_on',
      'budget_sek',
      'status',
      'case_facts',
      'created_at',
      'updated_at',
    ],
    rows: challenges.map((c) => [
      c.id,
      c.organisationId,
      c.kind,
      c.title,
      c.description,
      c.goals,
      c.areaCodes,
      c.areaIndex,
      c.cpv,
      c.startsOn,
      c.endsOn,
      c.budgetSek,
      c.status,
      c.caseFacts === null ? null : { json: c.caseFacts },
      c.createdAt,
      c.createdAt,
    ]),
  };
}

/** The tables of a data set in the order their foreign keys need. */
export function directoryTables(data: SyntheticDirectory): CopyTable[] {
  return [
    organisationTable(data.organisations),
    actorTable(data.actors),
    challengeTable(data.challenges),
  ];
}

// Rows per COPY chunk: the text of 263 000 entries is some 100 MB, more than one string
// should be; in chunks memory stays flat and the database sees one statement per chunk.
const CHUNK_ROWS = 20_000;

/** Copies each table with `run`, in chunks, and returns the milliseconds it took. */
export async function copyTables(tables: readonly CopyTable[], run: CopyRunner): Promise<number> {
  const start = performance.now();
  for (const t of tables) {
    for (let i = 0; i < t.rows.length; i += CHUNK_ROWS) {
      await run(t.table, t.columns, copyText(t.rows.slice(i, i + CHUNK_ROWS)));
    }
  }
  return performance.now() - start;
}

function copySql(table: string, columns: readonly string[], source: string): string {
  return `COPY ${table} (${columns.join(', ')}) FROM ${source}`;
}

/** A COPY runner on PostgreSQL over a connection of its own; `end` closes it. */
export async function postgresCopier(
  url: string,
): Promise<{ run: CopyRunner; end(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    async run(table, columns, text) {
      const stream = client.query(copyFrom(copySql(table, columns, 'STDIN')));
      await pipeline(Readable.from([Buffer.from(text, 'utf8')]), stream);
    },
    end: () => client.end(),
  };
}

/** A COPY runner on an open PGlite. */
export function pgliteCopier(pglite: PGlite): CopyRunner {
  return async (table, columns, text) => {
    await pglite.query(copySql(table, columns, `'/dev/blob'`), [], { blob: new Blob([text]) });
  };
}

/**
 * Opens the PGlite data folder `dataDir` directly (the application's adapter hides the handle
 * COPY needs), with the extensions the migrations use. The caller closes it.
 */
export function openRawPglite(dataDir: string): Promise<PGlite> {
  return PGlite.create(dataDir, { extensions: { pg_trgm } });
}
