import { describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '../../orgnr/index';
import { validateActorInput, type ActorProfileInput } from '../actor-input';
import { ACTOR_CSV_COLUMNS, actorCsvCells } from './actor-csv-columns';
import { readActorCsv, type ActorCsvReading } from './actor-csv-import';
import { actorCsvProblemText, actorCsvRefusalText } from './actor-csv-texts';
import { csvField } from './csv-reader';

const orgnr = (body: string) => `${body}${luhnCheckDigit(body)}`;
const A = orgnr('802412345'); // 8024123450
const B = orgnr('802433333');
const C = orgnr('716400000');
const wrongCheckDigit = (n: string) => `${n.slice(0, 9)}${(Number(n[9]) + 1) % 10}`;

function read(text: string, encoding: BufferEncoding = 'utf8'): ActorCsvReading {
  const result = readActorCsv(Buffer.from(text, encoding));
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.refusal)}`);
  return result;
}

describe('readActorCsv', () => {
  it('reads a Swedish Excel export: Windows-1252, semicolons, headers in any case', () => {
    const text = [
      'Organisationsnummer;Namn;Juridisk form;Kommunkod;Beskrivning',
      `${A.slice(0, 6)}-${A.slice(6)};Föreningen Gemenskap i Åre;ideell-forening;2321|0180;Vi möter äldre, ensamma och nyanlända.`,
      `${C};Älvdalens sociala företag;ekonomisk-forening;20;"Arbetsträning; café"`,
      '',
    ].join('\r\n');
    const reading = read(text, 'latin1');
    expect(reading.encoding).toBe('windows-1252');
    expect(reading.delimiter).toBe(';');
    expect(reading.rowsRead).toBe(2);
    expect(reading.problems).toEqual([]);
    expect(reading.warnings).toEqual([]);
    expect(reading.fields).toEqual(['orgnr', 'name', 'legalForm', 'areaCodes', 'description']);
    expect(
      reading.valid.map((r) => [r.line, r.value.orgnr, r.value.name, r.value.areaCodes]),
    ).toEqual([
      [2, A, 'Föreningen Gemenskap i Åre', ['2321', '0180']],
      [3, C, 'Älvdalens sociala företag', ['20']],
    ]);
    expect(reading.valid[1]!.value.description).toBe('Arbetsträning; café');
  });

  it('reads UTF-8 with a BOM and commas, with quoted fields holding commas and new lines', () => {
    const text =
      '\uFEFForganisationsnummer,namn,beskrivning,kommunkod\n' +
      `${A},"Gemenskap, Stöd & Co","Rad ett,\nrad två med ""citat""",0180\n`;
    const reading = read(text);
    expect(reading.encoding).toBe('utf-8-bom');
    expect(reading.delimiter).toBe(',');
    expect(reading.valid[0]!.value).toMatchObject({
      name: 'Gemenskap, Stöd & Co',
      description: 'Rad ett,\nrad två med "citat"',
      areaCodes: ['0180'],
    });
  });

  it('accepts an orgnr with a hyphen or with twelve digits', () => {
    const reading = read(`organisationsnummer;namn\n${A.slice(0, 6)}-${A.slice(6)};X\n16${B};Y\n`);
    expect(reading.problems).toEqual([]);
    expect(reading.valid.map((r) => r.value.orgnr)).toEqual([A, B]);
  });

  it('reports every problem of every invalid row by line and column, and keeps the valid rows', () => {
    const text = [
      'organisationsnummer;namn;juridisk_form;kommunkod;kontakt_epost;andel_personal',
      `${wrongCheckDigit(A)};Fel kontrollsiffra;ideell-forening;0180;;`,
      '',
      `${B};;bolag;9999|0180|77;inte-en-adress;150`,
      `${C};Rätt;stiftelse;0180;info@exempel.se;35`,
    ].join('\n');
    const reading = read(text);
    expect(reading.rowsRead).toBe(3);
    expect(reading.invalidRows).toBe(2);
    expect(
      reading.valid.map((r) => [r.line, r.value.orgnr, r.value.disadvantagedStaffShare]),
    ).toEqual([[5, C, 0.35]]);
    expect(reading.problems.map((p) => [p.line, p.column, p.value, p.problem.code])).toEqual([
      [2, 'organisationsnummer', wrongCheckDigit(A), 'orgnr-check-digit'],
      [4, 'namn', '', 'required'],
      [4, 'juridisk_form', 'bolag', 'legal-form-unknown'],
      [4, 'kommunkod', '9999|0180|77', 'area-unknown'],
      [4, 'kommunkod', '9999|0180|77', 'area-unknown'],
      [4, 'kontakt_epost', 'inte-en-adress', 'email-format'],
      [4, 'andel_personal', '150', 'share-range'],
    ]);
    const unknownArea = reading.problems.filter((p) => p.problem.code === 'area-unknown');
    expect(unknownArea.map((p) => actorCsvProblemText(p.problem, 'en'))).toEqual([
      expect.stringContaining('"9999" is not a municipality or county code'),
      expect.stringContaining('"77" is not a municipality or county code'),
    ]);
    expect(actorCsvProblemText(reading.problems[0]!.problem, 'sv')).toContain('kontrollsiffra');
  });

  it('makes the later of two rows with the same orgnr invalid, naming the first line', () => {
    const text = `organisationsnummer;namn\n${A};Först\n${B};Annan\n${A.slice(0, 6)}-${A.slice(6)};Sedan\n`;
    const reading = read(text);
    expect(reading.valid.map((r) => r.line)).toEqual([2, 3]);
    expect(reading.problems).toEqual([
      {
        line: 4,
        column: 'organisationsnummer',
        value: `${A.slice(0, 6)}-${A.slice(6)}`,
        problem: { code: 'orgnr-duplicate', line: 2 },
      },
    ]);
    expect(actorCsvProblemText(reading.problems[0]!.problem, 'en')).toBe(
      'Same organisation number as line 2.',
    );
    expect(actorCsvProblemText(reading.problems[0]!.problem, 'sv')).toContain('rad 2');
  });

  it('warns of unknown columns and names a row with more fields than the header', () => {
    const reading = read(`organisationsnummer;namn;färg\n${A};X;blå\n${B};Y;grön;extra\n`);
    expect(reading.warnings).toEqual([{ code: 'unknown-column', column: 'färg' }]);
    expect(reading.valid.map((r) => r.line)).toEqual([2]);
    expect(reading.problems.map((p) => [p.line, p.problem])).toEqual([
      [3, { code: 'extra-fields', count: 4, expected: 3 }],
    ]);
  });

  it('refuses a file without a required column before reading any row', () => {
    const result = readActorCsv(Buffer.from(`orgnr;beskrivning\n${A};x\n`));
    expect(result).toMatchObject({
      ok: false,
      refusal: { code: 'missing-columns', columns: ['namn'] },
    });
    if (result.ok) return;
    expect(actorCsvRefusalText(result.refusal, 'en')).toBe(
      'The column namn is missing from the header line; it is required.',
    );
    expect(readActorCsv(Buffer.from('beskrivning\nx\n'))).toMatchObject({
      ok: false,
      refusal: { code: 'missing-columns', columns: ['organisationsnummer', 'namn'] },
    });
  });

  it('refuses an empty file, a repeated column, an unclosed quote and a binary file', () => {
    expect(readActorCsv(Buffer.from('\n\n'))).toMatchObject({ refusal: { code: 'empty' } });
    expect(readActorCsv(Buffer.from('namn;orgnr;Organisationsnummer\n'))).toMatchObject({
      refusal: { code: 'duplicate-column', column: 'organisationsnummer' },
    });
    expect(readActorCsv(Buffer.from(`orgnr;namn\n${A};"X\n`))).toMatchObject({
      refusal: { code: 'unclosed-quote', line: 2 },
    });
    expect(readActorCsv(Buffer.from([0x50, 0x4b, 3, 4, 0, 0]))).toMatchObject({
      refusal: { code: 'not-text' },
    });
  });

  it('reads back every field of what the export writes, formula-like values included', () => {
    const entries: ActorProfileInput[] = [
      checked({
        orgnr: A,
        name: '=HYPERLINK("http://x")',
        kind: 'social-enterprise',
        legalForm: 'ekonomisk-forening',
        registeredIdeburen: true,
        registeredIdeburenOn: '2022-03-01',
        workIntegrationMainAim: false,
        disadvantagedStaffShare: 0.355,
        areaCodes: ['0180', '12', 'SE'],
        goals: ['sdg-3', 'aldre'],
        cpv: ['85311000-2', '85312000-9'],
        capacity: "'+ en apostrof först",
        description: 'Rad ett; med semikolon,\r\nrad två med "citat"',
        contactName: '@kontakt',
        contactEmail: 'info@exempel.se',
        contactPhone: '+46 8 123 45',
        website: 'https://exempel.se',
      }),
      checked({ orgnr: B, name: 'Bara namnet' }),
    ];
    const header = ACTOR_CSV_COLUMNS.map((c) => c.name).join(',');
    const lines = entries.map((e) =>
      actorCsvCells(e)
        .map((c) => csvField(c, ','))
        .join(','),
    );
    const file = `\uFEFF${header}\r\n${lines.join('\r\n')}\r\n`;
    const reading = read(file);
    expect(reading.problems).toEqual([]);
    expect(reading.warnings).toEqual([]);
    expect(reading.valid.map((r) => r.value)).toEqual(entries);
    expect(file).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});

function checked(raw: Parameters<typeof validateActorInput>[0]): ActorProfileInput {
  const result = validateActorInput(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}
