/**
 * The codes a database query looks for so that its indexes find every candidate a match could
 * give points to: goals related through the SDGs, CPV codes of the same category or group, and
 * the areas an actor serves wholly or in part.
 */
import { cpvEntries, findMunicipality, municipalityList } from '../../reference/index';
import { COUNTRY_CODE, coveringAreas, GOAL_IDS, goalSdgs } from '../directory/index';

/** The SDG numbers two goals have in common (empty when they are unrelated or the same goal). */
export function sharedSdgs(a: string, b: string): number[] {
  if (a === b) return [];
  const other = new Set(goalSdgs(b));
  return goalSdgs(a).filter((n) => other.has(n));
}

/** `goals` and every goal id related to one of them through an SDG, sorted. */
export function relatedGoalIds(goals: readonly string[]): string[] {
  const all = new Set(goals);
  for (const goal of goals) {
    for (const other of GOAL_IDS) if (sharedSdgs(goal, other).length > 0) all.add(other);
  }
  return [...all].sort();
}

let byGroup: Map<string, string[]> | undefined;

function codesByPrefix(): Map<string, string[]> {
  if (byGroup === undefined) {
    byGroup = new Map();
    for (const { code } of cpvEntries()) {
      for (const prefix of [code.slice(0, 3), code.slice(0, 5)]) {
        const list = byGroup.get(prefix) ?? [];
        list.push(code);
        byGroup.set(prefix, list);
      }
    }
  }
  return byGroup;
}

/** Every CPV code that shares its first `digits` (3: group, 5: category) with one of `codes`. */
export function cpvCodesSharing(codes: readonly string[], digits: 3 | 5): string[] {
  const prefixes = new Set(codes.map((c) => c.slice(0, digits)));
  const out = new Set(codes);
  for (const prefix of prefixes) for (const c of codesByPrefix().get(prefix) ?? []) out.add(c);
  return [...out].sort();
}

/** How a database finds the actors that serve some area of a challenge. */
export interface ChallengeAreaQuery {
  /** false when the challenge names no area or the whole country: every actor serves part of it */
  restricted: boolean;
  /** the codes an actor may name to serve all of some area of the challenge */
  covering: string[];
  /** the län of the challenge: an actor with one of them in its area index serves part of it */
  counties: string[];
  /** the codes of the challenge itself */
  exact: string[];
}

/** The area codes that serve the areas of a challenge, for the `area_codes` and `area_index` columns. */
export function challengeAreaQuery(areaCodes: readonly string[]): ChallengeAreaQuery {
  const restricted = areaCodes.length > 0 && !areaCodes.includes(COUNTRY_CODE);
  const covering = new Set<string>();
  const counties = new Set<string>();
  for (const code of areaCodes) {
    for (const c of coveringAreas(code)) covering.add(c);
    if (/^\d{2}$/.test(code)) counties.add(code);
  }
  return {
    restricted,
    covering: [...covering].sort(),
    counties: [...counties].sort(),
    exact: [...areaCodes].sort(),
  };
}

/**
 * The area codes of challenges an actor serving `areaCodes` serves wholly or in part, or
 * undefined when it serves the whole country (every challenge's area). The country itself is
 * always in it: every actor serves part of a nationwide challenge.
 */
export function areasServedBy(areaCodes: readonly string[]): string[] | undefined {
  if (areaCodes.includes(COUNTRY_CODE)) return undefined;
  const served = new Set<string>([COUNTRY_CODE]);
  for (const code of areaCodes) {
    served.add(code);
    const kommun = findMunicipality(code);
    if (kommun) served.add(kommun.countyCode);
    else if (/^\d{2}$/.test(code)) {
      for (const m of municipalityList()) if (m.countyCode === code) served.add(m.code);
    }
  }
  return [...served].sort();
}
