/**
 * A directory CSV file read into checked entries: decoded, split into records, each row checked
 * as a form would be, and every problem of every row named by its line and column. Nothing here
 * touches the database; the rows that pass are what an import writes.
 */
import { parseOrgnr } from '../../orgnr/index';
import { validateActorInput, type ActorProfileInput, type ActorRawInput } from '../actor-input';
import {
  actorCsvColumnOf,
  cellToRaw,
  findActorCsvColumn,
  ACTOR_CSV_COLUMNS,
  type ActorCsvColumn,
  type ActorCsvField,
} from './actor-csv-columns';
import type { ActorCsvRefusal, ActorCsvRowProblem, ActorCsvWarning } from './actor-csv-texts';
import { detectDelimiter, readCsvRecords, type CsvDelimiter } from './csv-reader';
import { decodeCsvBytes, type CsvEncoding } from './text-decoding';

/** A row that passed its checks, with the line of the file it starts on. */
export interface ActorCsvRow {
  line: number;
  value: ActorProfileInput;
}

/** One problem of a row: where it is, the value there, and what is wrong. */
export interface ActorCsvProblem {
  line: number;
  /** the column's name as the header line writes it */
  column: string;
  /** the cell as written */
  value: string;
  problem: ActorCsvRowProblem;
}

/** A file read. */
export interface ActorCsvReading {
  ok: true;
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
  /** rows below the header that are not empty */
  rowsRead: number;
  /** the fields the file has columns for: an import changes only these of existing entries */
  fields: ActorCsvField[];
  valid: ActorCsvRow[];
  /** every problem of every invalid row, by line and then by column order */
  problems: ActorCsvProblem[];
  /** how many rows have problems */
  invalidRows: number;
  warnings: ActorCsvWarning[];
}

/** A file refused as a whole, before any row. */
export interface ActorCsvRefused {
  ok: false;
  refusal: ActorCsvRefusal;
  encoding?: CsvEncoding;
  delimiter?: CsvDelimiter;
}

/** Reads a directory CSV file from its bytes. See docs/directory-import.md for the columns. */
export function readActorCsv(bytes: Uint8Array): ActorCsvReading | ActorCsvRefused {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return { ok: false, refusal: { code: 'not-text' } };
  const { text, encoding } = decoded;
  const delimiter = detectDelimiter(text);
  const read = readCsvRecords(text, delimiter);
  if (!read.ok) {
    return { ok: false, refusal: { code: 'unclosed-quote', line: read.line }, encoding, delimiter };
  }
  const [header, ...rows] = read.records;
  if (header === undefined) return { ok: false, refusal: { code: 'empty' }, encoding, delimiter };

  const refused = (refusal: ActorCsvRefusal): ActorCsvRefused => ({
    ok: false,
    refusal,
    encoding,
    delimiter,
  });
  const warnings: ActorCsvWarning[] = [];
  // column index → the documented column and the name the header gives it
  const columns: ({ column: ActorCsvColumn; name: string } | undefined)[] = [];
  const seen = new Map<ActorCsvField, number>();
  for (const [index, cell] of header.fields.entries()) {
    const name = cell.trim();
    const column = findActorCsvColumn(name);
    if (column === undefined) {
      if (name !== '') warnings.push({ code: 'unknown-column', column: name });
      columns.push(undefined);
      continue;
    }
    if (seen.has(column.field)) {
      return refused({
        code: 'duplicate-column',
        column: column.name,
        lines: [seen.get(column.field)! + 1, index + 1],
      });
    }
    seen.set(column.field, index);
    columns.push({ column, name });
  }
  const missing = ACTOR_CSV_COLUMNS.filter((c) => c.required && !seen.has(c.field));
  if (missing.length > 0)
    return refused({ code: 'missing-columns', columns: missing.map((c) => c.name) });

  const valid: ActorCsvRow[] = [];
  const problems: ActorCsvProblem[] = [];
  let invalidRows = 0;
  const firstLineOf = new Map<string, number>();
  const orgnrIndex = seen.get('orgnr')!;
  const columnName = (field: string) => {
    // `collaborations[0].title` and the like never come from CSV; a field is its column's.
    const column = actorCsvColumnOf(field);
    const index = column && seen.get(column.field);
    return index === undefined ? (column?.name ?? field) : columns[index]!.name;
  };
  const cellOf = (fields: string[], field: string) => {
    const column = actorCsvColumnOf(field);
    const index = column && seen.get(column.field);
    return index === undefined ? '' : (fields[index] ?? '');
  };

  for (const row of rows) {
    const rowProblems: ActorCsvProblem[] = [];
    const raw: ActorRawInput = {};
    for (const [index, entry] of columns.entries()) {
      if (entry) raw[entry.column.field] = cellToRaw(entry.column.field, row.fields[index] ?? '');
    }
    const checked = validateActorInput(raw);
    if (!checked.ok) {
      for (const p of checked.problems) {
        rowProblems.push({
          line: row.line,
          column: columnName(p.field),
          value: cellOf(row.fields, p.field),
          problem: p.problem,
        });
      }
    }
    const extra = row.fields.slice(header.fields.length);
    if (extra.some((f) => f.trim() !== '')) {
      rowProblems.push({
        line: row.line,
        column: '',
        value: extra.join(delimiter),
        problem: { code: 'extra-fields', count: row.fields.length, expected: header.fields.length },
      });
    }
    const orgnr = parseOrgnr((row.fields[orgnrIndex] ?? '').trim());
    if (orgnr.ok) {
      const first = firstLineOf.get(orgnr.digits);
      if (first === undefined) firstLineOf.set(orgnr.digits, row.line);
      else {
        rowProblems.unshift({
          line: row.line,
          column: columns[orgnrIndex]!.name,
          value: row.fields[orgnrIndex] ?? '',
          problem: { code: 'orgnr-duplicate', line: first },
        });
      }
    }
    if (rowProblems.length > 0) {
      invalidRows += 1;
      // In the order of the file's columns (a stable sort keeps the checks' order within one).
      const position = (p: ActorCsvProblem) =>
        p.problem.code === 'orgnr-duplicate'
          ? -1
          : p.column === ''
            ? columns.length
            : columns.findIndex((c) => c?.name === p.column);
      problems.push(...rowProblems.sort((a, b) => position(a) - position(b)));
    } else if (checked.ok) {
      valid.push({ line: row.line, value: checked.value });
    }
  }

  return {
    ok: true,
    encoding,
    delimiter,
    rowsRead: rows.length,
    fields: ACTOR_CSV_COLUMNS.filter((c) => seen.has(c.field)).map((c) => c.field),
    valid,
    problems,
    invalidRows,
    warnings,
  };
}
