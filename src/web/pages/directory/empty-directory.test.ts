// A new installation's directory: no entries yet, and the page says how it fills up rather than
// that a search found nothing.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildServer } from '../../../app/build-server';
import { migrate } from '../../../db/migrate';
import { openScratchPglite, type ScratchDatabase } from '../../../test-support/databases';

let scratch: ScratchDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  scratch = await openScratchPglite();
  await migrate(scratch.db);
  app = await buildServer({ db: scratch.db });
});
afterAll(async () => {
  await app.close();
  await scratch.dispose();
});

it('explains how an empty directory fills up, in Swedish and English', async () => {
  const sv = await app.inject({ method: 'GET', url: '/aktorer' });
  expect(sv.statusCode).toBe(200);
  expect(sv.body).toContain('Katalogen har inga organisationer än.');
  expect(sv.body).toContain('samverka import organisations');
  expect(sv.body).not.toContain('Ingen organisation i katalogen passar sökningen.');
  const en = await app.inject({ method: 'GET', url: '/aktorer?lang=en' });
  expect(en.body).toContain('The directory has no organisations yet.');
});

it('says that a search found nothing when there was a search', async () => {
  const response = await app.inject({ method: 'GET', url: '/aktorer?q=ensamhet' });
  expect(response.body).toContain('Ingen organisation i katalogen passar sökningen.');
  expect(response.body).not.toContain('Katalogen har inga organisationer än.');
});
