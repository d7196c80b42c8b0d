import { describe, expect, it } from 'vitest';
import { assess, type Case } from '../../rules/index';
import type { CounterpartFacts } from './match-facts';
import { counterpartOf, reservedEligibilityFor } from './reserved-eligibility';
import { scoreMatch } from './score-match';
import { matchReasonText } from './match-texts';

// The engine's own example of a work-integration reservation (src/rules/forms/reserved.cases.ts):
// a region buys laundry services for two years.
const LAUNDRY: Case = {
  startDate: '2024-05-01',
  buyer: { kind: 'region' },
  subject: { type: 'services', cpv: ['98310000-9'] },
  estimatedValueSek: 1_200_000,
  durationMonths: 24,
};

const facts = (over: Partial<CounterpartFacts>): CounterpartFacts => ({
  legalForm: 'ekonomisk-forening',
  registeredIdeburen: null,
  workIntegrationMainAim: true,
  disadvantagedStaffShare: 0.35,
  ...over,
});

function counting() {
  const calls: Case[] = [];
  const engine: typeof assess = (c, options) => {
    calls.push(c);
    return assess(c, options);
  };
  return { calls, engine };
}

const noFacts = { goals: [], areaCodes: [], cpv: [], titleWords: [] };
const noActor = { goals: [], areaCodes: [], cpv: [], titleWordsFound: [], collaborations: [] };

describe('reservedEligibilityFor', () => {
  it('finds an actor with 35 % disadvantaged staff able to take part, on the engine’s conditions', () => {
    const eligibility = reservedEligibilityFor(LAUNDRY, 'en')!;
    const result = eligibility(facts({}));
    expect(result.map((r) => [r.form, r.verdict])).toEqual([
      ['reserved-work-integration', 'allowed-if'],
    ]);
    const { reasons, score } = scoreMatch(noFacts, noActor, result);
    expect(score).toBe(10);
    expect(matchReasonText(reasons[0]!, 'en')).toBe(
      'Can take part in a procurement reserved for work integration (4 kap. 18 § LOU) if: The conditions are checked at qualification and must be met for the whole term of the contract.',
    );
  });

  it('finds an actor with 20 % not eligible, with the engine’s reason in its words', () => {
    const sv = reservedEligibilityFor(LAUNDRY, 'sv')!(facts({ disadvantagedStaffShare: 0.2 }));
    expect(sv[0]!.verdict).toBe('not-allowed');
    const { reasons, score } = scoreMatch(noFacts, noActor, sv);
    expect(score).toBe(0);
    expect(reasons[0]!.kind).toBe('reserved-not-eligible');
    const text = matchReasonText(reasons[0]!, 'sv');
    expect(text).toMatch(/^Kan inte delta i reserverad upphandling för arbetsintegrering/);
    expect(text).toContain('20 %');
  });

  it('asks what the directory does not say', () => {
    const result = reservedEligibilityFor(LAUNDRY, 'en')!(
      facts({ workIntegrationMainAim: null, disadvantagedStaffShare: null }),
    );
    expect(result[0]!.verdict).toBe('undetermined');
    expect(result[0]!.questions.length).toBeGreaterThan(0);
  });

  it('runs the engine once for the open forms and once per distinct set of facts', () => {
    const { calls, engine } = counting();
    const eligibility = reservedEligibilityFor(LAUNDRY, 'en', engine)!;
    const actors = [0.35, 0.2, 0.35, 0.2, 0.35, 0.2].map((share) =>
      facts({ disadvantagedStaffShare: share }),
    );
    const verdicts = actors.map((a) => eligibility(a)[0]!.verdict);
    expect(verdicts).toEqual([
      'allowed-if',
      'not-allowed',
      'allowed-if',
      'not-allowed',
      'allowed-if',
      'not-allowed',
    ]);
    expect(calls).toHaveLength(3);
    expect(calls[0]!.counterpart).toBeNull();
    expect(calls[1]!.counterpart).toEqual(counterpartOf(actors[0]!));
  });

  it('gives the same verdicts with or without the organisation number the memo leaves out', () => {
    const counterpart = counterpartOf(facts({}));
    const without = assess({ ...LAUNDRY, counterpart }, { lang: 'en' });
    const withOrgnr = assess(
      { ...LAUNDRY, counterpart: { ...counterpart, orgnr: '8020000000', name: 'Tvätteriet' } },
      { lang: 'en' },
    );
    expect(withOrgnr.options.map((o) => o.verdict)).toEqual(without.options.map((o) => o.verdict));
  });

  it('says nothing when no reserved procurement is open or the date is outside the rules', () => {
    // Before LOU 2016 the rules cover no reservation the directory's facts decide.
    expect(reservedEligibilityFor({ ...LAUNDRY, startDate: '2015-06-01' }, 'sv')).toBeUndefined();
    expect(reservedEligibilityFor({ ...LAUNDRY, startDate: '2010-01-01' }, 'sv')).toBeUndefined();
  });
});
