// HTTP load over loopback with keep-alive: `concurrency` requests in flight, cycling through the
// bodies, for a warm-up and then a measured period. Runs in a worker thread, so that the server
// under test keeps its own event loop.
import http from 'node:http';

/** What one load run is asked to do. */
export interface LoadJob {
  origin: string;
  path: string;
  /** POST (the default) sends the bodies as JSON; GET sends none. */
  method?: 'GET' | 'POST';
  /** Headers sent with every request (a session cookie). */
  headers?: Record<string, string>;
  bodies: string[];
  concurrency: number;
  warmUpSeconds: number;
  seconds: number;
}

/** What it measured: answered requests (200 and others) over the measured period. */
export interface LoadResult {
  ok: number;
  failed: number;
  elapsedSeconds: number;
}

/** Runs one load job against a server on loopback. */
export async function runLoad(job: LoadJob): Promise<LoadResult> {
  const url = new URL(job.path, job.origin);
  if (url.hostname !== '127.0.0.1')
    throw new Error(`the bench loads loopback only, not ${url.host}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
  const buffers = job.bodies.map((b) => Buffer.from(b));

  const method = job.method ?? 'POST';
  const post = (body: Buffer): Promise<number> =>
    new Promise((resolve, reject) => {
      const request = http.request(
        url,
        {
          method,
          agent,
          headers:
            method === 'POST'
              ? {
                  ...job.headers,
                  'content-type': 'application/json',
                  'content-length': body.length,
                }
              : { ...job.headers },
        },
        (response) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode ?? 0));
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      if (method === 'POST') request.end(body);
      else request.end();
    });

  const phase = async (seconds: number): Promise<LoadResult> => {
    const start = performance.now();
    const end = start + seconds * 1000;
    let next = 0;
    let ok = 0;
    let failed = 0;
    const lanes = Array.from({ length: job.concurrency }, async () => {
      while (performance.now() < end) {
        const status = await post(buffers[next++ % buffers.length]!);
        if (status === 200) ok++;
        else failed++;
      }
    });
    await Promise.all(lanes);
    return { ok, failed, elapsedSeconds: (performance.now() - start) / 1000 };
  };

  try {
    await phase(job.warmUpSeconds);
    return await phase(job.seconds);
  } finally {
    agent.destroy();
  }
}
