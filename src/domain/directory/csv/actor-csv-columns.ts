/**
 * The documented columns of a directory CSV file (docs/directory-import.md) and the fields of an
 * entry they fill. The import reads them and the export writes them, so that an exported file
 * reads back unchanged.
 */
import { formatOrgnr } from '../../accounts/index';
import type { ActorProfileInput } from '../actor-input';

/** The fields of an entry a CSV column can fill (past collaborations are not in CSV). */
export type ActorCsvField = Exclude<keyof ActorProfileInput, 'collaborations'>;

/** One column: its name in the file, the field it fills, whether a file must have it. */
export interface ActorCsvColumn {
  name: string;
  field: ActorCsvField;
  required: boolean;
}

/** The columns, in the order the export writes them. */
export const ACTOR_CSV_COLUMNS: readonly ActorCsvColumn[] = [
  { name: 'organisationsnummer', field: 'orgnr', required: true },
  { name: 'namn', field: 'name', required: true },
  { name: 'typ', field: 'kind', required: false },
  { name: 'juridisk_form', field: 'legalForm', required: false },
  { name: 'registrerad_ideburen', field: 'registeredIdeburen', required: false },
  { name: 'registrerad_datum', field: 'registeredIdeburenOn', required: false },
  { name: 'arbetsintegrerande', field: 'workIntegrationMainAim', required: false },
  { name: 'andel_personal', field: 'disadvantagedStaffShare', required: false },
  { name: 'kommunkod', field: 'areaCodes', required: false },
  { name: 'mal', field: 'goals', required: false },
  { name: 'cpv', field: 'cpv', required: false },
  { name: 'kapacitet', field: 'capacity', required: false },
  { name: 'beskrivning', field: 'description', required: false },
  { name: 'kontakt_namn', field: 'contactName', required: false },
  { name: 'kontakt_epost', field: 'contactEmail', required: false },
  { name: 'kontakt_telefon', field: 'contactPhone', required: false },
  { name: 'webbplats', field: 'website', required: false },
];

/** Other names a column is known by in files people already have. */
const ALIASES: Readonly<Record<string, string>> = {
  orgnr: 'organisationsnummer',
  organisationsnr: 'organisationsnummer',
  kommunkoder: 'kommunkod',
  omrade: 'kommunkod',
  omraden: 'kommunkod',
  epost: 'kontakt_epost',
  telefon: 'kontakt_telefon',
};

/**
 * A header as a key that ignores case, spaces, `_`, `-` and the dots of å, ä and ö:
 * "Juridisk form", "JURIDISK_FORM" and "juridisk-form" are one column, and so are "mål" and "mal".
 */
export function columnKey(header: string): string {
  return header
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s_\-.]+/g, '');
}

const BY_KEY = new Map<string, ActorCsvColumn>();
for (const column of ACTOR_CSV_COLUMNS) BY_KEY.set(columnKey(column.name), column);
for (const [alias, name] of Object.entries(ALIASES)) {
  BY_KEY.set(
    columnKey(alias),
    ACTOR_CSV_COLUMNS.find((c) => c.name === name)!,
  );
}

/** The documented column a header names, or undefined for a column the import does not know. */
export function findActorCsvColumn(header: string): ActorCsvColumn | undefined {
  return BY_KEY.get(columnKey(header));
}

/** The column of a field. */
export function actorCsvColumnOf(field: string): ActorCsvColumn | undefined {
  return ACTOR_CSV_COLUMNS.find((c) => c.field === field);
}

// A spreadsheet runs a cell that begins with one of these as a formula. The export puts an
// apostrophe before such a value (as spreadsheets themselves mark text) and the import takes one
// off again; a value that already begins with apostrophes and then such a sign gets one more, so
// that every value reads back as it was.
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A value as written to a cell: an apostrophe before what a spreadsheet would run. */
export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A cell's value as meant: one guarding apostrophe taken off (see {@link guardFormula}). */
export function unguardFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** A share 0..1 in the file's unit, percent: 0.355 → "35.5". */
export function shareAsPercent(share: number): string {
  return String(Math.round(share * 1000) / 10);
}

/**
 * A cell's text as the loose value {@link validateActorInput} takes for the field: a share
 * column is in percent, so a plain number there is a percentage (`35` and `0,5` mean 35 % and
 * 0.5 %).
 */
export function cellToRaw(field: ActorCsvField, cell: string): string {
  const value = unguardFormula(cell.trim());
  if (field === 'disadvantagedStaffShare' && /^\d+(?:[.,]\d+)?$/.test(value)) return `${value}%`;
  return value;
}

function yesNoCell(value: boolean | null): string {
  return value === null ? '' : value ? 'ja' : 'nej';
}

/** The cells of an entry, in the order of {@link ACTOR_CSV_COLUMNS}. */
export function actorCsvCells(actor: ActorProfileInput): string[] {
  const cell: Record<ActorCsvField, string> = {
    orgnr: formatOrgnr(actor.orgnr),
    name: actor.name,
    kind: actor.kind,
    legalForm: actor.legalForm ?? '',
    registeredIdeburen: yesNoCell(actor.registeredIdeburen),
    registeredIdeburenOn: actor.registeredIdeburenOn ?? '',
    workIntegrationMainAim: yesNoCell(actor.workIntegrationMainAim),
    disadvantagedStaffShare:
      actor.disadvantagedStaffShare === null ? '' : shareAsPercent(actor.disadvantagedStaffShare),
    areaCodes: actor.areaCodes.join('|'),
    goals: actor.goals.join('|'),
    cpv: actor.cpv.join('|'),
    capacity: actor.capacity,
    description: actor.description,
    contactName: actor.contactName,
    contactEmail: actor.contactEmail,
    contactPhone: actor.contactPhone,
    website: actor.website,
  };
  return ACTOR_CSV_COLUMNS.map((c) => guardFormula(cell[c.field]));
}
