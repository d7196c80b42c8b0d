import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GOAL_IDS } from '../directory/index';
import type { ActorFacts, ChallengeFacts, ReservedEligibility } from './match-facts';
import { compareRanked } from './match-order';
import type { MatchReason } from './match-reason';
import { matchReasonText } from './match-texts';
import { MATCH_WEIGHTS, MAX_MATCH_SCORE } from './match-weights';
import { isRelevantMatch, scoreMatch } from './score-match';

const challenge = (over: Partial<ChallengeFacts> = {}): ChallengeFacts => ({
  goals: [],
  areaCodes: [],
  cpv: [],
  titleWords: [],
  ...over,
});
const actor = (over: Partial<ActorFacts> = {}): ActorFacts => ({
  goals: [],
  areaCodes: [],
  cpv: [],
  titleWordsFound: [],
  collaborations: [],
  ...over,
});

function reason<K extends MatchReason['kind']>(
  reasons: MatchReason[],
  kind: K,
): Extract<MatchReason, { kind: K }> {
  const found = reasons.find((r) => r.kind === kind);
  if (!found) throw new Error(`no ${kind} reason in ${JSON.stringify(reasons)}`);
  return found as Extract<MatchReason, { kind: K }>;
}

describe('MATCH_WEIGHTS', () => {
  it('add up to 100', () => {
    expect(MAX_MATCH_SCORE).toBe(100);
  });
});

describe('goals', () => {
  it('counts the shared goals of the challenge and names them', () => {
    const { score, reasons } = scoreMatch(
      challenge({ goals: ['minskat-utanforskap', 'sdg-3', 'sdg-13'] }),
      actor({ goals: ['sdg-3', 'minskat-utanforskap', 'sdg-4'] }),
      undefined,
    );
    const goals = reason(reasons, 'goals');
    expect(goals.details).toEqual({ shared: ['minskat-utanforskap', 'sdg-3'], challengeGoals: 3 });
    expect(goals.points).toBe(20);
    expect(score).toBe(20);
    expect(matchReasonText(goals, 'en')).toBe(
      'Works on 2 of your 3 goals: Less exclusion, Goal 3: Good health and well-being.',
    );
    expect(matchReasonText(goals, 'sv')).toBe(
      'Arbetar med 2 av era 3 mål: Minskat utanförskap, Mål 3: Hälsa och välbefinnande.',
    );
    expect(matchReasonText(goals, 'en', 'actor')).toBe(
      "Shares 2 of the challenge's 3 goals: Less exclusion, Goal 3: Good health and well-being.",
    );
  });

  it('gives half a goal for an SDG that is part of the challenge theme, and says which way', () => {
    const { reasons } = scoreMatch(
      challenge({ goals: ['minskat-utanforskap'] }),
      actor({ goals: ['sdg-10'] }),
      undefined,
    );
    const related = reason(reasons, 'goals-related');
    expect(related.details.related).toEqual([
      { challengeGoal: 'minskat-utanforskap', actorGoal: 'sdg-10', sdgs: [10] },
    ]);
    expect(related.points).toBe(MATCH_WEIGHTS.goals / 2);
    expect(matchReasonText(related, 'en')).toBe(
      'Works on Goal 10: Reduced inequalities, which is part of your theme Less exclusion.',
    );
    expect(matchReasonText(related, 'sv')).toBe(
      'Arbetar med Mål 10: Minskad ojämlikhet, som ingår i ert tema Minskat utanförskap.',
    );
  });

  it('relates a theme of the actor to an SDG of the challenge the other way round', () => {
    const { reasons } = scoreMatch(
      challenge({ goals: ['sdg-10'] }),
      actor({ goals: ['minskat-utanforskap'] }),
      undefined,
    );
    const related = reason(reasons, 'goals-related');
    expect(matchReasonText(related, 'en')).toBe(
      'Works on the theme Less exclusion, which covers your goal Goal 10: Reduced inequalities.',
    );
    expect(matchReasonText(related, 'sv', 'actor')).toBe(
      'Arbetar med temat Minskat utanförskap, som omfattar utmaningens mål Mål 10: Minskad ojämlikhet.',
    );
  });

  it('relates two themes through the SDG they share', () => {
    const { reasons } = scoreMatch(
      challenge({ goals: ['psykisk-halsa'] }),
      actor({ goals: ['aldre'] }),
      undefined,
    );
    const related = reason(reasons, 'goals-related');
    expect(related.details.related[0]!.sdgs).toEqual([3]);
    expect(matchReasonText(related, 'en')).toBe(
      'Works on the theme Older people, which shares Goal 3: Good health and well-being with your theme Mental health.',
    );
  });

  it('shares exact and related goals: the points add up per goal', () => {
    const { reasons, score } = scoreMatch(
      challenge({ goals: ['sdg-3', 'minskat-utanforskap'] }),
      actor({ goals: ['sdg-3', 'sdg-1'] }),
      undefined,
    );
    expect(reason(reasons, 'goals').points).toBe(15);
    expect(reason(reasons, 'goals-related').points).toBe(8);
    expect(score).toBe(23);
  });

  it('says when no goal is in common, for no points', () => {
    const { reasons, score } = scoreMatch(
      challenge({ goals: ['sdg-13'] }),
      actor({ goals: ['sdg-4'] }),
      undefined,
    );
    const none = reason(reasons, 'no-goal-in-common');
    expect(none.points).toBe(0);
    expect(score).toBe(0);
    expect(matchReasonText(none, 'en')).toBe(
      'Works on none of your goals (Goal 13: Climate action).',
    );
    expect(matchReasonText(none, 'sv')).toBe(
      'Arbetar inte med något av era mål (Mål 13: Bekämpa klimatförändringarna).',
    );
  });
});

