import type { ActorCsvTexts } from '../actor-csv-texts';

/** The words of the directory import, in English. */
export const actorCsvTextsEn: ActorCsvTexts = {
  refusals: {
    'not-text': () =>
      'The file is not a text file (it may be an Excel workbook). Save it as CSV and try again.',
    empty: () => 'The file is empty: it has no header line.',
    'unclosed-quote': (r) =>
      `A quote opened on line ${r.line} is never closed, so the lines after it cannot be read.`,
    'missing-columns': (r) =>
      r.columns.length === 1
        ? `The column ${r.columns[0]} is missing from the header line; it is required.`
        : `The columns ${r.columns.join(', ')} are missing from the header line; they are required.`,
    'duplicate-column': (r) => `The column ${r.column} appears twice in the header line.`,
  },
  duplicateOrgnr: (line) => `Same organisation number as line ${line}.`,
  extraFields: (count, expected) =>
    `The line has ${count} fields but the header only ${expected}; check the quotes.`,
  unknownColumn: (column) => `The column ${column} is not known and is not read.`,
  kept: {
    claimed: 'kept by the organisation itself',
    listed: 'already in the directory',
    'suggested-by-another': 'already suggested by another organisation',
  },
  encodings: {
    'utf-8': 'UTF-8',
    'utf-8-bom': 'UTF-8 with BOM',
    'utf-16le': 'UTF-16 (little endian)',
    'utf-16be': 'UTF-16 (big endian)',
    'windows-1252': 'Windows-1252',
  },
  delimiters: { ';': 'semicolon (;)', ',': 'comma (,)', '\t': 'tab' },
};
