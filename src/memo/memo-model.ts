// The decision memo's content: what the decision-maker reads, in the order they need it. Pure:
// the date of production and the permalink come in as values, nothing is read from a clock.
import { formatCitation, type Citation, type Lang } from '../engine';
import type { ChangeNote } from '../domain/interview/interview-types';
import type { Amount, Assessment, FormId, Reason } from '../rules';
import { memoMessages, type MemoMessages } from './locales';
import type { Inline, MemoBlock, MemoDocument } from './memo-document';

/** One fact as the user answered it: the question and the answer in words. */
export interface MemoFact {
  question: string;
  answer: string;
}

/** Everything a memo is made from. */
export interface MemoInput {
  lang: Lang;
  /** The case's own title or description, for the memo's title; `null` when not given. */
  subject: string | null;
  /** The answered facts in the order of the interview; facts never asked are left out. */
  facts: readonly MemoFact[];
  /**
   * False when the start date was answered "Vet inte": the assessment then applies the rules in
   * force on the day of production, and the memo says so.
   */
  startDateKnown: boolean;
  /** The assessment in `lang`. */
  assessment: Assessment;
  /** What would change the answer, in `lang`. */
  changes: readonly ChangeNote[];
  /** The day the memo is produced (YYYY-MM-DD). */
  producedOn: string;
  /** The address of the result page that reopens this assessment. */
  permalink: string;
}

/** Builds the memo's document tree: title, facts, rules, verdicts, unknowns, changes, decision. */
export function buildMemo(input: MemoInput): MemoDocument {
  const m = memoMessages(input.lang);
  const a = input.assessment;
  const labels = new Map<FormId, string>(a.options.map((o) => [o.form, o.label]));
  const subject = input.subject === null ? null : printable(input.subject);
  const title = m.title(subject === '' ? null : subject);
  const blocks: MemoBlock[] = [
    { kind: 'heading', level: 1, text: title },
    text(
      `${m.producedOn(input.producedOn)} ${
        input.startDateKnown ? m.caseStarts(a.asOf) : m.startUnknown(a.asOf)
      }`,
    ),
    text(m.purpose),
    // The address holds every answer, so it can be long: it is a link, not printed text.
    {
      kind: 'paragraph',
      content: [{ text: m.reopenLink, url: input.permalink }, { text: ` ${m.reopenNote}` }],
    },
    ...factsSection(
      m,
      input.facts.map((f) => ({ question: printable(f.question), answer: printable(f.answer) })),
    ),
    ...rulesSection(m, a, input.startDateKnown),
    ...verdictsSection(m, a),
    ...unknownSection(m, a, labels),
    ...changesSection(m, input.changes, labels),
    ...decisionSection(m),
    ...sourcesSection(m, a),
    text(m.disclaimer),
  ];
  return {
    lang: input.lang,
    languageTag: m.languageTag,
    title,
    documentName: m.documentName,
    producedOn: input.producedOn,
    fileName: `${m.fileStem}-${input.producedOn}`,
    pageTemplate: m.pageTemplate,
    blocks,
  };
}

function factsSection(m: MemoMessages, facts: readonly MemoFact[]): MemoBlock[] {
  const blocks: MemoBlock[] = [{ kind: 'heading', level: 2, text: m.facts.heading }];
  if (facts.length === 0) return [...blocks, text(m.facts.none)];
  return [
    ...blocks,
    text(m.facts.intro),
    {
      kind: 'table',
      head: [m.facts.question, m.facts.answer],
      rows: facts.map((f) => [f.question, f.answer]),
    },
  ];
}

function rulesSection(m: MemoMessages, a: Assessment, startDateKnown: boolean): MemoBlock[] {
  const t = m.rules;
  const r = a.regime;
  const yesNo = (v: boolean | null) => (v === null ? t.unknown : v ? t.yes : t.no);
  const rows: string[][] = [
    [t.startDate, startDateKnown ? a.asOf : t.unknownStart(a.asOf)],
    [t.ruleSet, `${a.ruleSet.label} (${a.ruleSet.id})`],
    [t.validity, t.validFromTo(a.ruleSet.validFrom, a.ruleSet.validTo)],
    [t.act, `${r.act}${cited(r.citations)}`],
    [t.bilaga2, yesNo(r.bilaga2)],
    [t.threshold, amountText(m, r.threshold)],
    [t.directAwardLimit, amountText(m, r.directAwardLimit)],
    [t.aboveThreshold, yesNo(r.aboveThreshold)],
    [t.procedures, r.procedures.length > 0 ? r.procedures.join(', ') : t.noProcedures],
  ];
  return [
    { kind: 'heading', level: 2, text: t.heading },
    text(t.intro),
    { kind: 'table', head: [t.what, t.value], rows },
  ];
}

/** An amount as the decision-maker needs it: the figure, or why it is missing, and its basis. */
function amountText(m: MemoMessages, amount: Amount | null): string {
  const t = m.rules;
  if (amount === null) return t.unknown;
  const figure =
    amount.verified === 'not_published'
      ? t.notPublished
      : amount.sek !== null
        ? t.sek(amount.sek)
        : t.missingSek(amount.eur);
  const period = t.validFromTo(amount.validFrom, amount.validTo);
  const note = amount.note !== null ? `. ${amount.note}` : '';
  return `${figure}, ${period}${cited(amount.citations)}${note}`;
}

