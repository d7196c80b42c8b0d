// `samverka import organisations` and `samverka export organisations` end to end: the built
// command line on an embedded database in a folder of its own, with the files people have.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedOrgnr, generateImportFile } from '../directory-transfer/import-file.fixture';
import { ensureBuiltCli, runEmbeddedCli, withEmbeddedData } from './built-cli.fixture';

let root: string;
beforeAll(() => {
  ensureBuiltCli();
  root = mkdtempSync(join(tmpdir(), 'samverka-transfer-'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** The built command line on the embedded database in `dataDir`; imports of 50 000 rows take a while. */
function run(dataDir: string, args: string[], input?: string | Buffer) {
  return runEmbeddedCli(dataDir, args, input, 120_000);
}

async function orgnrs(dataDir: string): Promise<string[]> {
  return withEmbeddedData(dataDir, async (db) => {
    const { rows } = await db.query<{ orgnr: string }>('SELECT orgnr FROM actors ORDER BY orgnr');
    return rows.map((r) => r.orgnr);
  });
}

const A = generatedOrgnr(1, '8024');
const B = generatedOrgnr(2, '8024');
const C = generatedOrgnr(3, '8024');
const hyphen = (n: string) => `${n.slice(0, 6)}-${n.slice(6)}`;
const wrongCheckDigit = (n: string) => `${n.slice(0, 9)}${(Number(n[9]) + 1) % 10}`;

/** A Swedish Excel export: Windows-1252, `;`, CRLF, an empty row, mistakes. */
const MESSY = Buffer.from(
  [
    'Organisationsnummer;Namn;Juridisk form;Kommunkod;Beskrivning;Färg',
    `${hyphen(A)};Föreningen Gemenskap i Åre;ideell-forening;2321;"Vi möter äldre; varje vecka";blå`,
    ';;;;;',
    `${wrongCheckDigit(B)};Fel kontrollsiffra;ideell-forening;0180;;`,
    `${C};Okänd kommun;bolag;9999|0180;;`,
    `${A};Samma igen;ideell-forening;2321;;`,
    '',
  ].join('\r\n'),
  'latin1',
);

describe('samverka import organisations', () => {
  it('imports the valid rows, names every invalid one on standard error and exits 1', async () => {
    const data = join(root, 'messy');
    const file = join(root, 'messy.csv');
    writeFileSync(file, MESSY);
    const result = run(data, ['import', 'organisations', file, '--lang', 'en']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(
      [
        `Import of ${file}:`,
        '  encoding:   Windows-1252',
        '  delimiter:  semicolon (;)',
        '  rows read:  4',
        '  created:    1',
        '  updated:    0',
        '  unchanged:  0',
        '  kept:       0',
        '  invalid:    3',
        '',
      ].join('\n'),
    );
    expect(result.stderr.split('\n')).toEqual([
      'warning: The column Färg is not known and is not read.',
      'line 4, column Organisationsnummer: The organisation number is wrong: its check digit (the last one) does not match.',
      'line 5, column Juridisk form: "bolag" is not a known legal form (ideell-forening, stiftelse, ekonomisk-forening, svb-aktiebolag, aktiebolag, trossamfund, other).',
      'line 5, column Kommunkod: "9999" is not a municipality or county code (four digits for a municipality, two for a county, SE for the whole country).',
      'line 6, column Organisationsnummer: Same organisation number as line 2.',
      '',
    ]);
    expect(await orgnrs(data)).toEqual([A]);
    await withEmbeddedData(data, async (db) => {
      const { rows } = await db.query('SELECT name, description, area_codes FROM actors');
      expect(rows).toEqual([
        {
          name: 'Föreningen Gemenskap i Åre',
          description: 'Vi möter äldre; varje vecka',
          area_codes: ['2321'],
        },
      ]);
    });

    // In Swedish, by default; the same file again leaves the entry unchanged.
    const again = run(data, ['import', 'organisations', file]);
    expect(again.status).toBe(1);
    expect(again.stdout).toContain('  oförändrade:   1');
    expect(again.stderr).toContain(
      'rad 6, kolumn Organisationsnummer: Samma organisationsnummer som på rad 2.',
    );
  }, 120_000);

  it('--dry-run counts and writes nothing; a clean file exits 0', async () => {
    const data = join(root, 'dry');
    const file = join(root, 'clean.csv');
    writeFileSync(
      file,
      `\uFEFForganisationsnummer,namn,kommunkod\n${A},"Ett, två",0180\n\n${B},Tre,12\n`,
    );
    const dry = run(data, ['import', 'organisations', file, '--dry-run', '--lang', 'en']);
    expect(dry.stderr).toBe('');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('  encoding:   UTF-8 with BOM');
    expect(dry.stdout).toContain('  delimiter:  comma (,)');
    expect(dry.stdout).toContain('  created:    2');
    expect(dry.stdout).toContain('Nothing was saved.');
    expect(await orgnrs(data)).toEqual([]);

    const real = run(data, ['import', 'organisations', file]);
    expect(real.status).toBe(0);
    expect(real.stdout).toContain('  nya:           2');
    expect(await orgnrs(data)).toEqual([A, B].sort());
  }, 120_000);

  it('refuses a file without a required column with exit 2, before any row', () => {
    const data = join(root, 'refused');
    const file = join(root, 'no-name.csv');
    writeFileSync(file, `organisationsnummer;beskrivning\n${A};Utan namn\n`);
    const result = run(data, ['import', 'organisations', file, '--lang', 'en']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `samverka: ${file} is not imported: The column namn is missing from the header line; it is required.\n`,
    );
    const missing = run(data, ['import', 'organisations', join(root, 'finns-inte.csv')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('ENOENT');
    const usage = run(data, ['import', 'organisations']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('ange CSV-filen som ska importeras');
  }, 120_000);

  it('reads a file of 50 000 rows: the valid ones imported, the invalid ones reported', async () => {
    const data = join(root, 'large');
    const generated = generateImportFile(50_000);
    const result = run(data, ['import', 'organisations', '-', '--lang', 'en'], generated.text);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('  rows read:  50000');
    expect(result.stdout).toContain(`  created:    ${generated.validOrgnrs.length}`);
    expect(result.stdout).toContain(`  invalid:    ${generated.invalidLines.size}`);
    const reported = result.stderr
      .trimEnd()
      .split('\n')
      .map((line) => /^line (\d+), column (\w+):/.exec(line)!.slice(1));
    expect(new Map(reported.map(([line, column]) => [Number(line), column]))).toEqual(
      generated.invalidLines,
    );
    expect(await orgnrs(data)).toEqual([...generated.validOrgnrs].sort());
  }, 180_000);
});

describe('samverka export organisations', () => {
  it('writes CSV the import reads back unchanged, and HSDS-like JSON to a file', () => {
    const data = join(root, 'export');
    const file = join(root, 'source.csv');
    writeFileSync(
      file,
      [
        'organisationsnummer;namn;typ;kommunkod;mal;andel_personal;arbetsintegrerande;beskrivning;kontakt_telefon',
        `${A};"Kafé ""Gemenskap""";social-enterprise;0180|12;sdg-8;40;ja;"Rad ett\nrad två";+46 8 123 45`,
        `${B};Andra;;SE;;;;;`,
      ].join('\n'),
    );
    expect(run(data, ['import', 'organisations', file]).status).toBe(0);
    const exported = run(data, ['export', 'organisations']);
    expect(exported.status).toBe(0);
    expect(exported.stdout.startsWith('\uFEFForganisationsnummer,namn,typ,')).toBe(true);
    expect(exported.stdout).toContain(`${hyphen(A)},"Kafé ""Gemenskap""",social-enterprise,`);
    expect(exported.stdout).toContain("'+46 8 123 45");

    const copy = join(root, 'copy');
    const csv = join(root, 'exported.csv');
    writeFileSync(csv, exported.stdout);
    expect(run(copy, ['import', 'organisations', csv]).status).toBe(0);
    expect(run(copy, ['export', 'organisations']).stdout).toBe(exported.stdout);
    const reimport = run(data, ['import', 'organisations', csv, '--lang', 'en']);
    expect(reimport.stdout).toContain('  unchanged:  2');

    const json = join(root, 'aktorer.json');
    const written = run(data, ['export', 'organisations', '--format', 'json', '--output', json]);
    expect(written.status).toBe(0);
    expect(written.stderr).toBe(`Aktörer exporterade till ${json}: 2\n`);
    const document = JSON.parse(readFileSync(json, 'utf8')) as {
      organizations: { name: string; service_areas: { name: string }[] }[];
    };
    expect(document.organizations.map((o) => o.name)).toEqual(['Kafé "Gemenskap"', 'Andra']);
    expect(document.organizations[0]!.service_areas.map((a) => a.name)).toEqual([
      'Stockholm',
      'Skåne län',
    ]);
  }, 180_000);
});
