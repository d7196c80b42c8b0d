import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createUser, listAudit } from '../accounts/index';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { readActorCsv, type ActorCsvReading } from '../domain/directory/csv/index';
import { describeEachDatabase } from '../test-support/databases';
import { exportActorsCsv, exportActorsOpenReferral } from './actor-export';
import { importActors, IMPORT_BATCH_SIZE, type ImportOptions } from './actor-import';
import { generatedOrgnr, generateImportFile } from './import-file.fixture';

const T0 = new Date('2026-11-26T10:00:00Z');
const T1 = new Date('2026-11-27T10:00:00Z');
const OPERATOR: ImportOptions = {
  mode: 'operator',
  dryRun: false,
  actor: { kind: 'operator' },
  now: T0,
};

function read(text: string): ActorCsvReading {
  const reading = readActorCsv(Buffer.from(text, 'utf8'));
  if (!reading.ok) throw new Error(JSON.stringify(reading.refusal));
  return reading;
}

function importText(db: Database, text: string, options: Partial<ImportOptions> = {}) {
  const reading = read(text);
  return importActors(db, reading.valid, { ...OPERATOR, fields: reading.fields, ...options });
}

async function actorRow(db: Database, orgnr: string) {
  const { rows } = await db.query<Record<string, unknown>>(
    `SELECT orgnr, name, kind, legal_form, source, listed, suggested_by, organisation_id,
            area_codes, area_index, goals, description, version,
            disadvantaged_staff_share::float8 AS share
       FROM actors WHERE orgnr = $1`,
    [orgnr],
  );
  return rows[0];
}

