// Ends every test run with one plain line that CI reads: `N passed, N failed` (with
// `, N skipped` when anything was skipped). Registered after the default reporter, so the line
// comes last. A skipped test is never counted as passed; an error outside any test (a failed
// import, a failing beforeAll, an unhandled rejection) counts as a failure.
import type { SerializedError } from 'vitest';
import type { Reporter, TestModule, TestRunEndReason, Vitest } from 'vitest/node';

/** The counts of one run. */
export interface RunCounts {
  passed: number;
  failed: number;
  skipped: number;
}

/** Counts tests by outcome; errors outside tests and unfinished tests count as failed. */
export function countRun(
  modules: ReadonlyArray<TestModule>,
  unhandledErrors: ReadonlyArray<unknown>,
): RunCounts {
  const counts: RunCounts = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
  for (const module of modules) {
    counts.failed += module.errors().length;
    for (const suite of module.children.allSuites()) counts.failed += suite.errors().length;
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') counts.passed += 1;
      else if (state === 'skipped') counts.skipped += 1;
      else counts.failed += 1; // failed, or never finished
    }
  }
  return counts;
}

/** The summary line for `counts`. */
export function summaryLine({ passed, failed, skipped }: RunCounts): string {
  const line = `${passed} passed, ${failed} failed`;
  return skipped > 0 ? `${line}, ${skipped} skipped` : line;
}

export default class SummaryReporter implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(
    modules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ): void {
    const counts = countRun(modules, unhandledErrors);
    // A run that failed or was interrupted outside any test (global setup, no test files) is
    // still a failure.
    if (reason !== 'passed' && counts.failed === 0) counts.failed = 1;
    const line = summaryLine(counts);
    if (this.vitest) this.vitest.logger.log(line);
    else process.stdout.write(`${line}\n`);
  }
}
