/**
 * RFC 4180 records as spreadsheets write them: fields separated by `;`, `,` or a tab, quoted
 * fields with separators, doubled quotes and line breaks inside, lines ended by CRLF, LF or CR.
 * Every record keeps the line of the file it starts on, so that a problem can be found there.
 */

/** The separators a file may use. */
export const CSV_DELIMITERS = [';', ',', '\t'] as const;
/** One of {@link CSV_DELIMITERS}. */
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** One record: its fields and the line of the file it starts on (1 for the first). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** The records of a text, or the line where a quoted field opens and is never closed. */
export type CsvRecords =
  { ok: true; records: CsvRecord[] } | { ok: false; problem: 'unclosed-quote'; line: number };

/**
 * The separator of a file, from its first line that is not empty: the one of `;`, tab and `,`
 * that occurs most often outside quotes; `;` wins a tie (Swedish Excel writes `;` because the
 * comma is the decimal sign). A line of one column has none of them: `,` is taken.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const header = firstLine(text);
  const counts = new Map<CsvDelimiter, number>(CSV_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of header) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char as CsvDelimiter)) {
      counts.set(char as CsvDelimiter, counts.get(char as CsvDelimiter)! + 1);
    }
  }
  let best: CsvDelimiter = ',';
  let most = 0;
  for (const delimiter of CSV_DELIMITERS) {
    const count = counts.get(delimiter)!;
    if (count > most) {
      best = delimiter;
      most = count;
    }
  }
  return best;
}

function firstLine(text: string): string {
  for (const line of text.split(/\r\n|\n|\r/)) if (line.trim() !== '') return line;
  return '';
}

/**
 * Splits `text` into records. Records with nothing in them — an empty line, or a line of
 * separators only, as spreadsheets write for an empty row — are left out; the others keep the
 * line they start on. A quote inside an unquoted field is taken as it stands.
 */
export function readCsvRecords(text: string, delimiter: CsvDelimiter): CsvRecords {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  // Whether the current field began with a quote (a quote later in it is an ordinary character).
  let atFieldStart = true;

  const endField = () => {
    fields.push(field);
    field = '';
    atFieldStart = true;
  };
  const endRecord = () => {
    endField();
    if (fields.some((f) => f.trim() !== '')) records.push({ line: recordLine, fields });
    fields = [];
  };

  const length = text.length;
  for (let i = 0; i < length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && atFieldStart) {
      quoted = true;
      quoteLine = line;
      atFieldStart = false;
    } else if (char === delimiter) {
      endField();
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += char;
      atFieldStart = false;
    }
  }
  if (quoted) return { ok: false, problem: 'unclosed-quote', line: quoteLine };
  endRecord();
  return { ok: true, records };
}

/**
 * One field as CSV: quoted when it holds the separator, a quote, a line break, or spaces at
 * either end; quotes inside doubled.
 */
export function csvField(value: string, delimiter: CsvDelimiter): string {
  if (
    value.includes(delimiter) ||
    /["\r\n]/.test(value) ||
    (value !== value.trim() && value !== '')
  ) {
    return `"${value.replaceAll('"', '""')}"`;
  }
  return value;
}
