import type { Citation } from './citation';
import type { TraceRecord } from './trace';

/** How one check of a rule came out. */
export type CheckStatus = 'pass' | 'fail' | 'unknown' | 'condition';

/**
 * One check of a rule: its outcome, the legal basis, the facts it read and, when unknown, the
 * facts it waits for. `condition` means lawful only if something the facts cannot show holds
 * (a requirement on the participant or on how the procedure is run).
 */
export interface Check<Code extends string = string> {
  rule: string;
  status: CheckStatus;
  code: Code;
  params: Record<string, string | number>;
  citations: Citation[];
  inputs: Record<string, unknown>;
  needs: readonly string[];
}

/** The outcome of a set of checks. */
export type Decision = 'allowed' | 'allowed-if' | 'not-allowed' | 'undetermined';

/**
 * Combines checks: any failure decides `not-allowed`; else anything unknown leaves it
 * `undetermined`; else any condition makes it `allowed-if`; else `allowed`.
 */
export function decide(checks: readonly Check[]): Decision {
  let unknown = false;
  let condition = false;
  for (const c of checks) {
    if (c.status === 'fail') return 'not-allowed';
    if (c.status === 'unknown') unknown = true;
    else if (c.status === 'condition') condition = true;
  }
  if (unknown) return 'undetermined';
  return condition ? 'allowed-if' : 'allowed';
}

/** The trace record of a check. */
export function traceOf(check: Check): TraceRecord {
  return {
    rule: check.rule,
    citations: check.citations,
    inputs: check.inputs,
    outcome: check.status,
    message: check.code,
  };
}
