/**
 * What changed between a saved assessment and the assessment of the same facts under today's
 * rules: the date, the rule data, the rule set, the values (threshold, direct-award limit, …), each
 * form whose verdict changed with its new reasons, and the open questions added or answered away.
 * Everything is compared by ids and figures, never by text, so the saved assessment (Swedish) and
 * the new one (in the page's language) compare correctly.
 */
import type { Assessment, FormId, Reason, Verdict } from '../../rules';
import type { AmountValue, RuleSetRef, RuleValues } from './rule-values';
import type { AssessmentSnapshot } from './saved-assessment';

/** The values compared one by one. */
export const COMPARED_VALUES = [
  'act',
  'bilaga2',
  'threshold',
  'directAwardLimit',
  'aboveThreshold',
] as const;
/** One of {@link COMPARED_VALUES}. */
export type ComparedValue = (typeof COMPARED_VALUES)[number];

/** A value that is not the same any more. */
export type ValueChange =
  | { value: 'act'; from: string; to: string }
  | { value: 'bilaga2' | 'aboveThreshold'; from: boolean | null; to: boolean | null }
  | { value: 'threshold' | 'directAwardLimit'; from: AmountValue | null; to: AmountValue | null };

/** A form whose verdict changed, with what the new assessment gives as its grounds. */
export interface FormChange {
  form: FormId;
  /** the form's name in the new assessment's language */
  label: string;
  from: Verdict;
  to: Verdict;
  /** the new assessment's conditions, reasons and risks for the form */
  conditions: Reason[];
  reasons: Reason[];
  risks: Reason[];
}

/** An open question that appeared or went away. */
export interface QuestionChange {
  field: string;
  /** the question's text in the language of the assessment it comes from */
  text: string;
}

/** How a saved assessment and today's assessment of the same facts differ. */
export interface AssessmentDiff {
  /** `no-change`: same verdicts, questions and values; otherwise why it differs. */
  outcome: 'no-change' | 'rules-changed' | 'assessment-changed';
  asOf: { from: string; to: string };
  /** The rule data of samverka differs (fingerprints), whether or not this case is touched. */
  rulesDataChanged: boolean;
  rulesVersion: { from: string; to: string };
  ruleSet: { from: RuleSetRef; to: RuleSetRef } | null;
  values: ValueChange[];
  forms: FormChange[];
  questionsAdded: QuestionChange[];
  questionsRemoved: QuestionChange[];
}

function sameAmount(a: AmountValue | null, b: AmountValue | null): boolean {
  if (a === null || b === null) return a === b;
  return a.sek === b.sek && a.eur === b.eur;
}

function valueChanges(from: RuleValues, to: RuleValues): ValueChange[] {
  const changes: ValueChange[] = [];
  if (from.act !== to.act) changes.push({ value: 'act', from: from.act, to: to.act });
  for (const value of ['bilaga2', 'aboveThreshold'] as const) {
    if (from[value] !== to[value]) changes.push({ value, from: from[value], to: to[value] });
  }
  for (const value of ['threshold', 'directAwardLimit'] as const) {
    if (!sameAmount(from[value], to[value])) {
      changes.push({ value, from: from[value], to: to[value] });
    }
  }
  const order = (c: ValueChange) => COMPARED_VALUES.indexOf(c.value);
  return changes.sort((a, b) => order(a) - order(b));
}

function formChanges(from: Assessment, to: Assessment): FormChange[] {
  const before = new Map(from.options.map((o) => [o.form, o.verdict]));
  return to.options.flatMap((o) => {
    const old = before.get(o.form);
    if (old === undefined || old === o.verdict) return [];
    return [
      {
        form: o.form,
        label: o.label,
        from: old,
        to: o.verdict,
        conditions: o.conditions,
        reasons: o.reasons,
        risks: o.risks,
      },
    ];
  });
}

function questionsOnlyIn(a: Assessment, b: Assessment): QuestionChange[] {
  const other = new Set(b.questions.map((q) => q.field));
  return a.questions
    .filter((q) => !other.has(q.field))
    .map((q) => ({ field: q.field, text: q.text }));
}

/** The differences between the saved assessment `saved` and `current`. */
export function diffAssessments(
  saved: AssessmentSnapshot,
  current: AssessmentSnapshot,
): AssessmentDiff {
  const from = saved.ruleValues;
  const to = current.ruleValues;
  const ruleSetChanged =
    from.ruleSet.id !== to.ruleSet.id ||
    from.ruleSet.validFrom !== to.ruleSet.validFrom ||
    from.ruleSet.validTo !== to.ruleSet.validTo;
  const values = valueChanges(from, to);
  const forms = formChanges(saved.assessment, current.assessment);
  const questionsAdded = questionsOnlyIn(current.assessment, saved.assessment);
  const questionsRemoved = questionsOnlyIn(saved.assessment, current.assessment);
  const rulesDataChanged = saved.rulesVersion !== current.rulesVersion;
  const assessmentChanged =
    forms.length > 0 || questionsAdded.length > 0 || questionsRemoved.length > 0;
  const rulesChanged = ruleSetChanged || values.length > 0;
  return {
    outcome:
      rulesChanged || (rulesDataChanged && assessmentChanged)
        ? 'rules-changed'
        : assessmentChanged
          ? 'assessment-changed'
          : 'no-change',
    asOf: { from: saved.asOf, to: current.asOf },
    rulesDataChanged,
    rulesVersion: { from: saved.rulesVersion, to: current.rulesVersion },
    ruleSet: ruleSetChanged ? { from: from.ruleSet, to: to.ruleSet } : null,
    values,
    forms,
    questionsAdded,
    questionsRemoved,
  };
}
