// The cost of accounts: a page served to a signed-in member against the same page signed out,
// and the time of one password verification with the chosen argon2id parameters.
import { hash, verify } from '@node-rs/argon2';
import {
  ARGON2_PARAMETERS,
  createOrganisation,
  createSession,
  createUser,
  hashPassword,
  verifyPassword,
} from '../accounts/index';
import { startApp } from '../app/start-app';
import { databaseConfigFromEnv } from '../db/open-database';
import { SESSION_COOKIE } from '../web/auth/auth-cookies';
import { loadInWorker } from './api-bench';
import { metric, type Metric } from './bench-report';
import { median } from './time-box';

const CONCURRENCY = 16;
/** The page measured: the home page, which every visitor can see, with or without an account. */
const PAGE = '/';

/**
 * `auth.page_rps`: GET requests per second to a page by a signed-in member (the session read
 * from the database or the instance's cache, the header showing the organisation and the sign-out
 * form), over loopback HTTP with keep-alive and 16 requests in flight, against the application
 * as `npm start` starts it (with its session cache). Baseline: the same page signed out, in the same server; each is
 * measured twice, alternately, and averaged.
 */
export async function authPageBench(dataDir: string, seconds: number): Promise<Metric> {
  const app = await startApp(
    {
      port: 0,
      host: '127.0.0.1',
      database: databaseConfigFromEnv({ SAMVERKA_DATA_DIR: dataDir }),
      logLevel: 'silent',
    },
    { logger: false },
  );
  try {
    const now = new Date();
    const user = await createUser(app.db, {
      email: 'bench@exempel.se',
      name: 'Bench',
      password: 'ett lösenord för mätningen',
    });
    const org = await createOrganisation(app.db, {
      name: 'Mätkommunen',
      orgnr: '2120001355',
      kind: 'public-body',
      ownerId: user.id,
      actor: { kind: 'operator' },
      now,
    });
    const session = await createSession(app.db, {
      userId: user.id,
      method: 'password',
      now,
      organisationId: org.id,
    });
    const cookie = `${SESSION_COOKIE}=${session}`;

    // Proof that the signed-in request is served as signed in.
    const check = await app.server.inject({ url: PAGE, headers: { cookie } });
    if (check.statusCode !== 200 || !check.body.includes('Mätkommunen')) {
      throw new Error(`${PAGE} signed in did not show the member's organisation`);
    }
    const job = (headers: Record<string, string>) => ({
      origin: app.url,
      path: PAGE,
      method: 'GET' as const,
      headers,
      bodies: [''],
      concurrency: CONCURRENCY,
      warmUpSeconds: seconds / 4,
      seconds,
    });
    // Alternated, twice each, so that neither gains from running later (a warmer process) or
    // loses to a passing load on the machine.
    const rates = { signedIn: [] as number[], signedOut: [] as number[] };
    for (let round = 0; round < 2; round++) {
      for (const [name, headers] of [
        ['signedIn', { cookie }],
        ['signedOut', {}],
      ] as const) {
        const r = await loadInWorker(job(headers));
        if (r.failed > 0) throw new Error(`${r.failed} ${name} requests did not answer 200`);
        rates[name].push(r.ok / r.elapsedSeconds);
      }
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    return metric(mean(rates.signedIn), mean(rates.signedOut), 'requests/s');
  } finally {
    await app.close();
  }
}

/** The minimum argon2id parameters OWASP's password storage cheat sheet recommends. */
const OWASP_MINIMUM = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/**
 * `auth.argon2_ms`: the median time to verify one password with the parameters samverka hashes
 * with (ARGON2_PARAMETERS; the documented target is 100–500 ms), over `rounds` verifications.
 * Baseline: the same with OWASP's minimum argon2id parameters (19 MiB, 2 passes), measured in the
 * same run, so the ratio says how much more a guess costs than with the minimum.
 */
export async function argon2Bench(rounds: number): Promise<Metric> {
  const password = 'correct horse battery staple';
  const chosen = await hashPassword(password);
  const minimum = await hash(password, OWASP_MINIMUM);
  const time = async (verifyOnce: () => Promise<boolean>) => {
    const samples: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const start = performance.now();
      if (!(await verifyOnce())) throw new Error('the password did not verify');
      samples.push(performance.now() - start);
    }
    return median(samples);
  };
  // One of each first, so that neither pays for loading the library.
  await verifyPassword(chosen, password);
  await verify(minimum, password);
  const chosenMs = await time(() => verifyPassword(chosen, password));
  const minimumMs = await time(() => verify(minimum, password));
  return metric(chosenMs, minimumMs, 'ms');
}

/** The chosen parameters in words, for the table. */
export const ARGON2_DESCRIPTION = `argon2id ${ARGON2_PARAMETERS.memoryCost / 1024} MiB, t=${ARGON2_PARAMETERS.timeCost}, p=${ARGON2_PARAMETERS.parallelism}`;
