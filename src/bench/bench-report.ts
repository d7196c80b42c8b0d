/** One measured figure with the baseline it is compared with; `ratio` is always value / baseline. */
export interface Metric {
  value: number;
  unit: string;
  baseline: number;
  ratio: number;
}

/** The bench's result, by metric name. */
export type BenchReport = Record<string, Metric>;

/** A metric from a value and its baseline, rounded for reading. */
export function metric(value: number, baseline: number, unit: string): Metric {
  return {
    value: round(value),
    unit,
    baseline: round(baseline),
    ratio: baseline > 0 ? Math.round((value / baseline) * 1000) / 1000 : 0,
  };
}

function round(n: number): number {
  return Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 100) / 100;
}

/** The report as a readable table. */
export function reportTable(report: BenchReport, notes: Record<string, string>): string {
  const rows = Object.entries(report).map(([name, m]) => [
    name,
    `${m.value} ${m.unit}`,
    `${m.baseline} ${m.unit}`,
    String(m.ratio),
    notes[name] ?? '',
  ]);
  const head = ['metric', 'value', 'baseline', 'ratio', 'baseline is'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [head, ...rows]
    .map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  '))
    .join('\n');
}
