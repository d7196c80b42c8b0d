import { describe, expect, it } from 'vitest';
import type { Case } from '../../rules';
import { diffAssessments } from './assessment-diff';
import { describeDiff } from './diff-text';
import { assessSavedFacts, reassessmentDate } from './saved-assessment';

/** A candidate for a procurement reserved for idéburna organisationer, as far as its facts go. */
const IDEBUREN_CANDIDATE: Case = {
  startDate: '2022-06-01',
  buyer: { kind: 'municipality' },
  subject: { type: 'services', cpv: ['85311000-2'] },
  estimatedValueSek: 3_000_000,
  durationMonths: 24,
  counterpart: {
    legalForm: 'ideell-forening',
    registeredIdeburen: true,
    publicBenefitPurposeOnly: true,
    publicControllingInfluence: false,
    valueTransfersOnlyAllowed: true,
  },
};

describe('reassessmentDate', () => {
  it('is today for a case that has started, and the start date for one that has not', () => {
    expect(reassessmentDate('2022-06-01', '2023-03-01')).toBe('2023-03-01');
    expect(reassessmentDate('2027-01-01', '2026-11-26')).toBe('2027-01-01');
    expect(reassessmentDate('2026-11-26', '2026-11-26')).toBe('2026-11-26');
  });
});

