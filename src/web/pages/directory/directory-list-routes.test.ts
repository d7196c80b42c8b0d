// The public directory and its entries through HTTP: search, filters with their counts, pages
// that keep the filters, values that are no codes, an entry's facts in words, and what an
// unlisted or unknown entry answers.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../../app/build-server';
import { migrate } from '../../../db/migrate';
import { saveOwnActor, suggestActor } from '../../../directory/index';
import { actorInput, insertImportedActor } from '../../../directory/directory.fixture';
import { findOrganisation } from '../../../accounts/index';
import {
  createTestMember,
  createTestOrganisation,
  memberGet,
  nextTestOrgnr,
  type TestMember,
} from '../../../test-support/accounts';
import { openScratchPglite, type ScratchDatabase } from '../../../test-support/databases';

let scratch: ScratchDatabase;
let app: FastifyInstance;
const clock = new Date('2026-03-10T09:00:00Z');

let kept: TestMember;
let keptReader: TestMember;
let keptOrgnr: string;
let municipality: TestMember;
let suggestedOrgnr: string;

beforeAll(async () => {
  scratch = await openScratchPglite();
  await migrate(scratch.db);
  app = await buildServer({ db: scratch.db, now: () => clock });
  const db = scratch.db;
  kept = await createTestOrganisation(db, app, {
    name: 'Läxhjälpen',
    kind: 'ideburen',
    now: clock,
  });
  keptReader = await createTestMember(db, app, kept.organisationId, 'reader', clock);
  keptOrgnr = (await findOrganisation(db, kept.organisationId))!.orgnr!;
  const saved = await saveOwnActor(db, {
    organisation: { id: kept.organisationId, orgnr: keptOrgnr, kind: 'ideburen' },
    input: actorInput({
      orgnr: keptOrgnr,
      name: 'Läxhjälpen i Gårdsten',
      legalForm: 'ideell-forening',
      registeredIdeburen: 'ja',
      registeredIdeburenOn: '2023-05-02',
      workIntegrationMainAim: 'nej',
      disadvantagedStaffShare: '12,5 %',
      areaCodes: '1480|1402',
      goals: ['sdg-4', 'barn-och-unga'],
      cpv: '80000000',
      description: 'Vi ger läxhjälp till barn och unga på kvällar.\nAndra raden.',
      capacity: '40 elever i veckan',
      contactName: 'Sara Ek',
      contactEmail: 'sara@laxhjalpen.se',
      contactPhone: '031-12 34 56',
      website: 'https://laxhjalpen.se',
      collaborations: [
        { title: 'Sommarskola', partner: 'Göteborgs stad', year: '2024', form: 'iop' },
      ],
    }),
    actor: { kind: 'user', userId: kept.user.id },
    now: clock,
  });
  expect(saved.outcome).toBe('created');
  // 24 imported entries in Stockholm, for pages and facets.
  for (let i = 0; i < 24; i++) {
    await insertImportedActor(
      db,
      actorInput({
        orgnr: nextTestOrgnr(),
        name: `Föreningen Nummer ${String(i).padStart(2, '0')}`,
        legalForm: i % 2 === 0 ? 'stiftelse' : 'ekonomisk-forening',
        areaCodes: '0180',
        goals: i % 3 === 0 ? ['aldre'] : [],
        description: `Träffar för äldre, grupp ${i}.`,
      }),
    );
  }
  municipality = await createTestOrganisation(db, app, { name: 'Kommunen', now: clock });
  suggestedOrgnr = nextTestOrgnr();
  await suggestActor(db, {
    suggestedBy: municipality.organisationId,
    input: actorInput({ orgnr: suggestedOrgnr, name: 'Förslaget', description: 'Okänd ännu.' }),
    actor: { kind: 'user', userId: municipality.user.id },
    now: clock,
  });
});

afterAll(async () => {
  await app.close();
  await scratch.dispose();
});

const get = (url: string, member?: TestMember) => app.inject(memberGet(member, url));