describe('area', () => {
  const malmo = challenge({ areaCodes: ['1280'] });
  it.each([
    [['1280'], 'itself', 25, 'Serves Malmö.', 'Verkar i Malmö.'],
    [['12'], 'county', 20, 'Serves Malmö through Skåne län.', 'Verkar i Malmö genom Skåne län.'],
    [
      ['SE'],
      'country',
      15,
      'Serves Malmö as part of all of Sweden.',
      'Verkar i Malmö som en del av hela Sverige.',
    ],
  ])('a kommun served through %j is served %s', (codes, fit, points, en, sv) => {
    const r = reason(scoreMatch(malmo, actor({ areaCodes: codes }), undefined).reasons, 'area');
    expect(r.details.fit).toBe(fit);
    expect(r.points).toBe(points);
    expect(matchReasonText(r, 'en')).toBe(en);
    expect(matchReasonText(r, 'sv')).toBe(sv);
  });

  it('takes the best of several codes', () => {
    const r = reason(
      scoreMatch(malmo, actor({ areaCodes: ['SE', '12', '1280'] }), undefined).reasons,
      'area',
    );
    expect(r.details).toEqual({ area: '1280', via: ['1280'], fit: 'itself' });
  });

  it('finds part of a län in the kommuner an actor serves', () => {
    const r = reason(
      scoreMatch(
        challenge({ areaCodes: ['12'] }),
        actor({ areaCodes: ['1281', '1280', '0180'] }),
        undefined,
      ).reasons,
      'area',
    );
    expect(r.details).toEqual({ area: '12', via: ['1281', '1280'], fit: 'part' });
    expect(matchReasonText(r, 'en')).toBe('Serves part of Skåne län: Lund, Malmö.');
  });

  it('says when the area is not served, for no points', () => {
    const r = reason(
      scoreMatch(malmo, actor({ areaCodes: ['0180', '01'] }), undefined).reasons,
      'area-not-served',
    );
    expect(r.points).toBe(0);
    expect(matchReasonText(r, 'en')).toBe('Does not serve your area (Malmö).');
    expect(matchReasonText(r, 'sv', 'actor')).toBe('Verkar inte i utmaningens område (Malmö).');
  });

  it('gives no area reason to a challenge without an area', () => {
    const { reasons } = scoreMatch(challenge(), actor({ areaCodes: ['0180'] }), undefined);
    expect(reasons.filter((r) => r.kind.startsWith('area'))).toEqual([]);
  });
});

