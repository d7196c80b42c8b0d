// The organisation's own entry through HTTP: who may read and who may change it, refused input
// named field by field in Swedish and English and kept in the form, a change made meanwhile,
// claiming an imported entry, confirming, and a public body, which has no entry.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrganisation } from '../../../accounts/index';
import { buildServer } from '../../../app/build-server';
import { migrate } from '../../../db/migrate';
import { findActorByOrgnr, findActorOfOrganisation } from '../../../directory/index';
import {
  actorInput,
  auditActions,
  insertImportedActor,
} from '../../../directory/directory.fixture';
import {
  createTestMember,
  createTestOrganisation,
  memberForm,
  memberGet,
  type TestMember,
} from '../../../test-support/accounts';
import { openScratchPglite, type ScratchDatabase } from '../../../test-support/databases';

let scratch: ScratchDatabase;
let app: FastifyInstance;
const clock = { now: new Date('2026-03-10T09:00:00Z') };

beforeAll(async () => {
  scratch = await openScratchPglite();
  await migrate(scratch.db);
  app = await buildServer({ db: scratch.db, now: () => clock.now });
});

afterAll(async () => {
  await app.close();
  await scratch.dispose();
});

const PATH = '/organisation/katalog';

/** A form of a whole, valid entry. */
const FILLED = {
  name: 'Träffpunkt Hisingen',
  kind: 'ideburen',
  legalForm: 'ideell-forening',
  registeredIdeburen: 'yes',
  registeredIdeburenOn: '2024-01-15',
  workIntegrationMainAim: 'no',
  disadvantagedStaffShare: '20',
  areaCodes: ['1480', '14'],
  goals: ['sdg-3', 'aldre'],
  cpv: '85311000-2, 80000000',
  capacity: 'Tre träffar i veckan.',
  description: 'Mötesplats för äldre på Hisingen med samtalsgrupper.',
  contactName: 'Ali Ek',
  contactEmail: 'ali@traffpunkt.se',
  contactPhone: '031-11 22 33',
  website: 'https://traffpunkt.se',
  'collaborations-0-title': '',
  'collaborations-1-title': 'Sommarträffar',
  'collaborations-1-partner': 'Göteborgs stad',
  'collaborations-1-year': '2024',
  'collaborations-1-form': 'iop',
  version: '',
};

async function organisation(kind: 'ideburen' | 'social-enterprise' | 'public-body' = 'ideburen') {
  const owner = await createTestOrganisation(scratch.db, app, { kind, now: clock.now });
  const editor = await createTestMember(scratch.db, app, owner.organisationId, 'editor');
  const reader = await createTestMember(scratch.db, app, owner.organisationId, 'reader');
  const orgnr = (await findOrganisation(scratch.db, owner.organisationId))!.orgnr!;
  return { owner, editor, reader, orgnr };
}

const post = (
  member: TestMember | undefined,
  fields: Record<string, string | string[]>,
  url = PATH,
) => app.inject(memberForm(member, url, fields));