describe('diffAssessments with real assessments', () => {
  it('shows reserved-ideburen changing for a case started 2022-06-01 and re-assessed in 2023', () => {
    const saved = assessSavedFacts(IDEBUREN_CANDIDATE, '2022-06-01', 'sv');
    const today = reassessmentDate(IDEBUREN_CANDIDATE.startDate, '2023-03-01');
    const current = assessSavedFacts(IDEBUREN_CANDIDATE, today, 'sv');
    const diff = diffAssessments(saved, current);

    expect(diff.outcome).toBe('rules-changed');
    expect(diff.asOf).toEqual({ from: '2022-06-01', to: '2023-03-01' });
    expect(diff.rulesDataChanged).toBe(false);
    expect(diff.ruleSet?.from.id).toBe('lou-2022-02');
    expect(diff.ruleSet?.to.id).toBe('lou-2023-01');
    const reserved = diff.forms.find((f) => f.form === 'reserved-ideburen');
    expect(reserved).toMatchObject({ from: 'not-allowed', to: 'allowed-if' });
    // The new grounds come with it, with their legal basis (19 kap. 25 a § LOU).
    const grounds = [...reserved!.conditions, ...reserved!.reasons];
    expect(grounds.length).toBeGreaterThan(0);
    expect(
      grounds.some((r) => r.citations.some((c) => c.chapter === '19' && c.section === '25 a')),
    ).toBe(true);
    // Forms whose verdict stayed the same are not listed.
    expect(diff.forms.map((f) => f.form)).not.toContain('advertised-procurement');

    const sv = describeDiff(diff, 'sv');
    expect(sv.headline).toBe('Reglerna har ändrats sedan bedömningen sparades.');
    expect(sv.rules[0]).toBe(
      'Den sparade bedömningen gäller reglerna den 2022-06-01, omprövningen reglerna den 2023-03-01.',
    );
    expect(sv.rules[1]).toMatch(/^Regelverket har bytts: .*\(lou-2022-02\) → .*\(lou-2023-01\)\.$/);
    expect(sv.forms.find((f) => f.form === 'reserved-ideburen')?.text).toMatch(
      /: Inte möjlig → Möjlig på villkor\.$/,
    );
  });

  it('says no change when the rules of the new date are the same', () => {
    const facts = { ...IDEBUREN_CANDIDATE, startDate: '2024-03-01' };
    const saved = assessSavedFacts(facts, '2024-03-01', 'sv');
    const current = assessSavedFacts(facts, '2024-06-01', 'sv');
    const diff = diffAssessments(saved, current);
    expect(diff).toMatchObject({
      outcome: 'no-change',
      rulesDataChanged: false,
      ruleSet: null,
      values: [],
      forms: [],
      questionsAdded: [],
      questionsRemoved: [],
    });
    expect(describeDiff(diff, 'en').headline).toBe(
      "No change: today's rules give the same assessment as the saved one, with the same rule set and amounts.",
    );
  });

  it('names a changed threshold and direct-award limit with both amounts', () => {
    const facts = { ...IDEBUREN_CANDIDATE, startDate: '2023-03-01' };
    const diff = diffAssessments(
      assessSavedFacts(facts, '2023-03-01', 'sv'),
      assessSavedFacts(facts, '2024-03-01', 'sv'),
    );
    expect(diff.outcome).toBe('rules-changed');
    expect(diff.ruleSet).toBeNull();
    expect(diff.values.map((v) => v.value)).toEqual(['threshold', 'directAwardLimit']);
    const threshold = diff.values[0];
    expect(threshold?.value === 'threshold' && [threshold.from?.sek, threshold.to?.sek]).toEqual([
      7_802_550, 8_109_450,
    ]);
    const spaced = (s: string) => s.replace(/\s/g, ' ');
    expect(describeDiff(diff, 'sv').rules.slice(1).map(spaced)).toEqual([
      'Tröskelvärdet har ändrats: 7 802 550 kr (750 000 euro) → 8 109 450 kr (750 000 euro).',
      'Direktupphandlingsgränsen har ändrats: 7 802 550 kr (750 000 euro) → 8 109 450 kr (750 000 euro).',
    ]);
    expect(describeDiff(diff, 'en').rules[1]).toBe(
      'The threshold has changed: SEK 7,802,550 (EUR 750,000) → SEK 8,109,450 (EUR 750,000).',
    );
  });

  it('compares a Swedish saved assessment with an English one by ids, not words', () => {
    const saved = assessSavedFacts(IDEBUREN_CANDIDATE, '2022-06-01', 'sv');
    const inSwedish = diffAssessments(
      saved,
      assessSavedFacts(IDEBUREN_CANDIDATE, '2023-03-01', 'sv'),
    );
    const inEnglish = diffAssessments(
      saved,
      assessSavedFacts(IDEBUREN_CANDIDATE, '2023-03-01', 'en'),
    );
    expect(inEnglish.forms.map((f) => [f.form, f.from, f.to])).toEqual(
      inSwedish.forms.map((f) => [f.form, f.from, f.to]),
    );
    expect(inEnglish.questionsAdded.map((q) => q.field)).toEqual(
      inSwedish.questionsAdded.map((q) => q.field),
    );
    expect(describeDiff(inEnglish, 'en').headline).toBe(
      'The rules have changed since the assessment was saved.',
    );
  });

  it('lists the questions that appear and those that are no longer needed', () => {
    // Without the counterpart's facts, the 2023 rules ask what the 2022 rules did not.
    const facts: Case = { ...IDEBUREN_CANDIDATE, counterpart: { legalForm: 'ideell-forening' } };
    const diff = diffAssessments(
      assessSavedFacts(facts, '2022-06-01', 'sv'),
      assessSavedFacts(facts, '2023-03-01', 'sv'),
    );
    expect(diff.questionsAdded.map((q) => q.field)).toContain(
      'counterpart.publicBenefitPurposeOnly',
    );
    const back = diffAssessments(
      assessSavedFacts(facts, '2023-03-01', 'sv'),
      assessSavedFacts(facts, '2022-06-01', 'sv'),
    );
    expect(back.questionsRemoved.map((q) => q.field)).toContain(
      'counterpart.publicBenefitPurposeOnly',
    );
    expect(describeDiff(back, 'en').questionsRemoved.join('\n')).toContain(
      'The question is no longer needed: ',
    );
  });

  it('says when the rule data changed although nothing in the case did', () => {
    const saved = assessSavedFacts(IDEBUREN_CANDIDATE, '2024-03-01', 'sv');
    const older = { ...saved, rulesVersion: `sha256:${'0'.repeat(64)}` };
    const diff = diffAssessments(older, assessSavedFacts(IDEBUREN_CANDIDATE, '2024-03-01', 'sv'));
    expect(diff.outcome).toBe('no-change');
    expect(diff.rulesDataChanged).toBe(true);
    const text = describeDiff(diff, 'sv');
    expect(text.headline).toMatch(/^Ingen ändring för det här ärendet: samverkas regeldata/);
    expect(text.rules).toEqual([
      `samverkas regeldata har uppdaterats sedan dess (fingeravtryck sha256:000000000000 → ${saved.rulesVersion.slice(0, 19)}).`,
    ]);
  });
});
