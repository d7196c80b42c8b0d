/**
 * The exact score of one challenge and one actor, with every reason for it. The same function
 * ranks the organisations for a challenge and the challenges for an organisation, so a pair has
 * the same score and the same reasons on both lists.
 */
import { COUNTRY_CODE, countyOf } from '../directory/index';
import { findMunicipality } from '../../reference/index';
import type { ActorFacts, ChallengeFacts, ReservedEligibility } from './match-facts';
import type {
  AreaFit,
  CpvFit,
  MatchReason,
  MatchScore,
  RelatedGoal,
  SimilarCollaboration,
} from './match-reason';
import {
  MATCH_FRACTIONS,
  MATCH_WEIGHTS,
  MAX_COLLABORATIONS_NAMED,
  MAX_MATCH_SCORE,
} from './match-weights';
import { sharedSdgs } from './match-expansions';

/**
 * Scores an actor for a challenge. `eligibility` is what the engine said about the reserved
 * procurements for this actor (see `reservedEligibilityFor`), or undefined when the challenge
 * has no case facts. The score is an integer from 0 to 100, the sum of the reasons' points.
 */
export function scoreMatch(
  challenge: ChallengeFacts,
  actor: ActorFacts,
  eligibility: readonly ReservedEligibility[] | undefined,
): MatchScore {
  const reasons: MatchReason[] = [
    ...goalReasons(challenge, actor),
    ...areaReasons(challenge, actor),
    ...serviceReasons(challenge, actor),
    ...reservedReasons(eligibility),
    ...experienceReasons(challenge, actor),
  ];
  const score = reasons.reduce((sum, r) => sum + r.points, 0);
  return { score: Math.max(0, Math.min(MAX_MATCH_SCORE, score)), reasons };
}

/**
 * Whether a match rests on what the actor does, not only where: a goal shared or related, a
 * service, or the words of the challenge. Only such matches are listed.
 */
export function isRelevantMatch(match: MatchScore): boolean {
  return match.reasons.some(
    (r) =>
      (r.kind === 'goals' ||
        r.kind === 'goals-related' ||
        r.kind === 'services-cpv' ||
        r.kind === 'services-text') &&
      r.points > 0,
  );
}

function goalReasons(challenge: ChallengeFacts, actor: ActorFacts): MatchReason[] {
  const goals = challenge.goals;
  if (goals.length === 0) return [];
  const own = new Set(actor.goals);
  const shared = goals.filter((g) => own.has(g));
  const related: RelatedGoal[] = [];
  for (const goal of goals) {
    if (own.has(goal)) continue;
    for (const actorGoal of actor.goals) {
      const sdgs = sharedSdgs(goal, actorGoal);
      if (sdgs.length > 0) {
        related.push({ challengeGoal: goal, actorGoal, sdgs });
        break;
      }
    }
  }
  if (shared.length === 0 && related.length === 0) {
    return [{ kind: 'no-goal-in-common', points: 0, details: { challengeGoals: [...goals] } }];
  }
  const total = Math.round(
    (MATCH_WEIGHTS.goals * (shared.length + MATCH_FRACTIONS.relatedGoal * related.length)) /
      goals.length,
  );
  const sharedPoints = Math.round((MATCH_WEIGHTS.goals * shared.length) / goals.length);
  const reasons: MatchReason[] = [];
  if (shared.length > 0) {
    reasons.push({
      kind: 'goals',
      points: sharedPoints,
      details: { shared, challengeGoals: goals.length },
    });
  }
  if (related.length > 0) {
    reasons.push({ kind: 'goals-related', points: total - sharedPoints, details: { related } });
  }
  return reasons;
}

const AREA_FRACTION: Record<AreaFit, number> = {
  itself: 1,
  county: MATCH_FRACTIONS.areaCounty,
  country: MATCH_FRACTIONS.areaCountry,
  part: MATCH_FRACTIONS.areaPart,
};

/** How the actor serves one area of the challenge, and through which of its codes. */
function areaFit(
  area: string,
  actorAreas: readonly string[],
): { fit: AreaFit; via: string[] } | undefined {
  if (actorAreas.includes(area)) return { fit: 'itself', via: [area] };
  const kommun = findMunicipality(area);
  if (kommun && actorAreas.includes(kommun.countyCode)) {
    return { fit: 'county', via: [kommun.countyCode] };
  }
  if (actorAreas.includes(COUNTRY_CODE)) return { fit: 'country', via: [COUNTRY_CODE] };
  if (kommun) return undefined;
  // a län or the country, of which the actor serves some part
  const parts = actorAreas.filter((code) => area === COUNTRY_CODE || countyOf(code) === area);
  return parts.length > 0 ? { fit: 'part', via: parts } : undefined;
}

