import { formatCitation, type Citation, type TraceRecord } from '../engine';
import type { Amount, Assessment, Reason } from '../rules';
import type { CliMessages } from './locales';

/** An assessment as plain text for a terminal; with the trace when the assessment carries one. */
export function assessmentText(a: Assessment, m: CliMessages): string {
  const t = m.text;
  const lines: string[] = [t.heading(a.asOf), ''];
  const validity = `${a.ruleSet.validFrom} – ${a.ruleSet.validTo ?? t.open}`;
  lines.push(`${t.ruleSet}: ${a.ruleSet.label} (${a.ruleSet.id}, ${validity})`);
  lines.push(`${t.act}: ${a.regime.act}${cited(a.regime.citations)}`);
  lines.push(`${t.bilaga2}: ${yesNo(a.regime.bilaga2, m)}`);
  lines.push(`${t.threshold}: ${amount(a.regime.threshold, m)}`);
  lines.push(`${t.directAwardLimit}: ${amount(a.regime.directAwardLimit, m)}`);
  lines.push(`${t.aboveThreshold}: ${yesNo(a.regime.aboveThreshold, m)}`);
  if (a.regime.procedures.length > 0)
    lines.push(`${t.procedures}: ${a.regime.procedures.join(', ')}`);

  a.options.forEach((o, i) => {
    lines.push('', `${i + 1}. ${o.label} [${o.form}]: ${t.verdicts[o.verdict]}`);
    section(lines, t.reasons, o.reasons);
    section(lines, t.conditions, o.conditions);
    section(lines, t.risks, o.risks);
  });

  lines.push('', `${t.questions}:`);
  if (a.questions.length === 0) lines.push(`  ${t.noQuestions}`);
  for (const q of a.questions) lines.push(`  - ${q.field}: ${q.text} (${q.affects.join(', ')})`);

  if (a.unverified.length > 0) {
    lines.push('');
    section(lines, t.unverified, a.unverified, '');
  }
  if (a.trace !== undefined) lines.push('', ...traceText(a.trace, m));
  return `${lines.join('\n')}\n`;
}

/** The evaluation records: rule, citation, inputs used and outcome, one block per record. */
export function traceText(trace: readonly TraceRecord[], m: CliMessages): string[] {
  const lines = [`${m.text.trace}:`];
  for (const r of trace) {
    lines.push(`  ${r.rule}${cited(r.citations)}`);
    lines.push(`    ${m.text.traceInputs}: ${JSON.stringify(r.inputs)}`);
    lines.push(
      `    ${m.text.traceOutcome}: ${r.outcome}${r.message !== null ? ` (${r.message})` : ''}`,
    );
  }
  return lines;
}

function section(
  lines: string[],
  heading: string,
  reasons: readonly Reason[],
  indent = '   ',
): void {
  if (reasons.length === 0) return;
  lines.push(`${indent}${heading}:`);
  for (const r of reasons) lines.push(`${indent}  - ${r.text}${cited(r.citations)}`);
}

function cited(citations: readonly Citation[]): string {
  return citations.length > 0 ? ` [${citations.map(formatCitation).join('; ')}]` : '';
}

function yesNo(value: boolean | null, m: CliMessages): string {
  if (value === null) return m.text.unknown;
  return value ? m.text.yes : m.text.no;
}

function amount(value: Amount | null, m: CliMessages): string {
  if (value === null) return m.text.unknown;
  const figure =
    value.sek !== null ? m.text.sek(value.sek) : m.text.missingSek(String(value.eur ?? '?'));
  const note = value.note !== null ? ` (${value.note})` : '';
  return `${figure}${cited(value.citations)}${note}`;
}
