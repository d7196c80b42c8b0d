// The decision memo of a saved case: the memo of the guide, made from the saved facts and the
// latest saved assessment, with a section on the saved case (title, who saved and assessed it,
// the date and the rule data the assessment used) and the decision recorded on it, if any.
import {
  formatRecordTime,
  savedAssessmentIn,
  savedCaseMessages,
  shortFingerprint,
  currentRulesVersion,
  formLabel,
} from '../domain/cases/index';
import { stateFromCase, whatWouldChange } from '../domain/interview/index';
import type { Lang } from '../engine';
import { memoMessages } from '../memo/locales';
import type { MemoBlock, MemoDocument } from '../memo/memo-document';
import { memoFromResult } from '../memo/memo-from-result';
import { printable } from '../memo/memo-model';
import { latestAssessment, latestDecision, type CaseActor, type SavedCase } from './case-records';

/** How the memo is produced: language, day of production, address of the case page. */
export interface CaseMemoOptions {
  lang: Lang;
  producedOn: string;
  /** the address of the saved case, printed as the way back */
  address: string;
}

/** The memo of `saved` in `options.lang`. */
export function caseMemo(saved: SavedCase, options: CaseMemoOptions): MemoDocument {
  const { lang } = options;
  const stored = latestAssessment(saved);
  const shown = savedAssessmentIn(
    {
      facts: saved.facts,
      asOf: stored.asOf,
      rulesVersion: stored.rulesVersion,
      assessment: stored.assessment,
    },
    lang,
  );
  // What would change the answer is worked out with today's rule data: it is left out when that
  // is not the data the assessment was made with.
  const sameData = stored.rulesVersion === currentRulesVersion();
  const changes = sameData
    ? whatWouldChange(
        stateFromCase({ ...saved.facts, startDate: stored.asOf }),
        shown.assessment,
        lang,
      )
    : [];
  const state = stateFromCase(saved.facts);
  const memo = memoFromResult(
    // The memo is titled with the saved case's name.
    {
      state: { ...state, case: { ...state.case, title: saved.title } },
      assessment: shown.assessment,
      changes,
    },
    { lang, producedOn: options.producedOn, permalink: options.address },
  );
  const t = savedCaseMessages(lang).memo;
  // The way back leads to the saved case, which holds the answers and more.
  const blocks: MemoBlock[] = memo.blocks.map((b) =>
    b.kind === 'paragraph' && b.content[0]?.url === options.address
      ? {
          kind: 'paragraph',
          content: [{ text: t.reopenLink, url: options.address }, { text: ` ${t.reopenNote}` }],
        }
      : b,
  );
  const firstSection = blocks.findIndex((b) => b.kind === 'heading' && b.level === 2);
  blocks.splice(firstSection, 0, ...savedCaseSection(saved, lang, shown.translated));
  const decision = decisionSection(saved, lang);
  if (decision.length > 0) {
    const heading = memoMessages(lang).decision.heading;
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.level === 2 && b.text === heading);
    blocks.splice(at === -1 ? blocks.length : at, 0, ...decision);
  }
  return { ...memo, blocks };
}

function who(actor: CaseActor, lang: Lang): string {
  return actor.name ?? savedCaseMessages(lang).memo.unknownPerson;
}

function savedCaseSection(saved: SavedCase, lang: Lang, translated: boolean): MemoBlock[] {
  const t = savedCaseMessages(lang).memo;
  const stored = latestAssessment(saved);
  const rows: string[][] = [
    [t.title, printable(saved.title)],
    [t.saved, t.by(formatRecordTime(saved.createdAt), who(saved.createdBy, lang))],
    [t.assessed, t.by(formatRecordTime(stored.assessedAt), who(stored.assessedBy, lang))],
    [
      t.asOf,
      stored.asOf === saved.facts.startDate
        ? stored.asOf
        : t.reassessed(stored.asOf, saved.facts.startDate),
    ],
    [t.rulesVersion, shortFingerprint(stored.rulesVersion)],
  ];
  return [
    { kind: 'heading', level: 2, text: t.heading },
    { kind: 'table', head: [t.what, t.value], rows },
    ...(translated ? [] : [paragraph(t.untranslated)]),
  ];
}

function decisionSection(saved: SavedCase, lang: Lang): MemoBlock[] {
  const decision = latestDecision(saved);
  if (decision === undefined) return [];
  const t = savedCaseMessages(lang).memo;
  const stored = latestAssessment(saved);
  const label =
    stored.assessment.lang === lang
      ? stored.assessment.options.find((o) => o.form === decision.form)?.label
      : undefined;
  const rows: string[][] = [
    [t.decisionForm, label ?? formLabel(decision.form, lang)],
    [t.motivation, printable(decision.motivation)],
    [t.decidedBy, who(decision.decidedBy, lang)],
    [t.decidedAt, formatRecordTime(decision.decidedAt)],
  ];
  const on = saved.assessments.find((a) => a.id === decision.assessmentId);
  return [
    { kind: 'heading', level: 2, text: t.decisionHeading },
    { kind: 'table', head: [t.what, t.value], rows },
    ...(on !== undefined && on.id !== stored.id
      ? [paragraph(t.earlierAssessment(formatRecordTime(on.assessedAt)))]
      : []),
  ];
}

function paragraph(text: string): MemoBlock {
  return { kind: 'paragraph', content: [{ text }] };
}
