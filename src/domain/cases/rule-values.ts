/**
 * The values an assessment was made under, kept with every saved assessment: the rule set and its
 * validity, the act, the threshold and the direct-award limit with their periods and legal basis.
 * They are taken from the assessment itself, so they are exactly what the verdicts used, and they
 * hold no text in any language, so that they compare the same whatever language a page is in.
 */
import type { Citation } from '../../engine';
import type { Amount, Assessment } from '../../rules';

/** A dated amount as it was used: the figures, their period, how sure they are, their basis. */
export interface AmountValue {
  sek: number | null;
  eur: number | null;
  validFrom: string;
  validTo: string | null;
  verified: Amount['verified'];
  citations: Citation[];
}

/** The rule set an assessment applied. */
export interface RuleSetRef {
  id: string;
  validFrom: string;
  validTo: string | null;
}

/** Everything an assessment's verdicts rest on besides the facts. */
export interface RuleValues {
  ruleSet: RuleSetRef;
  act: string;
  sfs: string | null;
  /** whether the service is a bilaga 2 service (social and other specific services) */
  bilaga2: boolean | null;
  threshold: AmountValue | null;
  directAwardLimit: AmountValue | null;
  aboveThreshold: boolean | null;
  citations: Citation[];
}

function amountValue(amount: Amount | null): AmountValue | null {
  if (amount === null) return null;
  return {
    sek: amount.sek,
    eur: amount.eur,
    validFrom: amount.validFrom,
    validTo: amount.validTo,
    verified: amount.verified,
    citations: amount.citations,
  };
}

/** The values `assessment` was made under. */
export function ruleValuesOf(assessment: Assessment): RuleValues {
  const { ruleSet, regime } = assessment;
  return {
    ruleSet: { id: ruleSet.id, validFrom: ruleSet.validFrom, validTo: ruleSet.validTo },
    act: regime.act,
    sfs: regime.sfs,
    bilaga2: regime.bilaga2,
    threshold: amountValue(regime.threshold),
    directAwardLimit: amountValue(regime.directAwardLimit),
    aboveThreshold: regime.aboveThreshold,
    citations: regime.citations,
  };
}
