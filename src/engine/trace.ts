import type { Citation } from './citation';

/**
 * One structured record of a rule evaluation: which rule, on which legal basis, read which inputs,
 * and what came out. Explanations, the API and stored decisions all render these records.
 */
export interface TraceRecord {
  /** Stable id of the rule, e.g. `lou.direktupphandling.limit`. */
  rule: string;
  citations: Citation[];
  /** The facts and dated values the rule read, by path. */
  inputs: Record<string, unknown>;
  /** `pass`, `fail`, `unknown` or `condition` for a check; a value for a lookup. */
  outcome: string;
  /** The message id of the reason this record produced, if any. */
  message: string | null;
}
