// Directory files for tests: a generated file of any length with some rows made wrong on purpose,
// so that a test knows exactly which rows must be imported and which reported.
import { luhnCheckDigit } from '../domain/orgnr/index';
import { municipalityList } from '../reference/index';

/** A valid organisationsnummer (ten digits) for number `i` of a generated file. */
export function generatedOrgnr(i: number, prefix = '802'): string {
  const body = `${prefix}${String(i).padStart(9 - prefix.length, '0')}`;
  return `${body}${luhnCheckDigit(body)}`;
}

/** A generated file and what a reader should find in it. */
export interface GeneratedFile {
  text: string;
  /** rows below the header */
  rows: number;
  /** the orgnrs of the valid rows, in file order */
  validOrgnrs: string[];
  /** line → the column with a problem, for each invalid row */
  invalidLines: Map<number, string>;
}

/**
 * `rows` rows with `;` and CRLF as Excel writes them. Every 1000th row (from the 1000th) has a
 * wrong check digit and every 1000th from the 500th an unknown kommun code; the other rows are
 * valid and differ from one another.
 */
export function generateImportFile(rows: number, prefix = '802'): GeneratedFile {
  const kommuner = municipalityList().map((m) => m.code);
  const lines = ['organisationsnummer;namn;juridisk_form;kommunkod;mal;beskrivning'];
  const validOrgnrs: string[] = [];
  const invalidLines = new Map<number, string>();
  for (let i = 1; i <= rows; i++) {
    const line = i + 1;
    let orgnr = generatedOrgnr(i, prefix);
    let kommun = `${kommuner[i % kommuner.length]!}|${kommuner[(i * 7) % kommuner.length]!}`;
    if (i % 1000 === 0) {
      orgnr = `${orgnr.slice(0, 9)}${(Number(orgnr[9]) + 1) % 10}`;
      invalidLines.set(line, 'organisationsnummer');
    } else if (i % 1000 === 500) {
      kommun = '9999';
      invalidLines.set(line, 'kommunkod');
    } else validOrgnrs.push(orgnr);
    lines.push(
      `${orgnr};Förening nummer ${i};ideell-forening;${kommun};sdg-${(i % 17) + 1}|aldre;"Vi arbetar med äldre; rad ${i}"`,
    );
  }
  return { text: `${lines.join('\r\n')}\r\n`, rows, validOrgnrs, invalidLines };
}
