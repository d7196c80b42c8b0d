/**
 * The reasons a match gives for its score: structured data (what was compared and what was
 * found), turned into words only when shown, in the reader's language.
 */
import type { FormId, Verdict } from '../../rules/index';

/** How an actor serves an area of the challenge. */
export type AreaFit =
  /** it names the area itself */
  | 'itself'
  /** it names the län of the kommun */
  | 'county'
  /** it serves the whole country */
  | 'country'
  /** it serves some of the län's kommuner, or some place in the country */
  | 'part';

/** How a CPV code of the actor meets one of the challenge. */
export type CpvFit = 'same' | 'category' | 'group';

/** A goal of the challenge met by a related goal of the actor through shared SDGs. */
export interface RelatedGoal {
  challengeGoal: string;
  actorGoal: string;
  /** the SDG numbers the two have in common */
  sdgs: number[];
}

/** A similar collaboration the actor has done. */
export interface SimilarCollaboration {
  title: string;
  partner: string;
  year: number | null;
  form: FormId | null;
  /** the goals it shares with the challenge, or its goals related to them */
  goals: string[];
  fit: 'same-goal' | 'related-goal';
}

/** The eligibility facts of one reserved procurement. */
export interface ReservedDetails {
  form: FormId;
  label: string;
  verdict: Verdict;
  conditions: string[];
  reasons: string[];
  questions: string[];
}

/** One reason of a match, with the points it gave. */
export type MatchReason =
  | { kind: 'goals'; points: number; details: { shared: string[]; challengeGoals: number } }
  | { kind: 'goals-related'; points: number; details: { related: RelatedGoal[] } }
  | { kind: 'no-goal-in-common'; points: number; details: { challengeGoals: string[] } }
  | { kind: 'area'; points: number; details: { area: string; via: string[]; fit: AreaFit } }
  | { kind: 'area-not-served'; points: number; details: { areas: string[] } }
  | {
      kind: 'services-cpv';
      points: number;
      details: { matches: { challengeCode: string; actorCode: string; fit: CpvFit }[] };
    }
  | { kind: 'services-text'; points: number; details: { words: string[]; titleWords: number } }
  | { kind: 'reserved-eligible'; points: number; details: ReservedDetails }
  | { kind: 'reserved-maybe'; points: number; details: ReservedDetails }
  | { kind: 'reserved-unknown'; points: number; details: ReservedDetails }
  | { kind: 'reserved-not-eligible'; points: number; details: ReservedDetails }
  | { kind: 'experience'; points: number; details: { collaborations: SimilarCollaboration[] } };

/** The kinds of reason, in the order a match lists them. */
export const MATCH_REASON_KINDS = [
  'goals',
  'goals-related',
  'no-goal-in-common',
  'area',
  'area-not-served',
  'services-cpv',
  'services-text',
  'reserved-eligible',
  'reserved-maybe',
  'reserved-unknown',
  'reserved-not-eligible',
  'experience',
] as const satisfies readonly MatchReason['kind'][];

/** One of {@link MATCH_REASON_KINDS}. */
export type MatchReasonKind = MatchReason['kind'];

/** A score of 0 to 100 and every reason that made it. */
export interface MatchScore {
  score: number;
  reasons: MatchReason[];
}
