/**
 * Assessing the facts of a saved case: when it is first saved, and again under today's rules. An
 * assessment is made for one date (`asOf`): the case's start date when it is saved; when it is
 * re-assessed, today, or the start date if that is still ahead — the rules that would apply if the
 * case were decided now.
 */
import type { Lang } from '../../engine';
import { assess, type Assessment, type Case } from '../../rules';
import { ruleValuesOf, type RuleValues } from './rule-values';
import { currentRulesVersion } from './rules-fingerprint';

/** An assessment with what it was made under: the date, the rule data and the values. */
export interface AssessmentSnapshot {
  /** The date the rules were chosen by (YYYY-MM-DD). */
  asOf: string;
  /** The fingerprint of the rule data (see `rules-fingerprint.ts`). */
  rulesVersion: string;
  ruleValues: RuleValues;
  assessment: Assessment;
}

/** The date a re-assessment made on `today` applies the rules of. */
export function reassessmentDate(startDate: string, today: string): string {
  return startDate > today ? startDate : today;
}

/** Assesses `facts` under the rules in force on `asOf`, with the rule data of this version. */
export function assessSavedFacts(facts: Case, asOf: string, lang: Lang): AssessmentSnapshot {
  const assessment = assess({ ...facts, startDate: asOf }, { lang, explain: false });
  return {
    asOf,
    rulesVersion: currentRulesVersion(),
    ruleValues: ruleValuesOf(assessment),
    assessment,
  };
}

/**
 * A saved assessment in `lang`. Saved assessments keep their texts in Swedish. The same facts,
 * date and rule data give the same assessment in any language, so when the rule data has not
 * changed since it was saved it is made again in `lang`; otherwise the saved Swedish text is the
 * record and is shown as it is (`translated: false`).
 */
export function savedAssessmentIn(
  saved: { facts: Case; asOf: string; rulesVersion: string; assessment: Assessment },
  lang: Lang,
): { assessment: Assessment; translated: boolean } {
  if (saved.assessment.lang === lang) return { assessment: saved.assessment, translated: true };
  if (saved.rulesVersion !== currentRulesVersion()) {
    return { assessment: saved.assessment, translated: false };
  }
  return {
    assessment: assessSavedFacts(saved.facts, saved.asOf, lang).assessment,
    translated: true,
  };
}