function areaReasons(challenge: ChallengeFacts, actor: ActorFacts): MatchReason[] {
  if (challenge.areaCodes.length === 0) return [];
  let best: { area: string; fit: AreaFit; via: string[] } | undefined;
  for (const area of challenge.areaCodes) {
    const found = areaFit(area, actor.areaCodes);
    if (found && (best === undefined || AREA_FRACTION[found.fit] > AREA_FRACTION[best.fit])) {
      best = { area, ...found };
    }
  }
  if (best === undefined) {
    return [{ kind: 'area-not-served', points: 0, details: { areas: [...challenge.areaCodes] } }];
  }
  return [
    {
      kind: 'area',
      points: Math.round(MATCH_WEIGHTS.area * AREA_FRACTION[best.fit]),
      details: best,
    },
  ];
}

const CPV_FRACTION: Record<CpvFit, number> = {
  same: 1,
  category: MATCH_FRACTIONS.cpvCategory,
  group: MATCH_FRACTIONS.cpvGroup,
};

function cpvFit(a: string, b: string): CpvFit | undefined {
  if (a === b) return 'same';
  if (a.slice(0, 5) === b.slice(0, 5)) return 'category';
  if (a.slice(0, 3) === b.slice(0, 3)) return 'group';
  return undefined;
}

function serviceReasons(challenge: ChallengeFacts, actor: ActorFacts): MatchReason[] {
  const matches: { challengeCode: string; actorCode: string; fit: CpvFit }[] = [];
  for (const challengeCode of challenge.cpv) {
    let best: { actorCode: string; fit: CpvFit } | undefined;
    for (const actorCode of actor.cpv) {
      const fit = cpvFit(challengeCode, actorCode);
      if (fit && (best === undefined || CPV_FRACTION[fit] > CPV_FRACTION[best.fit])) {
        best = { actorCode, fit };
      }
    }
    if (best) matches.push({ challengeCode, ...best });
  }
  const cpvShare = Math.max(0, ...matches.map((m) => CPV_FRACTION[m.fit]));
  const wanted = new Set(challenge.titleWords);
  const words = [...new Set(actor.titleWordsFound.filter((w) => wanted.has(w)))];
  const textShare =
    wanted.size === 0 ? 0 : (MATCH_FRACTIONS.textAllWords * words.length) / wanted.size;
  const points = Math.round(MATCH_WEIGHTS.services * Math.max(cpvShare, textShare));
  const reasons: MatchReason[] = [];
  // The stronger evidence carries the points; the other is still said.
  const cpvCarries = cpvShare >= textShare;
  if (matches.length > 0) {
    reasons.push({ kind: 'services-cpv', points: cpvCarries ? points : 0, details: { matches } });
  }
  if (words.length > 0) {
    reasons.push({
      kind: 'services-text',
      points: cpvCarries ? 0 : points,
      details: { words, titleWords: wanted.size },
    });
  }
  return reasons;
}

const VERDICT_KIND = {
  allowed: 'reserved-eligible',
  'allowed-if': 'reserved-maybe',
  undetermined: 'reserved-unknown',
  'not-allowed': 'reserved-not-eligible',
} as const;

const VERDICT_FRACTION = {
  allowed: 1,
  'allowed-if': MATCH_FRACTIONS.reservedMaybe,
  undetermined: 0,
  'not-allowed': 0,
} as const;

function reservedReasons(eligibility: readonly ReservedEligibility[] | undefined): MatchReason[] {
  if (eligibility === undefined || eligibility.length === 0) return [];
  const best = Math.max(...eligibility.map((e) => VERDICT_FRACTION[e.verdict]));
  const carrier = eligibility.find((e) => VERDICT_FRACTION[e.verdict] === best);
  return eligibility.map((e) => ({
    kind: VERDICT_KIND[e.verdict],
    // One reserved procurement the actor could take part in is what counts; the best carries it.
    points: e === carrier ? Math.round(MATCH_WEIGHTS.reserved * best) : 0,
    details: {
      form: e.form,
      label: e.label,
      verdict: e.verdict,
      conditions: [...e.conditions],
      reasons: [...e.reasons],
      questions: [...e.questions],
    },
  }));
}

function experienceReasons(challenge: ChallengeFacts, actor: ActorFacts): MatchReason[] {
  if (challenge.goals.length === 0) return [];
  const similar: SimilarCollaboration[] = [];
  for (const c of actor.collaborations) {
    const same = c.goals.filter((g) => challenge.goals.includes(g));
    const related = c.goals.filter((g) =>
      challenge.goals.some((goal) => sharedSdgs(goal, g).length > 0),
    );
    if (same.length === 0 && related.length === 0) continue;
    similar.push({
      title: c.title,
      partner: c.partner,
      year: c.year,
      form: c.form,
      goals: same.length > 0 ? same : related,
      fit: same.length > 0 ? 'same-goal' : 'related-goal',
    });
  }
  if (similar.length === 0) return [];
  // The closest first, then the most recent.
  similar.sort(
    (a, b) =>
      Number(a.fit === 'related-goal') - Number(b.fit === 'related-goal') ||
      (b.year ?? 0) - (a.year ?? 0),
  );
  const share = similar[0]!.fit === 'same-goal' ? 1 : MATCH_FRACTIONS.experienceRelated;
  return [
    {
      kind: 'experience',
      points: Math.round(MATCH_WEIGHTS.experience * share),
      details: { collaborations: similar.slice(0, MAX_COLLABORATIONS_NAMED) },
    },
  ];
}