describe('the list', () => {
  it('lists the listed entries a page at a time with links that keep the filters', async () => {
    const first = await get('/aktorer');
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('<h2 id="results-heading">25 organisationer</h2>');
    expect(first.body).not.toContain('Förslaget');
    expect(first.body).toContain('Sida 1 av 2');
    expect(first.body).toContain('href="/aktorer?page=2" rel="next"');
    expect(first.body).toContain('href="/api/v1/organisations/export?format=csv"');
    expect(first.body).toContain('href="/api/v1/organisations/export?format=json"');

    const filtered = await get('/aktorer?lan=01&legalForm=stiftelse&lang=en');
    expect(filtered.statusCode).toBe(200);
    expect(filtered.body).toContain('<h2 id="results-heading">12 organisations</h2>');
    expect(filtered.body).not.toContain('rel="next"');
    const all = await get('/aktorer?lan=01&lang=en');
    expect(all.body).toContain('24 organisations');
    expect(all.body).toContain('href="/aktorer?lan=01&amp;page=2&amp;lang=en" rel="next"');
    const second = await get('/aktorer?lan=01&page=2&lang=en');
    expect(second.body).toContain('Page 2 of 2');
    expect(second.body).toContain('href="/aktorer?lan=01&amp;lang=en" rel="prev"');
    expect(second.body.match(/class="search-hit"/g)).toHaveLength(4);
  });

  it('shows every hit with its legal form, areas, goals, a line of description and confirmation', async () => {
    const page = await get('/aktorer?q=l%C3%A4xhj%C3%A4lp');
    expect(page.body).toContain('1 organisation</h2>');
    expect(page.body).toContain(`<a href="/aktorer/${keptOrgnr}">Läxhjälpen i Gårdsten</a>`);
    expect(page.body).toContain('Ideell förening');
    expect(page.body).toContain('Verkar i: Göteborg, Partille');
    expect(page.body).toContain('Mål 4: God utbildning för alla, Barn och unga');
    expect(page.body).toContain('Vi ger läxhjälp till barn och unga på kvällar.');
    expect(page.body).not.toContain('Andra raden.');
    expect(page.body).toContain('Senast bekräftad 2026-03-10');
    expect(page.body).toContain('Sökt på ”läxhjälp”.');
  });

  it('finds by a Swedish inflection of a word of the description', async () => {
    const page = await get('/aktorer?q=tr%C3%A4ffarna&lang=en');
    expect(page.body).toContain('24 organisations</h2>');
  });

  it('shows the facets with their counts, and keeps the chosen filters checked', async () => {
    const page = await get('/aktorer?goal=aldre');
    expect(page.body).toContain('8 organisationer</h2>');
    expect(page.body).toContain('Stockholms län (8)');
    expect(page.body).toContain('Stockholm (8)');
    expect(page.body).toMatch(/value="aldre"\s+checked\s*\/>\s*<label[^>]*>Äldre \(8\)/);
    expect(page.body).toContain('Stiftelse (4)');
    expect(page.body).toContain('Ekonomisk förening (4)');
    expect(page.body).toContain('Registrerade (0)');
  });

  it('ignores values that are no codes, says so, and still answers', async () => {
    const page = await get('/aktorer?lan=99&kommun=abc&goal=sdg-99&goal=aldre&page=x&kind=nope');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('En del av sökningen kunde inte användas');
    expect(page.body).toContain('”99” är inget giltigt värde för län');
    expect(page.body).toContain('”abc” är inget giltigt värde för kommun');
    expect(page.body).toContain('”sdg-99” är inget giltigt värde för mål');
    expect(page.body).toContain('”x” är inget giltigt värde för sida');
    expect(page.body).toContain('”nope” är inget giltigt värde för sorts organisation');
    expect(page.body).toContain('8 organisationer</h2>');
    for (const q of ["'!&|:*()<>", '%', 'a'.repeat(300), '\\', 'OR 1=1 --']) {
      const odd = await get(`/aktorer?q=${encodeURIComponent(q)}`);
      expect(odd.statusCode, q).toBe(200);
    }
    const en = await get('/aktorer?registered=maybe&lang=en');
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('“maybe” is not a valid registration and has been skipped.');
  });

  it('helps when nothing is found, and says a page past the last is empty', async () => {
    const none = await get('/aktorer?q=zzzxxyqq');
    expect(none.body).toContain('0 organisationer</h2>');
    expect(none.body).toContain('Ingen organisation i katalogen passar sökningen.');
    expect(none.body).toContain('Ta bort några filter');
    const past = await get('/aktorer?page=9&lang=en');
    expect(past.statusCode).toBe(200);
    expect(past.body).toContain('There are not that many pages of results.');
    expect(past.body).toMatch(/href="\/aktorer\?lang=en"\s*>To the first page/);
  });

  it('offers the suggestion to members of public bodies only', async () => {
    expect((await get('/aktorer', municipality)).body).toContain('href="/aktorer/foresla"');
    expect((await get('/aktorer', kept)).body).not.toContain('href="/aktorer/foresla"');
    expect((await get('/aktorer')).body).not.toContain('href="/aktorer/foresla"');
  });
});

