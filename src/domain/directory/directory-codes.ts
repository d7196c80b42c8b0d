/**
 * The codes of the directory and the challenge board: kinds of actor, societal goals (the 17 SDGs
 * and plain themes), the statuses of a challenge. Pages, the API, the import and the database
 * all take their lists from here.
 */
import { LEGAL_FORMS, type LegalForm } from '../../rules/index';

/** The kinds of organisation the directory lists. Public bodies are not in it. */
export const ACTOR_KINDS = ['ideburen', 'social-enterprise'] as const;
/** One of {@link ACTOR_KINDS}. */
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** The legal forms of the case contract (`counterpart.legalForm`). */
export const ACTOR_LEGAL_FORMS: readonly LegalForm[] = LEGAL_FORMS;

/** The 17 Sustainable Development Goals as goal ids: `sdg-1` … `sdg-17`. */
export const SDG_GOAL_IDS = Array.from(
  { length: 17 },
  (_, i) => `sdg-${i + 1}`,
) as readonly string[];

/**
 * Plain themes a municipality or an organisation would name a challenge by, next to the SDGs.
 * Each theme lists the SDGs it is closest to, so that a theme and a goal can meet in matching.
 */
export const THEMES = [
  { id: 'minskat-utanforskap', sdgs: [1, 10] },
  { id: 'klimat-och-miljo', sdgs: [7, 12, 13, 15] },
  { id: 'trygg-livsmiljo', sdgs: [11, 16] },
  { id: 'arbete-och-sysselsattning', sdgs: [8] },
  { id: 'barn-och-unga', sdgs: [4, 10] },
  { id: 'aldre', sdgs: [3, 10] },
  { id: 'psykisk-halsa', sdgs: [3] },
  { id: 'integration', sdgs: [10, 16] },
  { id: 'utbildning', sdgs: [4] },
  { id: 'jamstalldhet', sdgs: [5] },
  { id: 'funktionsratt', sdgs: [10] },
  { id: 'hemloshet', sdgs: [1, 11] },
  { id: 'beroende', sdgs: [3] },
  { id: 'vald-i-nara-relationer', sdgs: [5, 16] },
  { id: 'kultur-och-fritid', sdgs: [3, 11] },
  { id: 'mat-och-livsmedel', sdgs: [2, 12] },
] as const;
/** A theme id. */
export type ThemeId = (typeof THEMES)[number]['id'];

/** Every goal id: the SDGs first, then the themes. */
export const GOAL_IDS: readonly string[] = [...SDG_GOAL_IDS, ...THEMES.map((t) => t.id)];

const GOAL_ID_SET = new Set(GOAL_IDS);

/** Whether `value` is a goal id (an SDG or a theme). */
export function isGoalId(value: unknown): value is string {
  return typeof value === 'string' && GOAL_ID_SET.has(value);
}

/** The SDG numbers a goal id stands for: itself for an SDG, its related SDGs for a theme. */
export function goalSdgs(goalId: string): readonly number[] {
  const sdg = /^sdg-(\d+)$/.exec(goalId);
  if (sdg) return [Number(sdg[1])];
  return THEMES.find((t) => t.id === goalId)?.sdgs ?? [];
}

/** The kinds of post on the board: a public body's challenge, an idéburen organisation's initiative. */
export const CHALLENGE_KINDS = ['challenge', 'initiative'] as const;
/** One of {@link CHALLENGE_KINDS}. */
export type ChallengeKind = (typeof CHALLENGE_KINDS)[number];

/** Where a challenge stands, from the first idea to the end. */
export const CHALLENGE_STATUSES = [
  'ide',
  'dialog',
  'upphandling-partnerskap',
  'pagar',
  'avslutad',
] as const;
/** One of {@link CHALLENGE_STATUSES}. */
export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];

/** Whether `value` is a challenge status. */
export function isChallengeStatus(value: unknown): value is ChallengeStatus {
  return typeof value === 'string' && (CHALLENGE_STATUSES as readonly string[]).includes(value);
}

/** Whether `value` is a legal form id. */
export function isLegalForm(value: unknown): value is LegalForm {
  return typeof value === 'string' && (LEGAL_FORMS as readonly string[]).includes(value);
}

/** Whether `value` is an actor kind. */
export function isActorKind(value: unknown): value is ActorKind {
  return typeof value === 'string' && (ACTOR_KINDS as readonly string[]).includes(value);
}
