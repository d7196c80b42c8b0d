/**
 * The reasons of a match in words a municipal officer or an organisation reads: goal, area and
 * service names from the reference data, the engine's own words for eligibility.
 */
import type { Lang } from '../../engine/index';
import type { FormId } from '../../rules/index';
import { cpvByCode } from '../../reference/index';
import { areaName, goalName } from '../directory/index';
import type { AreaFit, CpvFit, MatchReason } from './match-reason';
import { matchTextsEn } from './locales/en';
import { matchTextsSv } from './locales/sv';

/**
 * Who reads the reasons: the side of the challenge (the organisations found for it: "your
 * goals"), or anyone looking at the challenges found for an organisation ("the challenge's goals").
 */
export type MatchView = 'challenge' | 'actor';

/** A collaboration as it is named in a sentence. */
export interface NamedCollaboration {
  title: string;
  partner: string;
  year: number | null;
  /** the short name of its form, or null */
  form: string | null;
}

/** The sentences of one language; names are already in that language. */
export interface MatchTexts {
  goals: (shared: string[], of: number, view: MatchView) => string;
  /** `challengeIsTheme`/`actorIsTheme` say which way the relation goes */
  goalRelated: (
    r: { challengeGoal: string; actorGoal: string; sdgs: string[] },
    way: 'theme-to-sdg' | 'sdg-to-theme' | 'theme-to-theme',
    view: MatchView,
  ) => string;
  noGoalInCommon: (goals: string[], view: MatchView) => string;
  area: (area: string, via: string[], fit: AreaFit) => string;
  areaNotServed: (areas: string[], view: MatchView) => string;
  cpv: (actorCode: string, challengeCode: string, fit: CpvFit, view: MatchView) => string;
  text: (words: string[], of: number, view: MatchView) => string;
  reservedEligible: (label: string) => string;
  reservedMaybe: (label: string, conditions: string[]) => string;
  reservedUnknown: (label: string, questions: string[]) => string;
  reservedNotEligible: (label: string, reasons: string[]) => string;
  experience: (collaborations: NamedCollaboration[]) => string;
  /** short names of the collaboration forms, for past collaborations */
  forms: Record<FormId, string>;
  /** "+30 points" */
  points: (points: number) => string;
}

/** The matching texts of `lang`. */
export function matchTexts(lang: Lang): MatchTexts {
  return lang === 'sv' ? matchTextsSv : matchTextsEn;
}

function cpvName(code: string, lang: Lang): string {
  const entry = cpvByCode(code);
  if (!entry) return code;
  return `${code} ${lang === 'sv' ? entry.labelSv : entry.labelEn}`;
}

function way(challengeGoal: string, actorGoal: string) {
  const theme = (g: string) => !g.startsWith('sdg-');
  if (theme(challengeGoal) && theme(actorGoal)) return 'theme-to-theme' as const;
  return theme(challengeGoal) ? ('theme-to-sdg' as const) : ('sdg-to-theme' as const);
}

/**
 * One reason as sentences in `lang`, for a reader on `view`'s side. A reason with several parts
 * (related goals, CPV codes) gives one sentence per part, joined.
 */
export function matchReasonText(
  reason: MatchReason,
  lang: Lang,
  view: MatchView = 'challenge',
): string {
  const t = matchTexts(lang);
  const goal = (g: string) => goalName(g, lang);
  const area = (a: string) => areaName(a, lang);
  switch (reason.kind) {
    case 'goals':
      return t.goals(reason.details.shared.map(goal), reason.details.challengeGoals, view);
    case 'goals-related':
      return reason.details.related
        .map((r) =>
          t.goalRelated(
            {
              challengeGoal: goal(r.challengeGoal),
              actorGoal: goal(r.actorGoal),
              sdgs: r.sdgs.map((n) => goal(`sdg-${n}`)),
            },
            way(r.challengeGoal, r.actorGoal),
            view,
          ),
        )
        .join(' ');
    case 'no-goal-in-common':
      return t.noGoalInCommon(reason.details.challengeGoals.map(goal), view);
    case 'area':
      return t.area(area(reason.details.area), reason.details.via.map(area), reason.details.fit);
    case 'area-not-served':
      return t.areaNotServed(reason.details.areas.map(area), view);
    case 'services-cpv':
      return reason.details.matches
        .map((m) => t.cpv(cpvName(m.actorCode, lang), cpvName(m.challengeCode, lang), m.fit, view))
        .join(' ');
    case 'services-text':
      return t.text(reason.details.words, reason.details.titleWords, view);
    case 'reserved-eligible':
      return t.reservedEligible(reason.details.label);
    case 'reserved-maybe':
      return t.reservedMaybe(reason.details.label, reason.details.conditions);
    case 'reserved-unknown':
      return t.reservedUnknown(reason.details.label, reason.details.questions);
    case 'reserved-not-eligible':
      return t.reservedNotEligible(reason.details.label, reason.details.reasons);
    case 'experience':
      return t.experience(
        reason.details.collaborations.map((c) => ({
          title: c.title,
          partner: c.partner,
          year: c.year,
          form: c.form === null ? null : t.forms[c.form],
        })),
      );
  }
}
