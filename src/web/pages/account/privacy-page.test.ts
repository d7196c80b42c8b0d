import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('the privacy page', () => {
  it('is public and says what is stored, why, how long, the cookies and how to export and delete, in Swedish', async () => {
    const response = await app.inject({ url: '/integritet' });
    expect(response.statusCode).toBe(200);
    const body = response.body;
    expect(body).toContain('<html lang="sv"');
    expect(body).toContain('<h1>Personuppgifter och integritet</h1>');
    for (const text of [
      'argon2id',
      'efter 2 timmar utan aktivitet och senast efter 12 timmar',
      'Misslyckade inloggningar',
      '15 minuter.',
      'Länken gäller i 60 minuter',
      'Inbjudningar',
      'Utgående mejl',
      'namnet på den som fattade ett beslut',
      'bara som id',
      'allmänt intresse',
      'berättigat intresse',
      '__Host-samverka-session',
      '__Host-samverka-anon',
      '__Host-samverka-oidc',
      'ingen spårning',
      'href="/konto/mina-uppgifter.json"',
      'href="/konto/radera"',
      'Integritetsskyddsmyndigheten',
    ]) {
      expect(body).toContain(text);
    }
  });

  it('is in English with ?lang=en, with its links in English', async () => {
    const response = await app.inject({ url: '/integritet?lang=en' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<html lang="en"');
    expect(response.body).toContain('<h1>Personal data and privacy</h1>');
    expect(response.body).toContain(
      'after 2 hours without activity and at the latest after 12 hours',
    );
    expect(response.body).toContain('href="/konto/mina-uppgifter.json?lang=en"');
    expect(response.body).toContain('legitimate interest');
  });
});
