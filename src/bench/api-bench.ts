import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { startApp } from '../app/start-app';
import { databaseConfigFromEnv } from '../db/open-database';
import type { Case } from '../rules';
import { metric, type Metric } from './bench-report';
import { ECHO_PATH, registerEchoRoute } from './echo-route';
import type { LoadJob, LoadResult } from './load-generator';

const CONCURRENCY = 16;

export function loadInWorker(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    // The worker runs this same bundle (dist/bench.js), which becomes a load generator there.
    const worker = new Worker(fileURLToPath(import.meta.url), { workerData: job });
    worker.once('message', (result: LoadResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load worker exited with ${code}`));
    });
  });
}

/**
 * `api.assess_rps`: `POST /api/v1/assessments` per second over loopback HTTP with keep-alive and
 * 16 requests in flight, against the application started as `npm start` starts it (embedded
 * database in a temporary folder, port chosen by the system). Baseline: an echo route in the
 * same server answering the same bodies.
 */
export async function apiBench(
  cases: readonly Case[],
  dataDir: string,
  seconds: number,
): Promise<Metric> {
  const app = await startApp(
    {
      port: 0,
      host: '127.0.0.1',
      database: databaseConfigFromEnv({ SAMVERKA_DATA_DIR: dataDir }),
      logLevel: 'silent',
    },
    {
      logger: false,
      extraRoutes: [registerEchoRoute],
      // All the load comes from one address: the API's rate limit would refuse most of it.
      apiRateLimit: { max: Number.MAX_SAFE_INTEGER, windowMs: 60_000 },
    },
  );
  try {
    const bodies = cases.map((c) => JSON.stringify(c));
    const job = (path: string): LoadJob => ({
      origin: app.url,
      path,
      bodies,
      concurrency: CONCURRENCY,
      warmUpSeconds: seconds / 4,
      seconds,
    });
    const api = await loadInWorker(job('/api/v1/assessments'));
    const echo = await loadInWorker(job(ECHO_PATH));
    for (const [name, r] of [
      ['assessments', api],
      ['echo', echo],
    ] as const) {
      if (r.failed > 0) throw new Error(`${r.failed} ${name} requests did not answer 200`);
    }
    return metric(api.ok / api.elapsedSeconds, echo.ok / echo.elapsedSeconds, 'requests/s');
  } finally {
    await app.close();
  }
}
