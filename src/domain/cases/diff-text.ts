/**
 * An assessment diff in words, in Swedish or English: a headline that says plainly whether the
 * rules changed, then one sentence per change. The API answers with these sentences; the pages
 * lay out the same diff with its reasons and sources.
 */
import type { Lang } from '../../engine';
import { formatEur, formatSek, rulesCatalogue, type FormId } from '../../rules';
import { interviewField } from '../interview';
import type { AssessmentDiff } from './assessment-diff';
import { savedCaseMessages } from './locales';
import type { AmountValue, RuleSetRef } from './rule-values';
import { shortFingerprint } from './rules-fingerprint';

/** The diff in sentences. */
export interface DiffText {
  /** "The rules have changed since …" or "No change: …". */
  headline: string;
  /** The date, the rule data, the rule set and each value that changed. */
  rules: string[];
  /** Each form whose verdict changed: old → new. */
  forms: { form: FormId; text: string }[];
  questionsAdded: string[];
  questionsRemoved: string[];
}

/** A rule set's name in `lang`, from the catalogue; its id when the catalogue no longer has it. */
export function ruleSetName(ref: RuleSetRef, lang: Lang): string {
  const known = rulesCatalogue().ruleSets.find((r) => r.id === ref.id);
  return known ? `${known.label[lang]} (${ref.id})` : ref.id;
}

/** An amount in words: kronor (with euro), or that there is no kronor figure. */
export function amountText(amount: AmountValue | null, lang: Lang): string {
  const t = savedCaseMessages(lang).diff;
  if (amount === null) return t.unknown;
  const eur = amount.eur !== null ? formatEur(amount.eur, lang) : null;
  if (amount.sek === null) return t.noSek(eur);
  return eur !== null ? `${formatSek(amount.sek, lang)} (${eur})` : formatSek(amount.sek, lang);
}

function flag(value: boolean | null, lang: Lang): string {
  const t = savedCaseMessages(lang).diff;
  return value === null ? t.unknown : value ? t.yes : t.no;
}

/** The question of the interview for `field` in `lang`; `fallback` when it has none. */
function questionText(field: string, fallback: string, lang: Lang): string {
  return interviewField(field)?.question[lang] ?? fallback;
}

/** `diff` in sentences in `lang`. */
export function describeDiff(diff: AssessmentDiff, lang: Lang): DiffText {
  const m = savedCaseMessages(lang);
  const t = m.diff;
  const headline =
    diff.outcome === 'rules-changed'
      ? t.rulesChanged
      : diff.outcome === 'assessment-changed'
        ? t.assessmentChanged
        : diff.rulesDataChanged
          ? t.noChangeDataUpdated
          : t.noChange;
  const rules: string[] = [];
  if (diff.asOf.from !== diff.asOf.to) rules.push(t.asOf(diff.asOf.from, diff.asOf.to));
  if (diff.rulesDataChanged) {
    rules.push(
      t.rulesData(shortFingerprint(diff.rulesVersion.from), shortFingerprint(diff.rulesVersion.to)),
    );
  }
  if (diff.ruleSet !== null) {
    rules.push(t.ruleSet(ruleSetName(diff.ruleSet.from, lang), ruleSetName(diff.ruleSet.to, lang)));
  }
  for (const change of diff.values) {
    switch (change.value) {
      case 'act':
        rules.push(t.act(change.from, change.to));
        break;
      case 'bilaga2':
      case 'aboveThreshold':
        rules.push(t[change.value](flag(change.from, lang), flag(change.to, lang)));
        break;
      case 'threshold':
      case 'directAwardLimit':
        rules.push(t[change.value](amountText(change.from, lang), amountText(change.to, lang)));
        break;
    }
  }
  return {
    headline,
    rules,
    forms: diff.forms.map((f) => ({
      form: f.form,
      text: t.form(f.label, m.verdicts[f.from], m.verdicts[f.to]),
    })),
    questionsAdded: diff.questionsAdded.map((q) =>
      t.questionAdded(questionText(q.field, q.text, lang)),
    ),
    questionsRemoved: diff.questionsRemoved.map((q) =>
      t.questionRemoved(questionText(q.field, q.text, lang)),
    ),
  };
}
