import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../../app/build-server';
import { migrate } from '../../../db/migrate';
import { MATCHING_FIXTURE as F, seedMatchingFixture } from '../../../matching/matching.fixture';
import { createTestOrganisation, memberGet, type TestMember } from '../../../test-support/accounts';
import { openScratchPglite, type ScratchDatabase } from '../../../test-support/databases';

let scratch: ScratchDatabase;
let app: FastifyInstance;
let poster: TestMember;
let stranger: TestMember;

beforeAll(async () => {
  scratch = await openScratchPglite();
  await migrate(scratch.db);
  await seedMatchingFixture(scratch.db);
  app = await buildServer({ db: scratch.db, now: () => new Date() });
  poster = await createTestOrganisation(scratch.db, app, { name: 'Malmö stad' });
  stranger = await createTestOrganisation(scratch.db, app, { name: 'Annan kommun' });
  await scratch.db.query('UPDATE challenges SET organisation_id = $1 WHERE id = $2', [
    poster.organisationId,
    F.loneliness,
  ]);
});
afterAll(async () => {
  await app.close();
  await scratch.dispose();
});

const page = (url: string) => app.inject({ method: 'GET', url });
const matches = `/utmaningar/${F.loneliness}/matchningar`;

describe('GET /utmaningar/{id}/matchningar', () => {
  it('lists the ranked organisations with their scores and reasons, in Swedish, signed out', async () => {
    const response = await page(matches);
    expect(response.statusCode).toBe(200);
    const body = response.body;
    expect(body).toContain('<h1>Organisationer som passar: Ensamhet bland äldre</h1>');
    expect(body).toContain(`href="/aktorer/${F.actors.aldrekraft}"`);
    expect(body).toContain('78 av 100 poäng');
    expect(body).toContain(
      'Har gjort ett liknande samarbete: Träffpunkt för äldre (IOP med Lunds kommun, 2023).',
    );
    expect(body).toContain('Utmaningen saknar fallets fakta.');
    expect(body).not.toContain('#kontakt');
    expect(body.indexOf('Äldrekraft Malmö')).toBeLessThan(body.indexOf('Riksförbundet Gemenskap'));
  });

  it('speaks English with ?lang=en and keeps the language in the filter form', async () => {
    const response = await page(`${matches}?lang=en&kommun=1281`);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<input type="hidden" name="lang" value="en" />');
    expect(response.body).toContain('2 organisations');
    expect(response.body).not.toContain('Äldrekraft Malmö');
  });

  it('names a bad filter value and still answers, never 500', async () => {
    const response = await page(
      `${matches}?lang=en&kommun=9999&minScore=abc&legalForm=%3Cscript%3E&page=x`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('class="error-summary"');
    expect(response.body).toContain('href="#kommun"');
    expect(response.body).toContain('href="#minScore"');
    expect(response.body).not.toContain('<script>');
    expect(response.body).toContain('5 organisations');
  });

  it('shows the contact link to the members of the posting organisation only', async () => {
    const own = await app.inject(memberGet(poster, matches));
    expect(own.body).toContain(`href="/aktorer/${F.actors.aldrekraft}#kontakt"`);
    const other = await app.inject(memberGet(stranger, matches));
    expect(other.statusCode).toBe(200);
    expect(other.body).not.toContain('#kontakt');
  });

  it('answers 404 for an unknown or malformed id', async () => {
    expect(
      (await page('/utmaningar/00000000-0000-4000-8000-0000000000ff/matchningar')).statusCode,
    ).toBe(404);
    expect((await page('/utmaningar/nej/matchningar')).statusCode).toBe(404);
  });

  it('says case facts add eligibility, and shows it when they are given', async () => {
    const response = await page(`/utmaningar/${F.laundry}/matchningar?lang=en`);
    expect(response.body).toContain('The challenge has case facts');
    expect(response.body).toContain(
      'Can take part in a procurement reserved for work integration (4 kap. 18 § LOU) if:',
    );
    expect(response.body).toContain(
      'Cannot take part in a procurement reserved for work integration',
    );
  });
});

describe('GET /aktorer/{orgnr}/matchningar', () => {
  it('lists the challenges that fit, linking to each', async () => {
    const response = await page(`/aktorer/${F.actors.aldrekraft}/matchningar`);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain(`href="/utmaningar/${F.loneliness}"`);
    expect(response.body).toContain('Delar 1 av utmaningens 2 mål: Äldre.');
    expect(response.body).not.toContain(`href="/utmaningar/${F.finished}"`);
  });

  it('filters by status and names bad values', async () => {
    const finished = await page(
      `/aktorer/${F.actors.aldrekraft}/matchningar?status=avslutad&lang=en`,
    );
    expect(finished.body).toContain(`href="/utmaningar/${F.finished}?lang=en"`);
    const bad = await page(`/aktorer/${F.actors.aldrekraft}/matchningar?status=klar&kind=x`);
    expect(bad.statusCode).toBe(200);
    expect(bad.body).toContain('href="#status"');
    expect(bad.body).toContain('href="#kind"');
  });

  it('answers 404 for an unlisted, unknown or malformed number', async () => {
    for (const orgnr of [F.actors.suggested, '8021009990', 'abc']) {
      expect((await page(`/aktorer/${orgnr}/matchningar`)).statusCode).toBe(404);
    }
  });
});
