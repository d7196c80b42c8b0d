// The import of directory entries: checked rows upserted by organisationsnummer, a few thousand at
// a time with one statement of unnest arrays, each batch in its own transaction. Entries their
// organisation has claimed are never overwritten, and a public body's suggestions change only
// what that body suggested.
import { appendAudit, type AuditActor } from '../accounts/index';
import type { Database, Queryable } from '../db/database';
import { areaIndex, type ActorProfileInput } from '../domain/directory/index';
import type { ActorCsvField, KeptReason } from '../domain/directory/csv/index';

/** Rows per statement and transaction. */
export const IMPORT_BATCH_SIZE = 2500;

/** A checked entry and the line of the file it came from. */
export interface ImportRow {
  line: number;
  value: ActorProfileInput;
}

/** How an import is made. */
export interface ImportOptions {
  /**
   * `operator`: the operator's import; its entries are listed (source `import`).
   * `suggestion`: a public body's suggestions (`suggestedBy`); unlisted until claimed, and only
   * the body's own earlier suggestions are updated.
   */
  mode: 'operator' | 'suggestion';
  /** the suggesting organisation, for `suggestion` */
  suggestedBy?: string;
  /**
   * Write nothing: every batch runs in one transaction that is rolled back at the end, so the
   * counts are exactly those the import would give.
   */
  dryRun: boolean;
  /** who imports, for the audit log of a suggesting organisation */
  actor: AuditActor;
  now: Date;
  /**
   * The fields the file gave (its columns): an existing entry gets only these. All fields when
   * absent.
   */
  fields?: readonly ActorCsvField[];
}

/** An entry of the file left as it was, and why. */
export interface KeptEntry {
  line: number;
  orgnr: string;
  reason: KeptReason;
}

/** What an import did (or, in a dry run, would do). */
export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
  kept: KeptEntry[];
}

/** A database column filled from a field, with its type in the unnest list. */
interface ColumnSpec {
  field: ActorCsvField;
  column: string;
  /** the array type of the parameter */
  param: string;
  /** the expression of the unnested value `u.<column>` as stored */
  value: (u: string) => string;
  /** the field's value of a row as one element of the parameter array */
  element: (v: ActorProfileInput) => unknown;
}

const plain = (u: string) => u;
const codes = (u: string) => `${u}::text[]`;