describe('services', () => {
  it('gives the whole weight to the same CPV code and names it', () => {
    const r = reason(
      scoreMatch(challenge({ cpv: ['85311000-2'] }), actor({ cpv: ['85311000-2'] }), undefined)
        .reasons,
      'services-cpv',
    );
    expect(r.points).toBe(20);
    expect(matchReasonText(r, 'en')).toBe(
      'Offers 85311000-2 Social work services with accommodation.',
    );
    expect(matchReasonText(r, 'sv')).toBe('Erbjuder 85311000-2 Social omsorg med inkvartering.');
  });

  it('gives part of it to a code of the same category or group', () => {
    const category = reason(
      scoreMatch(challenge({ cpv: ['85311000-2'] }), actor({ cpv: ['85311100-3'] }), undefined)
        .reasons,
      'services-cpv',
    );
    expect(category.details.matches[0]!.fit).toBe('category');
    expect(category.points).toBe(15);
    expect(matchReasonText(category, 'en')).toBe(
      'Offers 85311100-3 Welfare services for the elderly, in the same category as your 85311000-2 Social work services with accommodation.',
    );
    const group = reason(
      scoreMatch(challenge({ cpv: ['85311000-2'] }), actor({ cpv: ['85312000-9'] }), undefined)
        .reasons,
      'services-cpv',
    );
    expect(group.details.matches[0]!.fit).toBe('group');
    expect(group.points).toBe(10);
  });

  it('counts the words of the title the database found in the actor text', () => {
    const { reasons, score } = scoreMatch(
      challenge({ titleWords: ['ensamhet', 'bland', 'äldre'] }),
      actor({ titleWordsFound: ['äldre', 'ensamhet'] }),
      undefined,
    );
    const r = reason(reasons, 'services-text');
    expect(r.details).toEqual({ words: ['äldre', 'ensamhet'], titleWords: 3 });
    expect(r.points).toBe(10);
    expect(score).toBe(10);
    expect(matchReasonText(r, 'sv')).toBe(
      'Den egna beskrivningen använder 2 av de 3 orden i er rubrik: äldre, ensamhet.',
    );
  });

  it('lets the stronger of CPV and text carry the points and still says the other', () => {
    const { reasons, score } = scoreMatch(
      challenge({ cpv: ['85311000-2'], titleWords: ['äldre'] }),
      actor({ cpv: ['85312000-9'], titleWordsFound: ['äldre'] }),
      undefined,
    );
    expect(reason(reasons, 'services-text').points).toBe(15);
    expect(reason(reasons, 'services-cpv').points).toBe(0);
    expect(score).toBe(15);
  });
});

const ELIGIBLE: ReservedEligibility = {
  form: 'reserved-mission-based',
  label: 'Procurement reserved for certain services (19 kap. 25 § LOU)',
  verdict: 'allowed',
  conditions: [],
  reasons: [],
  questions: [],
};