function cited(citations: readonly Citation[]): string {
  return citations.length > 0 ? ` (${citations.map(formatCitation).join('; ')})` : '';
}

function verdictsSection(m: MemoMessages, a: Assessment): MemoBlock[] {
  const t = m.verdicts;
  const blocks: MemoBlock[] = [
    { kind: 'heading', level: 2, text: t.heading },
    text(t.intro),
    {
      kind: 'table',
      head: [t.form, t.verdict],
      rows: a.options.map((o) => [o.label, t.names[o.verdict]]),
    },
  ];
  a.options.forEach((o, i) => {
    blocks.push({ kind: 'heading', level: 3, text: `${i + 1}. ${o.label}` });
    blocks.push(text(t.verdictLine(t.names[o.verdict])));
    blocks.push(...reasonList(t.reasons, o.reasons));
    blocks.push(...reasonList(t.conditions, o.conditions));
    blocks.push(...reasonList(t.risks, o.risks));
  });
  return blocks;
}

function reasonList(label: string, reasons: readonly Reason[]): MemoBlock[] {
  if (reasons.length === 0) return [];
  return [
    { kind: 'label', text: label },
    { kind: 'list', items: reasons.map(reasonItem) },
  ];
}

/** A reason with its citations, each linked to its source when the source has an address. */
function reasonItem(reason: Reason): Inline[] {
  if (reason.citations.length === 0) return [{ text: reason.text }];
  const out: Inline[] = [{ text: `${reason.text} (` }];
  reason.citations.forEach((c, i) => {
    if (i > 0) out.push({ text: '; ' });
    out.push(
      c.url !== null ? { text: formatCitation(c), url: c.url } : { text: formatCitation(c) },
    );
  });
  out.push({ text: ')' });
  return out;
}

function unknownSection(
  m: MemoMessages,
  a: Assessment,
  labels: ReadonlyMap<FormId, string>,
): MemoBlock[] {
  const t = m.unknown;
  const blocks: MemoBlock[] = [{ kind: 'heading', level: 2, text: t.heading }];
  if (a.questions.length === 0) blocks.push(text(t.none));
  else {
    blocks.push(text(t.intro));
    blocks.push({
      kind: 'list',
      items: a.questions.map((q) => [
        { text: `${q.text} ${t.affects(q.affects.map((f) => labels.get(f) ?? f).join(', '))}` },
      ]),
    });
  }
  blocks.push({ kind: 'heading', level: 3, text: t.unverifiedHeading });
  if (a.unverified.length === 0) blocks.push(text(t.noUnverified));
  else {
    blocks.push(text(t.unverifiedIntro));
    blocks.push({ kind: 'list', items: a.unverified.map(reasonItem) });
  }
  return blocks;
}

function changesSection(
  m: MemoMessages,
  changes: readonly ChangeNote[],
  labels: ReadonlyMap<FormId, string>,
): MemoBlock[] {
  const t = m.changes;
  const blocks: MemoBlock[] = [{ kind: 'heading', level: 2, text: t.heading }];
  if (changes.length === 0) return [...blocks, text(t.none)];
  return [
    ...blocks,
    text(t.intro),
    {
      kind: 'list',
      items: changes.map((c) => [
        { text: c.form !== null ? `${labels.get(c.form) ?? c.form}: ${c.text}` : c.text },
      ]),
    },
  ];
}

function decisionSection(m: MemoMessages): MemoBlock[] {
  const t = m.decision;
  return [
    { kind: 'heading', level: 2, text: t.heading },
    text(t.intro),
    { kind: 'fill-in', head: [t.field, t.entry], fields: t.fields },
  ];
}

/** Every source cited, once per address, so that a printed memo still shows where to look. */
function sourcesSection(m: MemoMessages, a: Assessment): MemoBlock[] {
  const byUrl = new Map<string, Set<string>>();
  const add = (citations: readonly Citation[]) => {
    for (const c of citations) {
      if (c.url === null) continue;
      const name = c.sfs !== null ? `${c.act} (${c.sfs})` : c.act;
      const names = byUrl.get(c.url) ?? new Set<string>();
      names.add(name);
      byUrl.set(c.url, names);
    }
  };
  add(a.regime.citations);
  add(a.regime.threshold?.citations ?? []);
  add(a.regime.directAwardLimit?.citations ?? []);
  for (const o of a.options)
    for (const r of [...o.reasons, ...o.conditions, ...o.risks]) add(r.citations);
  for (const r of a.unverified) add(r.citations);
  if (byUrl.size === 0) return [];
  return [
    { kind: 'heading', level: 2, text: m.sources.heading },
    text(m.sources.intro),
    {
      kind: 'list',
      items: [...byUrl].map(([url, names]) => [{ text: `${[...names].join(', ')}: ` }, link(url)]),
    },
  ];
}

/**
 * Text typed by the user as one line of printable characters: control characters (which XML
 * cannot hold) and bidirectional overrides (which can make a document show text in another order
 * than it says) are removed, line breaks and tabs become spaces.
 */
export function printable(s: string): string {
  return (
    s
      .replace(/[\t\n\r]+/g, ' ')
      // Control characters are exactly what this removes.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
      .trim()
  );
}

function text(s: string): MemoBlock {
  return { kind: 'paragraph', content: [{ text: s }] };
}

function link(url: string): Inline {
  return { text: url, url };
}
