/**
 * How much each kind of fit counts in a match, as data: the database's coarse ranking and the exact
 * score in {@link scoreMatch} read the same numbers, so they cannot drift apart.
 */
import type { FormId } from '../../rules/index';

/** Points of each part of a match; they add up to 100. */
export const MATCH_WEIGHTS = {
  /** goals and themes shared */
  goals: 30,
  /** the challenge's area served */
  area: 25,
  /** services: the CPV codes, or the words of the challenge in the actor's own text */
  services: 20,
  /** eligibility for the reserved procurements the engine finds open for the challenge's case */
  reserved: 15,
  /** similar collaborations done before */
  experience: 10,
} as const;

/** The highest score: the sum of {@link MATCH_WEIGHTS}. */
export const MAX_MATCH_SCORE = Object.values(MATCH_WEIGHTS).reduce((sum, w) => sum + w, 0);

/**
 * The share of a part's weight that a partial fit earns. A goal related through the SDGs is half
 * a shared goal; a kommun served through its län counts more than through the whole country,
 * which says less about presence nearby; words of the title are weaker evidence than a CPV code.
 */
export const MATCH_FRACTIONS = {
  /** a challenge goal met only by a related goal (a theme and an SDG of it) */
  relatedGoal: 0.5,
  /** a kommun served through its län */
  areaCounty: 0.8,
  /** an area served through the whole country */
  areaCountry: 0.6,
  /** part of a län (one of its kommuner), or part of the country */
  areaPart: 0.6,
  /** a CPV code of the same category (first five digits) */
  cpvCategory: 0.75,
  /** a CPV code of the same group (first three digits) */
  cpvGroup: 0.5,
  /** every word of the title found in the actor's text; fewer words earn their share of it */
  textAllWords: 0.75,
  /** a reserved procurement the engine allows on conditions */
  reservedMaybe: 2 / 3,
  /** a similar collaboration whose goal is only related to the challenge's */
  experienceRelated: 0.5,
} as const;

/**
 * The reserved procurements whose conditions are about the organisation itself, so that the
 * engine can say for each actor whether it could take part.
 */
export const MATCHED_RESERVED_FORMS: readonly FormId[] = [
  'reserved-work-integration',
  'reserved-mission-based',
];

/** Most similar collaborations named in one reason. */
export const MAX_COLLABORATIONS_NAMED = 3;