describe('reserved procurements', () => {
  it('gives the whole weight when the engine allows one', () => {
    const { reasons, score } = scoreMatch(challenge(), actor(), [ELIGIBLE]);
    const r = reason(reasons, 'reserved-eligible');
    expect(r.points).toBe(15);
    expect(score).toBe(15);
    expect(matchReasonText(r, 'en')).toBe(
      'Can take part in a procurement reserved for certain services (19 kap. 25 § LOU) (the engine finds it open for this case).',
    );
  });

  it('gives part of it on conditions, nothing when unknown or not allowed, and says why', () => {
    const maybe: ReservedEligibility = {
      ...ELIGIBLE,
      form: 'reserved-work-integration',
      label: 'Reserverad upphandling för arbetsintegrering (4 kap. 18 § LOU)',
      verdict: 'allowed-if',
      conditions: ['Villkoren ska vara uppfyllda under hela avtalstiden.'],
    };
    const unknown: ReservedEligibility = {
      ...ELIGIBLE,
      verdict: 'undetermined',
      questions: ['Does the organisation reinvest its profits?'],
    };
    const { reasons, score } = scoreMatch(challenge(), actor(), [maybe, unknown]);
    expect(score).toBe(10);
    const m = reason(reasons, 'reserved-maybe');
    expect(m.points).toBe(10);
    expect(matchReasonText(m, 'sv')).toBe(
      'Kan delta i reserverad upphandling för arbetsintegrering (4 kap. 18 § LOU) om: Villkoren ska vara uppfyllda under hela avtalstiden.',
    );
    const u = reason(reasons, 'reserved-unknown');
    expect(u.points).toBe(0);
    expect(matchReasonText(u, 'en')).toBe(
      'May be able to take part in a procurement reserved for certain services (19 kap. 25 § LOU); the directory does not say: Does the organisation reinvest its profits?.',
    );
    const not = scoreMatch(challenge(), actor(), [
      { ...ELIGIBLE, verdict: 'not-allowed', reasons: ['The share is 20 %, below 30 %.'] },
    ]);
    const n = reason(not.reasons, 'reserved-not-eligible');
    expect(n.points).toBe(0);
    expect(matchReasonText(n, 'en')).toBe(
      'Cannot take part in a procurement reserved for certain services (19 kap. 25 § LOU): The share is 20 %, below 30 %.',
    );
  });

  it('says nothing of eligibility without case facts', () => {
    const { reasons } = scoreMatch(challenge({ goals: ['sdg-1'] }), actor(), undefined);
    expect(reasons.some((r) => r.kind.startsWith('reserved'))).toBe(false);
  });
});

describe('experience', () => {
  const collaboration = {
    title: 'Träffpunkt för äldre',
    partner: 'Lunds kommun',
    year: 2023,
    form: 'iop' as const,
    goals: ['aldre'],
    description: '',
  };

  it('names a similar collaboration with its form, partner and year', () => {
    const r = reason(
      scoreMatch(
        challenge({ goals: ['aldre'] }),
        actor({ collaborations: [collaboration] }),
        undefined,
      ).reasons,
      'experience',
    );
    expect(r.points).toBe(10);
    expect(matchReasonText(r, 'en')).toBe(
      'Has done a similar collaboration: Träffpunkt för äldre (IOP with Lunds kommun, 2023).',
    );
    expect(matchReasonText(r, 'sv')).toBe(
      'Har gjort ett liknande samarbete: Träffpunkt för äldre (IOP med Lunds kommun, 2023).',
    );
  });

  it('gives half for a collaboration on a related goal, and nothing for an unrelated one', () => {
    const related = scoreMatch(
      challenge({ goals: ['sdg-3'] }),
      actor({ collaborations: [collaboration] }),
      undefined,
    );
    expect(reason(related.reasons, 'experience').points).toBe(5);
    const unrelated = scoreMatch(
      challenge({ goals: ['sdg-13'] }),
      actor({ collaborations: [collaboration] }),
      undefined,
    );
    expect(unrelated.reasons.some((r) => r.kind === 'experience')).toBe(false);
  });
});

