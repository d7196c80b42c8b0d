/**
 * Compares the value of a purchase with a dated limit that may depend on unknown facts.
 * Statute wording for direct award is "uppgår till högst": a value equal to the limit is within
 * it (19 kap. 7 § LOU in its former wording; 19 a kap. LOU).
 */
import { FALSE, TRUE, unknown, type Tri } from '../../engine';
import type { Resolved } from '../context/context';

/** How a total compares with every candidate limit. */
export interface LimitComparison {
  /** Known true when the total is at most every candidate limit. */
  within: Tri;
  /** Some candidate has no verified SEK figure. */
  figureMissing: boolean;
  /** The total equals a candidate limit exactly. */
  atLimit: boolean;
}

/**
 * `within` is true when `value + earlier` is at most every candidate limit, false when `value`
 * alone (or the known total) exceeds every candidate, else unknown with the facts it waits for.
 */
export function withinLimit(
  value: number | null | undefined,
  earlier: number | null | undefined,
  limit: Resolved,
): LimitComparison {
  const sek = limit.candidates.map((r) => r?.sek ?? null);
  const figureMissing = sek.some((s) => s === null);
  const known = sek.filter((s): s is number => s !== null);
  // The facts listed as needed are those whose answer alone can decide the comparison: until the
  // value is known, knowing which limit applies decides nothing.
  if (value === null || value === undefined) {
    return { within: unknown('estimatedValueSek'), figureMissing, atLimit: false };
  }
  const floor = value + (earlier ?? 0);
  if (figureMissing) return { within: unknown(...limit.needs), figureMissing, atLimit: false };
  const above = known.filter((s) => floor > s).length;
  if (above === known.length) return { within: FALSE, figureMissing, atLimit: false };
  const earlierNeeded =
    earlier === null || earlier === undefined ? ['sameKindPurchasesThisFinancialYearSek'] : [];
  if (above === 0) {
    if (earlierNeeded.length > 0)
      return { within: unknown(...earlierNeeded), figureMissing, atLimit: false };
    return { within: TRUE, figureMissing, atLimit: known.some((s) => s === floor) };
  }
  return { within: unknown(...limit.needs, ...earlierNeeded), figureMissing, atLimit: false };
}
