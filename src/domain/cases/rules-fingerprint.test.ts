import { describe, expect, it } from 'vitest';
import { rulesCatalogue } from '../../rules';
import {
  canonicalJson,
  currentRulesVersion,
  rulesFingerprint,
  shortFingerprint,
} from './rules-fingerprint';

describe('the fingerprint of the rule data', () => {
  it('is sha256 of the catalogue, the same at every call', () => {
    expect(currentRulesVersion()).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(rulesFingerprint(rulesCatalogue())).toBe(currentRulesVersion());
  });

  it('changes when a value or a rule set of the catalogue changes', () => {
    const catalogue = rulesCatalogue();
    const value = catalogue.values[0]!;
    const changedValue = {
      ...catalogue,
      values: [{ ...value, sek: (value.sek ?? 0) + 1 }, ...catalogue.values.slice(1)],
    };
    const ruleSet = catalogue.ruleSets[0]!;
    const changedRuleSet = {
      ...catalogue,
      ruleSets: [{ ...ruleSet, validTo: '2099-12-31' }, ...catalogue.ruleSets.slice(1)],
    };
    expect(rulesFingerprint(changedValue)).not.toBe(currentRulesVersion());
    expect(rulesFingerprint(changedRuleSet)).not.toBe(currentRulesVersion());
  });

  it('does not depend on the order of keys', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'x' }] })).toBe(
      '{"a":[{"c":"x","d":null}],"b":1}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('is shown shortened to twelve digits', () => {
    expect(shortFingerprint(`sha256:${'ab'.repeat(32)}`)).toBe('sha256:abababababab');
  });
});