describe('the whole score', () => {
  it('is 100 for a perfect fit and is the sum of the reasons', () => {
    const result = scoreMatch(
      challenge({ goals: ['aldre'], areaCodes: ['1280'], cpv: ['85311100-3'] }),
      actor({
        goals: ['aldre'],
        areaCodes: ['1280'],
        cpv: ['85311100-3'],
        collaborations: [
          { title: 'T', partner: '', year: null, form: null, goals: ['aldre'], description: '' },
        ],
      }),
      [ELIGIBLE],
    );
    expect(result.score).toBe(100);
    expect(isRelevantMatch(result)).toBe(true);
  });

  it('is not relevant on area alone', () => {
    const result = scoreMatch(
      challenge({ areaCodes: ['1280'], goals: ['sdg-13'] }),
      actor({ areaCodes: ['1280'] }),
      undefined,
    );
    expect(result.score).toBe(25);
    expect(isRelevantMatch(result)).toBe(false);
  });

  const codes = fc.subarray([...GOAL_IDS], { maxLength: 6 });
  const areas = fc.subarray(['SE', '12', '1280', '1281', '01', '0180'], { maxLength: 3 });
  const cpvs = fc.subarray(['85311000-2', '85311100-3', '85312000-9', '98310000-9'], {
    maxLength: 3,
  });
  const words = fc.subarray(['äldre', 'ensamhet', 'bland', 'mötesplats'], { maxLength: 4 });
  const eligibility = fc.option(
    fc.array(fc.constantFrom('allowed', 'allowed-if', 'undetermined', 'not-allowed' as const), {
      maxLength: 2,
    }),
    { nil: undefined },
  );

  it('is always a whole number from 0 to 100, the sum of its reasons, each within its weight', () => {
    fc.assert(
      fc.property(
        codes,
        areas,
        cpvs,
        words,
        codes,
        areas,
        cpvs,
        words,
        eligibility,
        (cg, ca, cc, cw, ag, aa, ac, aw, verdicts) => {
          const result = scoreMatch(
            challenge({ goals: cg, areaCodes: ca, cpv: cc, titleWords: cw }),
            actor({
              goals: ag,
              areaCodes: aa,
              cpv: ac,
              titleWordsFound: aw,
              collaborations: [
                { title: 'T', partner: 'P', year: 2020, form: null, goals: ag, description: '' },
              ],
            }),
            verdicts?.map((verdict) => ({ ...ELIGIBLE, verdict })),
          );
          expect(Number.isInteger(result.score)).toBe(true);
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(100);
          expect(result.reasons.reduce((s, r) => s + r.points, 0)).toBe(result.score);
          const sum = (prefix: string) =>
            result.reasons
              .filter((r) => r.kind.startsWith(prefix))
              .reduce((s, r) => s + r.points, 0);
          expect(sum('goals')).toBeLessThanOrEqual(MATCH_WEIGHTS.goals);
          expect(sum('area')).toBeLessThanOrEqual(MATCH_WEIGHTS.area);
          expect(sum('services')).toBeLessThanOrEqual(MATCH_WEIGHTS.services);
          expect(sum('reserved')).toBeLessThanOrEqual(MATCH_WEIGHTS.reserved);
          expect(sum('experience')).toBeLessThanOrEqual(MATCH_WEIGHTS.experience);
          for (const r of result.reasons) {
            expect(matchReasonText(r, 'sv').length).toBeGreaterThan(0);
            expect(matchReasonText(r, 'en')).not.toMatch(/undefined|NaN/);
          }
        },
      ),
    );
  });
});

describe('compareRanked', () => {
  it('orders by score, then name without case, then key; the same whatever the input order', () => {
    const entries = [
      { score: 50, name: 'beta', key: '2' },
      { score: 70, name: 'Zeta', key: '9' },
      { score: 50, name: 'Alfa', key: '5' },
      { score: 50, name: 'alfa', key: '3' },
    ];
    const expected = ['9', '3', '5', '2'];
    fc.assert(
      fc.property(fc.shuffledSubarray(entries, { minLength: 4, maxLength: 4 }), (shuffled) => {
        expect([...shuffled].sort(compareRanked).map((e) => e.key)).toEqual(expected);
      }),
    );
  });
});
