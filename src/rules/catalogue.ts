/** Everything a lawyer needs to check the rules: rule sets and dated values with sources. */
export interface RulesCatalogue {
  ruleSets: unknown[];
  values: unknown[];
}

/** The catalogue of rule sets and dated values. */
export function rulesCatalogue(): RulesCatalogue {
  throw new Error('being written');
}
