/**
 * Runs `step` repeatedly for a warm-up and then for `seconds`, checking the clock every
 * `batch` steps, and never more than `maxSteps` times. Returns steps per second measured.
 */
export function stepsPerSecond(
  step: (i: number) => void,
  options: { seconds: number; warmUpSeconds: number; batch?: number; maxSteps?: number },
): number {
  const batch = options.batch ?? 50;
  const maxSteps = options.maxSteps ?? 50_000_000;
  const run = (seconds: number): { steps: number; elapsed: number } => {
    const start = performance.now();
    const end = start + seconds * 1000;
    let steps = 0;
    while (steps < maxSteps) {
      for (let k = 0; k < batch; k++) step(steps + k);
      steps += batch;
      if (performance.now() >= end) break;
    }
    return { steps, elapsed: (performance.now() - start) / 1000 };
  };
  run(options.warmUpSeconds);
  const { steps, elapsed } = run(options.seconds);
  return steps / elapsed;
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
