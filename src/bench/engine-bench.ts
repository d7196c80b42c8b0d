import { assess, type Case } from '../rules';
import { metric, type Metric } from './bench-report';
import { stepsPerSecond } from './time-box';

/**
 * `engine.assess_per_s`: assessments per second in-process (the rules on validated cases,
 * alternating Swedish and English). Baseline: the JSON floor of the same documents — parsing
 * and serialising each case and its assessment — per second.
 */
export function engineBench(cases: readonly Case[], seconds: number): Metric {
  const langs = ['sv', 'en'] as const;
  const n = cases.length;
  const engine = stepsPerSecond((i) => void assess(cases[i % n]!, { lang: langs[i & 1]! }), {
    seconds,
    warmUpSeconds: seconds / 4,
  });

  const caseTexts = cases.map((c) => JSON.stringify(c));
  const assessmentTexts = cases.map((c, i) => JSON.stringify(assess(c, { lang: langs[i & 1]! })));
  let sink = 0;
  const floor = stepsPerSecond(
    (i) => {
      const k = i % n;
      const c: unknown = JSON.parse(caseTexts[k]!);
      const a: unknown = JSON.parse(assessmentTexts[k]!);
      sink += JSON.stringify(c).length + JSON.stringify(a).length;
    },
    { seconds, warmUpSeconds: seconds / 4 },
  );
  if (sink === 0) throw new Error('the JSON floor did no work');
  return metric(engine, floor, 'assessments/s');
}
