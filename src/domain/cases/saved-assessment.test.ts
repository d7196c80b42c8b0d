import { describe, expect, it } from 'vitest';
import type { Case } from '../../rules';
import { ruleValuesOf } from './rule-values';
import { currentRulesVersion } from './rules-fingerprint';
import { assessSavedFacts, savedAssessmentIn } from './saved-assessment';

const FACTS: Case = {
  startDate: '2020-05-01',
  buyer: { kind: 'region' },
  subject: { type: 'services', cpv: ['85311000-2'] },
  estimatedValueSek: 900_000,
};

describe('assessSavedFacts', () => {
  it('assesses the facts on the date given, with the fingerprint and the values used', () => {
    const snapshot = assessSavedFacts(FACTS, '2023-03-01', 'sv');
    expect(snapshot.asOf).toBe('2023-03-01');
    expect(snapshot.assessment.asOf).toBe('2023-03-01');
    expect(snapshot.rulesVersion).toBe(currentRulesVersion());
    expect(snapshot.ruleValues).toEqual(ruleValuesOf(snapshot.assessment));
    expect(snapshot.ruleValues.ruleSet.id).toBe('lou-2023-01');
    expect(snapshot.ruleValues.threshold?.sek).toBe(snapshot.assessment.regime.threshold?.sek);
    expect(JSON.stringify(snapshot.ruleValues)).not.toMatch(/label|note/);
  });
});

describe('savedAssessmentIn', () => {
  const saved = assessSavedFacts(FACTS, '2020-05-01', 'sv');
  const record = {
    facts: FACTS,
    asOf: saved.asOf,
    rulesVersion: saved.rulesVersion,
    assessment: saved.assessment,
  };

  it('gives the Swedish record as it is in Swedish', () => {
    expect(savedAssessmentIn(record, 'sv')).toEqual({
      assessment: saved.assessment,
      translated: true,
    });
  });

  it('makes it again in English when the rule data is the same', () => {
    const { assessment, translated } = savedAssessmentIn(record, 'en');
    expect(translated).toBe(true);
    expect(assessment.lang).toBe('en');
    expect(assessment.options.map((o) => o.verdict)).toEqual(
      saved.assessment.options.map((o) => o.verdict),
    );
  });

  it('keeps the Swedish record when the rule data has changed since', () => {
    const older = { ...record, rulesVersion: `sha256:${'1'.repeat(64)}` };
    expect(savedAssessmentIn(older, 'en')).toEqual({
      assessment: saved.assessment,
      translated: false,
    });
  });
});
