// A public body's suggestion through HTTP: only members of public bodies who may suggest, the
// refused fields named, the saved suggestion unlisted until claimed, and an entry that exists.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../../app/build-server';
import { migrate } from '../../../db/migrate';
import { findActorByOrgnr } from '../../../directory/index';
import { auditActions } from '../../../directory/directory.fixture';
import {
  createTestMember,
  createTestOrganisation,
  memberForm,
  memberGet,
  nextTestOrgnr,
  type TestMember,
} from '../../../test-support/accounts';
import { openScratchPglite, type ScratchDatabase } from '../../../test-support/databases';

let scratch: ScratchDatabase;
let app: FastifyInstance;
const clock = new Date('2026-03-10T09:00:00Z');

let body: TestMember;
let bodyReader: TestMember;
let otherBody: TestMember;
let ideburen: TestMember;

beforeAll(async () => {
  scratch = await openScratchPglite();
  await migrate(scratch.db);
  app = await buildServer({ db: scratch.db, now: () => clock });
  body = await createTestOrganisation(scratch.db, app, { name: 'Kommunen', now: clock });
  bodyReader = await createTestMember(scratch.db, app, body.organisationId, 'reader', clock);
  otherBody = await createTestOrganisation(scratch.db, app, { name: 'Regionen', now: clock });
  ideburen = await createTestOrganisation(scratch.db, app, { kind: 'ideburen', now: clock });
});

afterAll(async () => {
  await app.close();
  await scratch.dispose();
});

const PATH = '/aktorer/foresla';

describe('suggesting an organisation', () => {
  it('is open to members of public bodies who may suggest, and refused to anyone else', async () => {
    expect((await app.inject(memberGet(body, PATH))).statusCode).toBe(200);
    expect((await app.inject(memberGet(bodyReader, PATH))).statusCode).toBe(403);
    expect((await app.inject(memberGet(ideburen, PATH))).statusCode).toBe(403);
    const visitor = await app.inject(memberGet(undefined, PATH));
    expect(visitor.statusCode).toBe(303);
    const fields = { orgnr: nextTestOrgnr(), name: 'Ska inte sparas' };
    expect((await app.inject(memberForm(ideburen, PATH, fields))).statusCode).toBe(403);
    expect((await app.inject(memberForm(bodyReader, PATH, fields))).statusCode).toBe(403);
    expect(await findActorByOrgnr(scratch.db, fields.orgnr, body)).toBeUndefined();
  });

  it('names the refused fields in Swedish and English and keeps the input', async () => {
    const sv = await app.inject(
      memberForm(body, PATH, { orgnr: '802000-0001', name: '', areaCodes: ['0180', '9999'] }),
    );
    expect(sv.statusCode).toBe(400);
    expect(sv.body).toContain(
      '<a href="#orgnr">Organisationsnumret stämmer inte: kontrollsiffran (den sista) är fel.</a>',
    );
    expect(sv.body).toContain('<a href="#name">Fyll i fältet.</a>');
    expect(sv.body).toContain('<a href="#areaCodes">”9999” är ingen kommun- eller länskod');
    expect(sv.body).toContain('value="802000-0001"');
    expect(sv.body).toMatch(/value="0180"\s+checked/);
    const en = await app.inject(memberForm(body, `${PATH}?lang=en`, { orgnr: 'abc', name: 'X' }));
    expect(en.statusCode).toBe(400);
    expect(en.body).toContain('There is a problem');
    expect(en.body).toContain('<a href="#orgnr">');
  });

  it('saves a suggestion unlisted, tells what happens next, and answers exists the second time', async () => {
    const orgnr = nextTestOrgnr();
    const fields = {
      orgnr: `${orgnr.slice(0, 6)}-${orgnr.slice(6)}`,
      name: 'Stadsdelsföreningen',
      kind: 'ideburen',
      legalForm: 'ideell-forening',
      areaCodes: ['0180'],
      goals: ['trygg-livsmiljo'],
      description: 'Nattvandringar i Rinkeby.',
      // Not part of a suggestion: not read.
      contactEmail: 'hemlig@exempel.se',
    };
    const created = await app.inject(memberForm(body, PATH, fields));
    expect(created.statusCode).toBe(303);
    expect(created.headers.location).toBe(`${PATH}?klart=created&orgnr=${orgnr}`);
    const page = await app.inject(memberGet(body, String(created.headers.location)));
    expect(page.body).toContain('Förslaget är sparat');
    expect(page.body).toContain('Stadsdelsföreningen är föreslagen.');
    expect(page.body).toContain(`href="/aktorer/${orgnr}"`);
    const record = await findActorByOrgnr(scratch.db, orgnr, body);
    expect(record).toMatchObject({
      name: 'Stadsdelsföreningen',
      listed: false,
      source: 'suggestion',
      suggestedBy: body.organisationId,
      goals: ['trygg-livsmiljo'],
      contactEmail: '',
    });
    expect(await auditActions(scratch.db, body.organisationId)).toContain('actor.suggested');
    expect((await app.inject(memberGet(undefined, '/aktorer?q=nattvandringar'))).body).toContain(
      '0 organisationer',
    );
    expect((await app.inject(memberGet(undefined, `/aktorer/${orgnr}`))).statusCode).toBe(404);

    const again = await app.inject(memberForm(otherBody, `${PATH}?lang=en`, fields));
    expect(again.headers.location).toBe(`${PATH}?klart=exists&orgnr=${orgnr}&lang=en`);
    const exists = await app.inject(memberGet(otherBody, String(again.headers.location)));
    expect(exists.body).toContain('The organisation is already there');
    expect(exists.body).toContain('is not shown until the organisation takes it over');
    expect(exists.body).not.toContain(`href="/aktorer/${orgnr}?lang=en"`);
    expect((await findActorByOrgnr(scratch.db, orgnr, body))?.suggestedBy).toBe(
      body.organisationId,
    );
  });

  it('ignores an outcome in the address that does not fit an entry', async () => {
    const page = await app.inject(memberGet(body, `${PATH}?klart=created&orgnr=0000000000`));
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('Förslaget är sparat');
  });
});