describe('an entry', () => {
  it('shows every fact in words, contacts as links, and who keeps it', async () => {
    const page = await get(`/aktorer/${keptOrgnr}`);
    expect(page.statusCode).toBe(200);
    const body = page.body;
    expect(body).toContain('<h1>Läxhjälpen i Gårdsten</h1>');
    expect(body).toContain(`${keptOrgnr.slice(0, 6)}-${keptOrgnr.slice(6)}`);
    expect(body).toContain('Ideell förening');
    expect(body).toContain('Ja, sedan 2023-05-02');
    expect(body).toContain('Nej, inte huvudsyftet');
    expect(body).toContain('12,5 % av personalen står långt från arbetsmarknaden');
    expect(body).toContain('<li>Göteborg</li>');
    expect(body).toContain('<li>Partille</li>');
    expect(body).toContain('Mål 4: God utbildning för alla');
    expect(body).toContain('<span class="cpv-code">80000000-4</span> Undervisning och utbildning');
    expect(body).toContain('40 elever i veckan');
    expect(body).toContain('href="mailto:sara@laxhjalpen.se"');
    // the matching pages link to the contacts by this anchor
    expect(body).toContain('<h2 id="kontakt">');
    expect(body).toContain('href="tel:031123456"');
    expect(body).toContain('href="https://laxhjalpen.se"');
    expect(body).toContain('<strong>Sommarskola</strong>');
    expect(body).toContain('Med Göteborgs stad · År 2024');
    expect(body).toContain('2026-03-10');
    expect(body).toContain('Uppgifterna sköts av organisationen själv.');
    expect(body).toContain(`href="/aktorer/${keptOrgnr}/matchningar"`);
    expect(body).not.toContain('href="/organisation/katalog"');
    const en = await get(`/aktorer/${keptOrgnr}?lang=en`);
    expect(en.body).toContain('This entry is kept by the organisation itself.');
    expect(en.body).toContain(`href="/aktorer/${keptOrgnr}/matchningar?lang=en"`);
  });

  it('links its own editors to the edit page, not its readers or others', async () => {
    expect((await get(`/aktorer/${keptOrgnr}`, kept)).body).toContain(
      'href="/organisation/katalog">Ändra uppgifterna</a>',
    );
    expect((await get(`/aktorer/${keptOrgnr}`, keptReader)).body).not.toContain(
      'href="/organisation/katalog"',
    );
    expect((await get(`/aktorer/${keptOrgnr}`, municipality)).body).not.toContain(
      'href="/organisation/katalog"',
    );
  });

  it('says an imported entry is not yet confirmed by the organisation', async () => {
    const list = await get('/aktorer?q=grupp');
    const orgnr = /href="\/aktorer\/(\d{10})"/.exec(list.body)![1]!;
    const page = await get(`/aktorer/${orgnr}`);
    expect(page.body).toContain(
      'Uppgifterna kommer från en import och är ännu inte bekräftade av organisationen.',
    );
    expect(page.body).toContain('Aldrig bekräftad');
  });

  it('answers 404 for a number that is no orgnr, an unknown one, and an unlisted one', async () => {
    for (const path of [
      '/aktorer/abc',
      '/aktorer/12345',
      '/aktorer/0000000000',
      `/aktorer/${suggestedOrgnr}`,
    ]) {
      const page = await get(path);
      expect(page.statusCode, path).toBe(404);
      expect(page.headers['content-type']).toContain('text/html');
    }
    expect((await get(`/aktorer/${suggestedOrgnr}`, kept)).statusCode).toBe(404);
  });

  it('shows an unlisted suggestion to the body that suggested it, saying it is unlisted', async () => {
    const page = await get(`/aktorer/${suggestedOrgnr}`, municipality);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Den här sidan syns bara för er');
    expect(page.body).toContain('Organisationen har föreslagits av en offentlig aktör.');
    expect(page.headers['cache-control']).toBe('private, no-store');
  });
});