async function count(db: Database, where = 'true'): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM actors WHERE ${where}`,
  );
  return rows[0]!.n;
}

async function organisation(db: Database, kind: 'public-body' | 'ideburen', orgnr: string) {
  const user = await createUser(db, {
    email: `${orgnr}@exempel.se`,
    name: 'Ägare',
    password: null,
  });
  return createOrganisation(db, {
    name: `Organisation ${orgnr}`,
    orgnr,
    kind,
    ownerId: user.id,
    actor: { kind: 'user', userId: user.id },
    now: T0,
  });
}

const A = generatedOrgnr(1, '8024');
const B = generatedOrgnr(2, '8024');
const C = generatedOrgnr(3, '8024');

describeEachDatabase('importing directory entries', (target) => {
  it('creates entries listed from the import, with area_index, and counts re-imports', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const file = [
      'organisationsnummer;namn;kommunkod;mal;andel_personal;beskrivning',
      `${A};Gemenskap i Malmö;1280|0180;sdg-3|aldre;35;Vi möter äldre.`,
      `${B};Stöd i Lund;12;;;`,
    ].join('\n');
    expect(await importText(db, file)).toEqual({ created: 2, updated: 0, unchanged: 0, kept: [] });
    expect(await actorRow(db, A)).toMatchObject({
      name: 'Gemenskap i Malmö',
      kind: 'ideburen',
      source: 'import',
      listed: true,
      suggested_by: null,
      area_codes: ['1280', '0180'],
      area_index: ['01', '0180', '12', '1280'],
      goals: ['sdg-3', 'aldre'],
      share: 0.35,
      version: 1,
    });

    // The same file again changes nothing; a changed row is updated, a new one created.
    expect(await importText(db, file)).toEqual({ created: 0, updated: 0, unchanged: 2, kept: [] });
    const changed = file.replace('Stöd i Lund;12', 'Stöd i Lund och Eslöv;1285') + `\n${C};Ny;;;;`;
    expect(await importText(db, changed, { now: T1 })).toEqual({
      created: 1,
      updated: 1,
      unchanged: 1,
      kept: [],
    });
    expect(await actorRow(db, B)).toMatchObject({
      name: 'Stöd i Lund och Eslöv',
      area_codes: ['1285'],
      area_index: ['12', '1285'],
      version: 2,
    });
  });

  it('changes only the columns a file has', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    await importText(
      db,
      `organisationsnummer;namn;beskrivning;kommunkod\n${A};Namn;Vår text;0180\n`,
    );
    expect(await importText(db, `organisationsnummer;namn\n${A};Nytt namn\n`)).toMatchObject({
      updated: 1,
    });
    expect(await actorRow(db, A)).toMatchObject({
      name: 'Nytt namn',
      description: 'Vår text',
      area_codes: ['0180'],
    });
  });

  it('keeps entries claimed by their organisation and reports them, not as errors', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    await importText(db, `organisationsnummer;namn\n${A};Importerat\n${B};Också\n`);
    const own = await organisation(db, 'ideburen', A);
    await db.query(
      `UPDATE actors SET organisation_id = $1, source = 'member', name = 'Eget namn' WHERE orgnr = $2`,
      [own.id, A],
    );
    const summary = await importText(
      db,
      `organisationsnummer;namn\n${B};Ändrat\n${A};Skriv över\n`,
      {
        now: T1,
      },
    );
    expect(summary).toEqual({
      created: 0,
      updated: 1,
      unchanged: 0,
      kept: [{ line: 3, orgnr: A, reason: 'claimed' }],
    });
    expect(await actorRow(db, A)).toMatchObject({
      name: 'Eget namn',
      source: 'member',
      version: 1,
    });
  });

  it('a dry run counts what the import would do and writes nothing', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    await importText(db, `organisationsnummer;namn\n${A};Först\n`);
    const file = `organisationsnummer;namn\n${A};Ändrat\n${B};Nytt\n`;
    const dry = await importText(db, file, { dryRun: true });
    expect(dry).toEqual({ created: 1, updated: 1, unchanged: 0, kept: [] });
    expect(await count(db)).toBe(1);
    expect(await actorRow(db, A)).toMatchObject({ name: 'Först', version: 1 });
    expect(await importText(db, file)).toEqual(dry);
  });

  it('suggestions are unlisted, change only their own suggestions, and are audited', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const kommun = await organisation(db, 'public-body', '2120000142');
    const other = await organisation(db, 'public-body', '2120001355');
    await importText(db, `organisationsnummer;namn\n${C};Från operatören\n`);
    const suggest = (by: string, text: string) =>
      importText(db, text, { mode: 'suggestion', suggestedBy: by, actor: { kind: 'operator' } });

    expect(
      await suggest(other.id, `organisationsnummer;namn\n${B};Den andras förslag\n`),
    ).toMatchObject({
      created: 1,
    });
    const summary = await suggest(
      kommun.id,
      `organisationsnummer;namn\n${A};Vårt förslag\n${B};Försök ändra\n${C};Försök ändra\n`,
    );
    expect(summary).toEqual({
      created: 1,
      updated: 0,
      unchanged: 0,
      kept: [
        { line: 3, orgnr: B, reason: 'suggested-by-another' },
        { line: 4, orgnr: C, reason: 'listed' },
      ],
    });
    expect(await actorRow(db, A)).toMatchObject({
      source: 'suggestion',
      listed: false,
      suggested_by: kommun.id,
    });
    expect(await actorRow(db, B)).toMatchObject({
      name: 'Den andras förslag',
      suggested_by: other.id,
    });
    expect(await actorRow(db, C)).toMatchObject({ name: 'Från operatören', listed: true });
    expect(
      await suggest(kommun.id, `organisationsnummer;namn\n${A};Rättat förslag\n`),
    ).toMatchObject({
      updated: 1,
    });
    const audit = await listAudit(db, kommun.id, { limit: 50 });
    const suggested = audit.filter((e) => e.action === 'actor.suggested');
    expect(suggested.map((e) => e.detail)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ import: true, created: 1, updated: 0 }),
        expect.objectContaining({ import: true, created: 0, updated: 1 }),
      ]),
    );
    expect(suggested).toHaveLength(2);

    // The operator's import lists a suggestion as its own.
    expect(await importText(db, `organisationsnummer;namn\n${A};Rättat förslag\n`)).toMatchObject({
      updated: 1,
    });
    expect(await actorRow(db, A)).toMatchObject({ source: 'import', listed: true });
  });

  describe('a generated file of 50 000 rows', () => {
    let db: Database;
    let suite: { db: Database; dispose(): Promise<void> };
    const file = generateImportFile(50_000);
    beforeAll(async () => {
      suite = await target.freshForSuite();
      db = suite.db;
      await migrate(db);
    }, 60_000);
    afterAll(() => suite.dispose());

    it('imports every valid row in batches, reports the invalid ones and writes none of them', async () => {
      const reading = read(file.text);
      expect(reading.rowsRead).toBe(50_000);
      expect(reading.invalidRows).toBe(file.invalidLines.size);
      expect(new Map(reading.problems.map((p) => [p.line, p.column]))).toEqual(file.invalidLines);
      expect(reading.valid.length).toBeGreaterThan(IMPORT_BATCH_SIZE * 10);

      const summary = await importActors(db, reading.valid, {
        ...OPERATOR,
        fields: reading.fields,
      });
      expect(summary).toEqual({
        created: file.validOrgnrs.length,
        updated: 0,
        unchanged: 0,
        kept: [],
      });
      expect(await count(db)).toBe(file.validOrgnrs.length);
      const { rows } = await db.query<{ orgnr: string }>('SELECT orgnr FROM actors ORDER BY orgnr');
      expect(rows.map((r) => r.orgnr)).toEqual([...file.validOrgnrs].sort());
      // The invalid rows' own numbers (with the right check digit) are not there either.
      expect(
        await count(db, `orgnr = '${generatedOrgnr(1000)}' OR orgnr = '${generatedOrgnr(500)}'`),
      ).toBe(0);

      const again = await importActors(db, reading.valid, {
        ...OPERATOR,
        fields: reading.fields,
        dryRun: true,
      });
      expect(again).toEqual({
        created: 0,
        updated: 0,
        unchanged: file.validOrgnrs.length,
        kept: [],
      });
    }, 180_000);

    it('exports CSV that reads back as the same entries, and HSDS-like JSON', async () => {
      const chunks: string[] = [];
      expect(await exportActorsCsv(db, (c) => void chunks.push(c))).toBe(file.validOrgnrs.length);
      expect(chunks.length).toBeGreaterThan(10);
      const exported = chunks.join('');
      expect(exported.startsWith('\uFEFForganisationsnummer,namn,typ,juridisk_form')).toBe(true);
      const back = readActorCsv(Buffer.from(exported, 'utf8'));
      if (!back.ok) throw new Error(JSON.stringify(back.refusal));
      expect(back.encoding).toBe('utf-8-bom');
      expect(back.problems).toEqual([]);
      expect(back.warnings).toEqual([]);
      const original = new Map(read(file.text).valid.map((r) => [r.value.orgnr, r.value]));
      expect(back.valid).toHaveLength(original.size);
      for (const row of back.valid) expect(row.value).toEqual(original.get(row.value.orgnr));
      expect(
        await importActors(db, back.valid, { ...OPERATOR, fields: back.fields, dryRun: true }),
      ).toEqual({
        created: 0,
        updated: 0,
        unchanged: original.size,
        kept: [],
      });

      const json: string[] = [];
      expect(await exportActorsOpenReferral(db, (c) => void json.push(c))).toBe(original.size);
      const document = JSON.parse(json.join('')) as { organizations: Record<string, unknown>[] };
      expect(document.organizations).toHaveLength(original.size);
      const first = document.organizations[0]!;
      const value = original.get(file.validOrgnrs[0]!)!;
      expect(first).toMatchObject({
        name: value.name,
        description: value.description,
        legal_status: 'ideell-forening',
        organization_identifiers: [
          {
            identifier_scheme: 'SE-BLV',
            identifier_type: 'organisationsnummer',
            identifier: `${value.orgnr.slice(0, 6)}-${value.orgnr.slice(6)}`,
          },
        ],
        samverka: { orgnr: value.orgnr, goals: value.goals, claimed: false },
      });
      expect(first.service_areas).toEqual(
        value.areaCodes.map((code): unknown =>
          expect.objectContaining({ samverka_code: code, samverka_kind: 'municipality' }),
        ),
      );
    }, 120_000);
  });

  it('exports only listed entries', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const kommun = await organisation(db, 'public-body', '2120000142');
    await importText(db, `organisationsnummer;namn\n${A};Listad\n`);
    await importText(db, `organisationsnummer;namn\n${B};Förslag\n`, {
      mode: 'suggestion',
      suggestedBy: kommun.id,
    });
    const chunks: string[] = [];
    expect(await exportActorsCsv(db, (c) => void chunks.push(c))).toBe(1);
    expect(chunks.join('')).toContain('Listad');
    expect(chunks.join('')).not.toContain('Förslag');
    const json: string[] = [];
    await exportActorsOpenReferral(db, (c) => void json.push(c));
    expect((JSON.parse(json.join('')) as { organizations: unknown[] }).organizations).toHaveLength(
      1,
    );
  });
});
