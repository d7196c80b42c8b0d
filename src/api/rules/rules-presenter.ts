import type { RulesCatalogue } from '../../rules';

/** The catalogue as the API answers it, serialised once: it never changes while running. */
export function presentRulesCatalogue(catalogue: RulesCatalogue): string {
  return JSON.stringify(catalogue);
}
