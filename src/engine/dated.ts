import type { Citation } from './citation';
import { addDays, inPeriod, type IsoDate } from './dates';

/**
 * A value valid over a period of start dates, with the sources it was read in. Rows are never
 * edited when the law changes: a new row is added and the old one gets its `validTo`.
 */
export interface Dated<T> {
  /** First day the value applies (the day a procurement starts counts). */
  validFrom: IsoDate;
  /** Last day the value applies; `null` while it is still in force. */
  validTo: IsoDate | null;
  value: T;
  citations: Citation[];
  /** Where the value was read (URLs). */
  sources: string[];
  /** The day the value was last checked against its sources. */
  verifiedOn: IsoDate;
}

/** The row valid on `date`, or `undefined` when none is. */
export function valueOn<T>(rows: readonly Dated<T>[], date: IsoDate): Dated<T> | undefined {
  return rows.find((r) => inPeriod(date, r.validFrom, r.validTo));
}

/** A problem with the coverage of a dated table. */
export interface CoverageProblem {
  kind: 'gap' | 'overlap' | 'inverted';
  from: IsoDate;
  to: IsoDate | null;
}

/**
 * Checks that the rows cover `[from, to]` exactly once: no day without a row, no day with two.
 * Returns the problems found (empty when the table is sound).
 */
export function coverageProblems<T>(
  rows: readonly Dated<T>[],
  from: IsoDate,
  to: IsoDate | null,
): CoverageProblem[] {
  const problems: CoverageProblem[] = [];
  const sorted = [...rows].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  for (const r of sorted) {
    if (r.validTo !== null && r.validTo < r.validFrom) {
      problems.push({ kind: 'inverted', from: r.validFrom, to: r.validTo });
    }
  }
  let cursor: IsoDate | null = from;
  for (const r of sorted) {
    if (r.validTo !== null && r.validTo < from) continue;
    if (to !== null && r.validFrom > to) continue;
    if (cursor === null) {
      problems.push({ kind: 'overlap', from: r.validFrom, to: r.validTo });
      continue;
    }
    // A row that starts before the checked period counts from the period's first day.
    const start = r.validFrom < from ? from : r.validFrom;
    if (start > cursor) problems.push({ kind: 'gap', from: cursor, to: addDays(start, -1) });
    if (start < cursor) problems.push({ kind: 'overlap', from: start, to: addDays(cursor, -1) });
    const next: IsoDate | null = r.validTo === null ? null : addDays(r.validTo, 1);
    if (next === null || cursor === null || next > cursor) cursor = next;
  }
  if (cursor !== null && (to === null || cursor <= to)) {
    problems.push({ kind: 'gap', from: cursor, to });
  }
  return problems;
}

/** Every boundary of the rows: each `validFrom` and the day after each `validTo`. */
export function boundaries<T>(rows: readonly Dated<T>[]): IsoDate[] {
  const days = new Set<IsoDate>();
  for (const r of rows) {
    days.add(r.validFrom);
    if (r.validTo !== null) days.add(addDays(r.validTo, 1));
  }
  return [...days].sort();
}
