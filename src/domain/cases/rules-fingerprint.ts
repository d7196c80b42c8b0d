/**
 * The fingerprint of the rule data this version of samverka assesses with: SHA-256 of the rules
 * catalogue (every rule set with its provisions and every dated value with its sources) written as
 * JSON with its keys in a fixed order. Two assessments with the same fingerprint were made with the
 * same rule data; a different fingerprint means some rule or value was added or corrected since.
 */
import { createHash } from 'node:crypto';
import { rulesCatalogue, type RulesCatalogue } from '../../rules';

/** JSON with object keys sorted, so that the text depends on the data and not on key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The fingerprint of `catalogue`: `sha256:` and 64 hexadecimal digits. */
export function rulesFingerprint(catalogue: RulesCatalogue): string {
  return `sha256:${createHash('sha256').update(canonicalJson(catalogue), 'utf8').digest('hex')}`;
}

let current: string | undefined;

/** The fingerprint of the rule data of this version of samverka (computed once). */
export function currentRulesVersion(): string {
  current ??= rulesFingerprint(rulesCatalogue());
  return current;
}

/** A fingerprint shortened for reading (`sha256:1a2b3c4d5e6f`); the full one is stored. */
export function shortFingerprint(fingerprint: string): string {
  return fingerprint.slice(0, 'sha256:'.length + 12);
}
