/**
 * CPV 2008, the Common Procurement Vocabulary (Commission Regulation (EC) No 213/2008): every code
 * with its check digit and its Swedish and English label. The rows are imported by
 * `scripts/import-reference-data.mjs`; see README.md in this folder for sources and licences.
 */
import rows from './cpv-2008.json';

/** One CPV 2008 code: `code` with check digit (`85311000-2`) and its labels. */
export interface CpvEntry {
  code: string;
  labelSv: string;
  labelEn: string;
}

/** Number of codes in CPV 2008. */
export const CPV_2008_COUNT: number = rows.length;

// Built on first use: a process that never looks up a code never pays for the index.
let byDigits: Map<string, number> | undefined;

function index(): Map<string, number> {
  if (byDigits === undefined) {
    byDigits = new Map();
    rows.forEach((row, i) => byDigits?.set(row[0]!.slice(0, 8), i));
  }
  return byDigits;
}

/** The CPV 2008 entry for the eight digits of a code (`85311000`), or undefined. */
export function cpvByDigits(digits: string): CpvEntry | undefined {
  const i = index().get(digits);
  if (i === undefined) return undefined;
  const row = rows[i]!;
  return { code: row[0]!, labelSv: row[1]!, labelEn: row[2]! };
}

/** The CPV 2008 entry for a full code with check digit (`85311000-2`), or undefined. */
export function cpvByCode(code: string): CpvEntry | undefined {
  const entry = cpvByDigits(code.slice(0, 8));
  return entry !== undefined && entry.code === code ? entry : undefined;
}

/** Every CPV 2008 entry, in code order. */
export function cpvEntries(): CpvEntry[] {
  return rows.map((row) => ({ code: row[0]!, labelSv: row[1]!, labelEn: row[2]! }));
}
