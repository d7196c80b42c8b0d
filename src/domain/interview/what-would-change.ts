/**
 * What would change the answer: the amounts at which direct award opens or closes and the
 * threshold bites, the day the next rule set starts, and how many decisive questions are open.
 * Computed from the assessment and the rule data, never retyped.
 */
import type { Lang } from '../../engine';
import { formatEur, formatSek, rulesCatalogue, type Assessment } from '../../rules';
import type { ChangeNote, InterviewState } from './interview-types';
import { interviewMessages } from './locales';

const MISSION_BASED_MAX_MONTHS = 36;

/** Sentences on what would change the answer. */
export function whatWouldChange(
  state: InterviewState,
  assessment: Assessment,
  lang: Lang,
): ChangeNote[] {
  const m = interviewMessages(lang).changes;
  const notes: ChangeNote[] = [];
  const verdict = (form: string) => assessment.options.find((o) => o.form === form)?.verdict;
  const limit = assessment.regime.directAwardLimit;
  const value = state.case.estimatedValueSek;
  if (limit?.sek != null) {
    const text = formatSek(limit.sek, lang);
    const direct = verdict('direct-award');
    if (direct === 'not-allowed')
      notes.push({ form: 'direct-award', text: m.directAwardOpensAt(text) });
    else if (direct === 'allowed' || direct === 'allowed-if') {
      notes.push({ form: 'direct-award', text: m.directAwardClosesAbove(text) });
    } else notes.push({ form: 'direct-award', text: m.directAwardUpTo(text) });
  } else if (limit != null && limit.eur != null) {
    notes.push({
      form: 'direct-award',
      text: m.directAwardLimitMissing(formatEur(limit.eur, lang)),
    });
  }
  const threshold = assessment.regime.threshold;
  if (threshold?.sek != null && value != null) {
    const text = formatSek(threshold.sek, lang);
    if (assessment.regime.bilaga2 === true) {
      notes.push({ form: 'advertised-procurement', text: m.specialServicesThreshold(text) });
    } else if (assessment.regime.aboveThreshold === true) {
      notes.push({ form: 'advertised-procurement', text: m.thresholdReached(text) });
    } else if (assessment.regime.aboveThreshold === false) {
      notes.push({ form: 'advertised-procurement', text: m.thresholdNotReached(text) });
    }
  }
  const months = state.case.durationMonths;
  const mission = assessment.options.find((o) => o.form === 'reserved-mission-based');
  if (
    months != null &&
    months > MISSION_BASED_MAX_MONTHS &&
    mission?.reasons.some((r) => r.code === 'mission-based.duration-too-long')
  ) {
    notes.push({
      form: 'reserved-mission-based',
      text: m.missionDuration(MISSION_BASED_MAX_MONTHS),
    });
  }
  const next = rulesCatalogue().ruleSets.find((r) => r.validFrom > assessment.asOf);
  if (next !== undefined)
    notes.push({ form: null, text: m.nextRuleSet(next.validFrom, next.label[lang]) });
  if (assessment.questions.length > 0) {
    notes.push({ form: null, text: m.openQuestions(assessment.questions.length) });
  }
  return notes;
}
