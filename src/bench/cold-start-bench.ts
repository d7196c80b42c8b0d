import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Case } from '../rules';
import { metric, type Metric } from './bench-report';
import { median } from './time-box';

function wallMs(args: string[], cwd: string): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 30_000 });
  const elapsed = performance.now() - start;
  if (run.status !== 0) {
    throw new Error(`node ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  }
  return elapsed;
}

/**
 * `engine.first_assessment_ms`: from starting `node dist/cli.js assess FILE` to the assessment
 * printed and the process gone, median of `runs`. Baseline: `node -e ""`, the floor of any
 * Node.js command.
 */
export function coldStartBench(root: string, tmp: string, sample: Case, runs: number): Metric {
  const file = join(tmp, 'cold-start-case.json');
  writeFileSync(file, JSON.stringify(sample));
  const cli = [join(root, 'dist', 'cli.js'), 'assess', file];
  // One run each first, so that both read warm files from the disk cache.
  wallMs(cli, root);
  wallMs(['-e', ''], root);
  const value: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < runs; i++) {
    value.push(wallMs(cli, root));
    baseline.push(wallMs(['-e', ''], root));
  }
  return metric(median(value), median(baseline), 'ms');
}