/** Arrays of codes travel as the text of an array literal: unnest would flatten a text[][]. */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((i) => `"${i.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

const COLUMNS: readonly ColumnSpec[] = [
  { field: 'name', column: 'name', param: 'text[]', value: plain, element: (v) => v.name },
  { field: 'kind', column: 'kind', param: 'text[]', value: plain, element: (v) => v.kind },
  {
    field: 'legalForm',
    column: 'legal_form',
    param: 'text[]',
    value: plain,
    element: (v) => v.legalForm,
  },
  {
    field: 'registeredIdeburen',
    column: 'registered_ideburen',
    param: 'boolean[]',
    value: plain,
    element: (v) => v.registeredIdeburen,
  },
  {
    field: 'registeredIdeburenOn',
    column: 'registered_ideburen_on',
    param: 'date[]',
    value: plain,
    element: (v) => v.registeredIdeburenOn,
  },
  {
    field: 'workIntegrationMainAim',
    column: 'work_integration_main_aim',
    param: 'boolean[]',
    value: plain,
    element: (v) => v.workIntegrationMainAim,
  },
  {
    field: 'disadvantagedStaffShare',
    column: 'disadvantaged_staff_share',
    param: 'numeric[]',
    value: plain,
    element: (v) => (v.disadvantagedStaffShare === null ? null : String(v.disadvantagedStaffShare)),
  },
  {
    field: 'areaCodes',
    column: 'area_codes',
    param: 'text[]',
    value: codes,
    element: (v) => arrayLiteral(v.areaCodes),
  },
  {
    field: 'areaCodes',
    column: 'area_index',
    param: 'text[]',
    value: codes,
    element: (v) => arrayLiteral(areaIndex(v.areaCodes)),
  },
  {
    field: 'goals',
    column: 'goals',
    param: 'text[]',
    value: codes,
    element: (v) => arrayLiteral(v.goals),
  },
  {
    field: 'cpv',
    column: 'cpv',
    param: 'text[]',
    value: codes,
    element: (v) => arrayLiteral(v.cpv),
  },
  {
    field: 'capacity',
    column: 'capacity',
    param: 'text[]',
    value: plain,
    element: (v) => v.capacity,
  },
  {
    field: 'description',
    column: 'description',
    param: 'text[]',
    value: plain,
    element: (v) => v.description,
  },
  {
    field: 'contactName',
    column: 'contact_name',
    param: 'text[]',
    value: plain,
    element: (v) => v.contactName,
  },
  {
    field: 'contactEmail',
    column: 'contact_email',
    param: 'text[]',
    value: plain,
    element: (v) => v.contactEmail,
  },
  {
    field: 'contactPhone',
    column: 'contact_phone',
    param: 'text[]',
    value: plain,
    element: (v) => v.contactPhone,
  },
  { field: 'website', column: 'website', param: 'text[]', value: plain, element: (v) => v.website },
];

/**
 * The upsert of one batch. Parameters: $1 orgnr, $2.. one array per column, then source,
 * suggested_by, listed and now. The update happens only where the entry is not claimed (and,
 * for suggestions, was suggested by the same organisation) and something changes; `created`
 * tells an insert (a new row version without an older one, xmax 0) from an update.
 */
function upsertSql(mode: ImportOptions['mode'], fields: ReadonlySet<ActorCsvField>): string {
  const n = COLUMNS.length;
  const p = (i: number) => `$${i}`;
  const source = p(n + 2);
  const suggestedBy = p(n + 3);
  const listed = p(n + 4);
  const now = p(n + 5);
  const names = COLUMNS.map((c) => c.column);
  const updated = COLUMNS.filter((c) => fields.has(c.field)).map((c) => c.column);
  const guard =
    mode === 'operator'
      ? 'a.organisation_id IS NULL'
      : `a.organisation_id IS NULL AND a.source = 'suggestion' AND a.suggested_by = ${suggestedBy}`;
  // An operator's import also turns a suggestion into a listed entry of the import.
  const state = mode === 'operator' ? ['source', 'listed'] : [];
  const compared = [...updated, ...state];
  return `INSERT INTO actors AS a (id, orgnr, ${names.join(', ')}, source, suggested_by, listed, created_at, updated_at)
    SELECT gen_random_uuid(), u.orgnr, ${COLUMNS.map((c) => c.value(`u.${c.column}`)).join(', ')},
           ${source}, ${suggestedBy}::uuid, ${listed}, ${now}, ${now}
      FROM unnest($1::text[], ${COLUMNS.map((c, i) => `${p(i + 2)}::${c.param}`).join(', ')})
        AS u(orgnr, ${names.join(', ')})
    ON CONFLICT (orgnr) DO UPDATE SET
      ${[...compared.map((c) => `${c} = EXCLUDED.${c}`), 'updated_at = EXCLUDED.updated_at', 'version = a.version + 1'].join(',\n      ')}
    WHERE ${guard}
      AND (${compared.map((c) => `a.${c}`).join(', ')}) IS DISTINCT FROM (${compared.map((c) => `EXCLUDED.${c}`).join(', ')})
    RETURNING a.orgnr, (a.xmax = 0) AS created`;
}

/** Thrown to roll a dry run back; carries its summary out of the transaction. */
class DryRunDone extends Error {
  constructor(readonly summary: ImportSummary) {
    super('dry run');
  }
}

/**
 * Imports checked entries: creates the new ones, updates the unclaimed ones this import may
 * change, and reports the others as kept. Duplicate orgnrs in `rows` are a caller's mistake
 * (the CSV reader reports them) and are refused. A suggestion import records one audit entry
 * per batch it changed, in that batch's transaction.
 */
export async function importActors(
  db: Database,
  rows: readonly ImportRow[],
  options: ImportOptions,
): Promise<ImportSummary> {
  if (options.mode === 'suggestion' && !options.suggestedBy) {
    throw new Error('a suggestion import needs the suggesting organisation');
  }
  const lineOf = new Map<string, number>();
  for (const row of rows) {
    if (lineOf.has(row.value.orgnr)) throw new Error(`orgnr ${row.value.orgnr} appears twice`);
    lineOf.set(row.value.orgnr, row.line);
  }
  const fields = new Set<ActorCsvField>(options.fields ?? COLUMNS.map((c) => c.field));
  fields.add('name');
  const sql = upsertSql(options.mode, fields);
  const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, kept: [] };

  const runBatch = async (tx: Queryable, batch: readonly ImportRow[]) => {
    const values = batch.map((r) => r.value);
    const params: unknown[] = [
      values.map((v) => v.orgnr),
      ...COLUMNS.map((c) => values.map(c.element)),
      options.mode === 'operator' ? 'import' : 'suggestion',
      options.mode === 'operator' ? null : options.suggestedBy,
      options.mode === 'operator',
      options.now,
    ];
    const written = await tx.query<{ orgnr: string; created: boolean }>(sql, params);
    const done = new Set<string>();
    let created = 0;
    let updated = 0;
    for (const row of written.rows) {
      done.add(row.orgnr);
      if (row.created) created += 1;
      else updated += 1;
    }
    const untouched = values.map((v) => v.orgnr).filter((o) => !done.has(o));
    let unchanged = 0;
    const kept: KeptEntry[] = [];
    if (untouched.length > 0) {
      const existing = await tx.query<{
        orgnr: string;
        claimed: boolean;
        source: string;
        suggested_by: string | null;
      }>(
        `SELECT orgnr, organisation_id IS NOT NULL AS claimed, source, suggested_by
           FROM actors WHERE orgnr = ANY($1::text[])`,
        [untouched],
      );
      for (const e of existing.rows) {
        const reason = keptReason(e, options);
        if (reason === undefined) unchanged += 1;
        else kept.push({ line: lineOf.get(e.orgnr)!, orgnr: e.orgnr, reason });
      }
    }
    if (options.mode === 'suggestion' && created + updated > 0) {
      await appendAudit(tx, {
        organisationId: options.suggestedBy!,
        actor: options.actor,
        action: 'actor.suggested',
        subjectType: 'actor',
        subjectId: 'import',
        detail: {
          import: true,
          created,
          updated,
          firstLine: batch[0]!.line,
          lastLine: batch[batch.length - 1]!.line,
        },
        at: options.now,
      });
    }
    summary.created += created;
    summary.updated += updated;
    summary.unchanged += unchanged;
    summary.kept.push(...kept.sort((a, b) => a.line - b.line));
  };

  const batches: ImportRow[][] = [];
  for (let i = 0; i < rows.length; i += IMPORT_BATCH_SIZE) {
    batches.push(rows.slice(i, i + IMPORT_BATCH_SIZE));
  }
  if (options.dryRun) {
    try {
      await db.transaction(async (tx) => {
        for (const batch of batches) await runBatch(tx, batch);
        throw new DryRunDone(summary);
      });
    } catch (error) {
      if (error instanceof DryRunDone) return error.summary;
      throw error;
    }
  }
  for (const batch of batches) await db.transaction((tx) => runBatch(tx, batch));
  return summary;
}

function keptReason(
  entry: { claimed: boolean; source: string; suggested_by: string | null },
  options: ImportOptions,
): KeptReason | undefined {
  if (entry.claimed) return 'claimed';
  if (options.mode === 'operator') return undefined;
  if (entry.source === 'suggestion') {
    return entry.suggested_by === options.suggestedBy ? undefined : 'suggested-by-another';
  }
  return 'listed';
}
