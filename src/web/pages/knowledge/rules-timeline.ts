// The rules over time as data: every date on which something in the rules catalogue changes,
// with the rule sets and dated values that start then. The page and the feed both read this.
import type { CatalogueRuleSet, CatalogueValue, RulesCatalogue } from '../../../rules/catalogue';

/** Everything that starts on one date. */
export interface RuleChange {
  date: string;
  ruleSets: CatalogueRuleSet[];
  values: CatalogueValue[];
}

/** The changes of `catalogue`, oldest first. */
export function ruleChanges(catalogue: RulesCatalogue): RuleChange[] {
  const byDate = new Map<string, RuleChange>();
  const at = (date: string): RuleChange => {
    let change = byDate.get(date);
    if (change === undefined) {
      change = { date, ruleSets: [], values: [] };
      byDate.set(date, change);
    }
    return change;
  };
  for (const r of catalogue.ruleSets) at(r.validFrom).ruleSets.push(r);
  for (const v of catalogue.values) at(v.validFrom).values.push(v);
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** The anchor of a change on the rules page. */
export function changeAnchor(date: string): string {
  return `andring-${date}`;
}

/** The id part of a change's feed entry: the rule set that starts then, or the values. */
export function changeEntryId(change: RuleChange): string {
  return change.ruleSets[0]?.id ?? 'belopp';
}

/** The table a value belongs in: the first two parts of its id (`lou.threshold`). */
export function valueTable(value: CatalogueValue): string {
  return value.id.split('.').slice(0, 2).join('.');
}

/** What a value applies to: the parts of its id after the table (category, authority). */
export function valueAppliesTo(value: CatalogueValue): string[] {
  return value.id.split('.').slice(2);
}

/** True when the value is not read in a source nor derived from values that are. */
export function isUnverified(value: CatalogueValue): boolean {
  return value.verified !== 'source' && value.verified !== 'derived';
}

/** The anchor of one value row on the rules page. */
export function valueAnchor(value: CatalogueValue): string {
  return `varde-${value.id.replace(/[^a-z0-9-]+/gi, '-')}-${value.validFrom}`;
}