describe('the own entry', () => {
  it('sends a visitor to sign in, and shows a member without profile.update the entry read-only', async () => {
    const { reader } = await organisation();
    const visitor = await app.inject(memberGet(undefined, PATH));
    expect(visitor.statusCode).toBe(303);
    expect(visitor.headers.location).toBe('/logga-in?next=%2Forganisation%2Fkatalog');
    const page = await app.inject(memberGet(reader, PATH));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Din roll (läsare) kan se uppgifterna men inte ändra dem.');
    expect(page.body).toMatch(/href="\/organisation\/katalog"\s+aria-current="page"\s*>Katalogen</);
    const overview = await app.inject(memberGet(reader, '/organisation?lang=en'));
    expect(overview.body).toMatch(/href="\/organisation\/katalog\?lang=en"\s*>Directory</);
    expect(page.body).not.toContain(`action="${PATH}"`);
    const refused = await post(reader, FILLED);
    expect(refused.statusCode).toBe(403);
    expect(await findActorOfOrganisation(scratch.db, reader.organisationId)).toBeUndefined();
  });

  it('creates the entry from the form, redirects with a notice and lists it', async () => {
    const { editor, orgnr } = await organisation();
    const empty = await app.inject(memberGet(editor, PATH));
    expect(empty.statusCode).toBe(200);
    expect(empty.body).toContain('Organisationen finns inte i katalogen ännu.');
    expect(empty.body).toContain('Lägg till i katalogen');
    const saved = await post(editor, { ...FILLED, orgnr: '8020000000' });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/organisation/katalog?klart=created');
    const record = await findActorOfOrganisation(scratch.db, editor.organisationId);
    expect(record).toMatchObject({
      orgnr,
      name: 'Träffpunkt Hisingen',
      listed: true,
      source: 'member',
      legalForm: 'ideell-forening',
      registeredIdeburen: true,
      registeredIdeburenOn: '2024-01-15',
      workIntegrationMainAim: false,
      disadvantagedStaffShare: 0.2,
      areaCodes: ['1480', '14'],
      goals: ['sdg-3', 'aldre'],
      cpv: ['85311000-2', '80000000-4'],
      lastConfirmedOn: '2026-03-10',
    });
    expect(record!.collaborations).toEqual([
      {
        title: 'Sommarträffar',
        partner: 'Göteborgs stad',
        year: 2024,
        form: 'iop',
        goals: [],
        description: '',
      },
    ]);
    const page = await app.inject(memberGet(editor, String(saved.headers.location)));
    expect(page.body).toContain('Organisationen finns nu i katalogen.');
    expect(page.body).toContain('name="version" value="1"');
    expect(page.body).toContain('value="20"');
    expect(page.body).toMatch(/value="1480"\s+checked/);
    expect(page.body).toMatch(
      /<details class="area-group"\s+open>\s*<summary>Västra Götalands län \(2 valda\)/,
    );
    const list = await app.inject(memberGet(undefined, '/aktorer?q=samtalsgrupperna'));
    expect(list.body).toContain(`href="/aktorer/${orgnr}"`);
    expect(await auditActions(scratch.db, editor.organisationId)).toContain('profile.created');
  });

  it('names every refused field in Swedish, keeps the input, and saves nothing', async () => {
    const { editor } = await organisation();
    const response = await post(editor, {
      ...FILLED,
      name: '',
      registeredIdeburenOn: '2024-02-30',
      disadvantagedStaffShare: '150',
      contactEmail: 'inte-en-adress',
      cpv: '12345678',
      'collaborations-1-year': 'förra året',
      'collaborations-2-partner': 'Bara en partner',
    });
    expect(response.statusCode).toBe(400);
    const body = response.body;
    expect(body).toContain('<title>Fel: ');
    expect(body).toContain('Det finns ett problem');
    expect(body).toMatch(/<a href="#name">Fyll i fältet.<\/a>/);
    expect(body).toContain(
      '<a href="#registeredIdeburenOn">Skriv datumet som ÅÅÅÅ-MM-DD, inte ”2024-02-30”.</a>',
    );
    expect(body).toContain(
      '<a href="#disadvantagedStaffShare">Andelen ska vara mellan 0 och 100 %.</a>',
    );
    expect(body).toContain(
      '<a href="#contactEmail">Skriv en e-postadress som namn@exempel.se.</a>',
    );
    expect(body).toContain('<a href="#cpv">CPV-koden 12345678 finns inte i CPV 2008.</a>');
    expect(body).toContain(
      '<a href="#collaborations-1-year">Skriv året med fyra siffror, inte ”förra året”.</a>',
    );
    expect(body).toContain('<a href="#collaborations-2-title">Fyll i fältet.</a>');
    expect(body).toContain('id="contactEmail-error"');
    expect(body).toContain('aria-invalid="true"');
    expect(body).toContain('value="inte-en-adress"');
    expect(body).toContain('value="Bara en partner"');
    expect(body).toMatch(/value="aldre"\s+checked/);
    expect(await findActorOfOrganisation(scratch.db, editor.organisationId)).toBeUndefined();
  });

  it('names the refused fields in English', async () => {
    const { editor } = await organisation();
    const response = await post(
      editor,
      { ...FILLED, name: '', website: 'ftp://x' },
      `${PATH}?lang=en`,
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('There is a problem');
    expect(response.body).toContain('<a href="#name">Fill in this field.</a>');
    expect(response.body).toContain('<a href="#website">');
    expect(response.body).toContain(`action="${PATH}?lang=en"`);
  });

  it('refuses a change made on an older version, keeps the input and shows the entry as it is', async () => {
    const { owner, editor } = await organisation();
    expect((await post(owner, FILLED)).statusCode).toBe(303);
    expect(
      (await post(owner, { ...FILLED, version: '1', name: 'Första ändringen' })).statusCode,
    ).toBe(303);
    const stale = await post(editor, { ...FILLED, version: '1', name: 'Andra ändringen' });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Någon annan har ändrat uppgifterna sedan du öppnade sidan.');
    expect(stale.body).toContain('value="Andra ändringen"');
    expect(stale.body).toContain('Det som finns i katalogen nu');
    expect(stale.body).toContain('name="version" value="2"');
    const record = await findActorOfOrganisation(scratch.db, owner.organisationId);
    expect(record).toMatchObject({ name: 'Första ändringen', version: 2 });
    // Sent again after comparing, it is saved.
    const again = await post(editor, { ...FILLED, version: '2', name: 'Andra ändringen' });
    expect(again.headers.location).toBe('/organisation/katalog?klart=updated');
  });

  it('claims an imported entry with the organisation’s number, showing what was imported first', async () => {
    const { editor, orgnr } = await organisation('social-enterprise');
    await insertImportedActor(
      scratch.db,
      actorInput({
        orgnr,
        name: 'Importerat namn',
        description: 'Från registret.',
        areaCodes: '0180',
      }),
    );
    const page = await app.inject(memberGet(editor, PATH));
    expect(page.body).toContain('Organisationen finns redan i katalogen');
    expect(page.body).toContain('Uppgiften kommer från en import.');
    expect(page.body).toContain('Det som finns i katalogen nu');
    expect(page.body).toContain('value="Importerat namn"');
    expect(page.body).toContain('Ta över och spara uppgifterna');
    const version = /name="version" value="(\d+)"/.exec(page.body)![1]!;
    const claimed = await post(editor, { ...FILLED, version, name: 'Vårt eget namn' });
    expect(claimed.headers.location).toBe('/organisation/katalog?klart=claimed');
    const record = await findActorByOrgnr(scratch.db, orgnr);
    expect(record).toMatchObject({
      organisationId: editor.organisationId,
      name: 'Vårt eget namn',
      listed: true,
      source: 'import',
    });
    expect(await auditActions(scratch.db, editor.organisationId)).toContain('profile.claimed');
  });

  it('confirms the entry today, and says there is nothing to confirm before it exists', async () => {
    const { editor, reader } = await organisation();
    const early = await post(editor, {}, `${PATH}/bekrafta`);
    expect(early.statusCode).toBe(409);
    expect(early.body).toContain('Det finns ingen uppgift att bekräfta.');
    await post(editor, FILLED);
    clock.now = new Date('2026-04-02T08:00:00Z');
    try {
      expect((await post(reader, {}, `${PATH}/bekrafta`)).statusCode).toBe(403);
      const confirmed = await post(editor, {}, `${PATH}/bekrafta?lang=en`);
      expect(confirmed.headers.location).toBe('/organisation/katalog?klart=confirmed&lang=en');
      const record = await findActorOfOrganisation(scratch.db, editor.organisationId);
      expect(record?.lastConfirmedOn).toBe('2026-04-02');
      const page = await app.inject(memberGet(editor, String(confirmed.headers.location)));
      expect(page.body).toContain('The entry is confirmed today.');
      expect(page.body).toContain('Last confirmed 2026-04-02.');
    } finally {
      clock.now = new Date('2026-03-10T09:00:00Z');
    }
  });

  it('tells a public body it has no entry and links to the suggestion; its post is refused', async () => {
    const { owner } = await organisation('public-body');
    const page = await app.inject(memberGet(owner, `${PATH}?lang=en`));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Public bodies are not in the directory');
    expect(page.body).toContain('href="/aktorer/foresla?lang=en"');
    expect(page.body).not.toContain('name="version"');
    const refused = await post(owner, FILLED);
    expect(refused.statusCode).toBe(403);
    expect(await findActorOfOrganisation(scratch.db, owner.organisationId)).toBeUndefined();
  });

  it('edits only the entry of the member’s own organisation, whatever number is posted', async () => {
    const first = await organisation();
    const second = await organisation();
    await post(first.owner, FILLED);
    const other = await post(second.owner, { ...FILLED, orgnr: first.orgnr, name: 'Kapat' });
    expect(other.headers.location).toBe('/organisation/katalog?klart=created');
    expect(await findActorByOrgnr(scratch.db, first.orgnr)).toMatchObject({
      name: 'Träffpunkt Hisingen',
      organisationId: first.owner.organisationId,
    });
    expect(await findActorByOrgnr(scratch.db, second.orgnr)).toMatchObject({ name: 'Kapat' });
  });
});
