// Every form post of the application is checked for its CSRF token: the routes are read from the
// server itself, so a form added later is covered without being listed here. The guide's own
// question forms are the one exception: they change nothing on the server (the answers travel in
// the address they redirect to), so a forged post can do no harm.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../app/build-server';
import { migrate } from '../../db/migrate';
import { createTestOrganisation, type TestMember } from '../../test-support/accounts';
import { openScratchPglite, type ScratchDatabase } from '../../test-support/databases';
import { webMessages } from '../locales/index';

/** Posts that change nothing on the server, and why they need no token. */
const STATELESS_POSTS = new Set(['/vagledning/fraga/:field']);

let scratch: ScratchDatabase;
let app: FastifyInstance;
let owner: TestMember;

beforeAll(async () => {
  scratch = await openScratchPglite();
  await migrate(scratch.db);
  app = await buildServer({ db: scratch.db });
  await app.ready();
  owner = await createTestOrganisation(scratch.db, app);
});

afterAll(async () => {
  await app.close();
  await scratch.dispose();
});

/** The routes with POST, from Fastify's route tree (each line's segment joined to its parents'). */
function postRoutes(tree: string): string[] {
  const stack: string[] = [];
  const posts: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^(.*?)[└├]── (.+?) \(([A-Z, ]+)\)$/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    stack.length = depth;
    stack.push(match[2] ?? '');
    if ((match[3] ?? '').split(', ').includes('POST')) posts.push(stack.join(''));
  }
  return posts;
}

function concrete(path: string): string {
  return path.replace(/:id\b/g, '00000000-0000-4000-8000-000000000000').replace(/:\w+/g, 'x');
}

describe('CSRF protection', () => {
  const routes = () => postRoutes(app.printRoutes({ commonPrefix: false }));

  it('finds the form posts of every area', () => {
    const found = routes();
    for (const path of [
      '/logga-in',
      '/registrera',
      '/konto',
      '/organisation/byt',
      '/arenden/:id/beslut',
      '/inbjudan/:token',
    ]) {
      expect(found).toContain(path);
    }
    expect(found.length).toBeGreaterThan(25);
  });

  it('refuses every state-changing post without the token, signed in or not', async () => {
    const title = webMessages('sv').errors.csrfTitle;
    const refusedFor: string[] = [];
    for (const path of routes().filter((p) => !STATELESS_POSTS.has(p))) {
      for (const headers of [{ cookie: owner.cookie }, {}]) {
        const response = await app.inject({
          method: 'POST',
          url: concrete(path),
          headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
          payload: 'name=x&email=a%40b.se&version=1&csrf=forged',
        });
        if (response.statusCode !== 403 || !response.body.includes(title)) {
          refusedFor.push(`${path}: ${response.statusCode}`);
        }
      }
    }
    expect(refusedFor).toEqual([]);
  });
});
