import type { CaseInputMessages, JsonType } from '../case-input-problem';

const TYPE_NAMES: Record<JsonType, string> = {
  string: 'en text',
  number: 'ett tal',
  integer: 'ett heltal',
  boolean: 'true eller false',
  object: 'ett objekt',
  array: 'en lista',
  null: 'null',
};

// The value found: a number that is not an integer is named as such.
function actualName(type: JsonType): string {
  return type === 'number' ? 'ett decimaltal' : TYPE_NAMES[type];
}

function types(list: JsonType[]): string {
  return orList(list.map((t) => TYPE_NAMES[t]));
}

function orList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} eller ${items[items.length - 1]}`;
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Swedish wording of every problem with a case. */
export const sv: CaseInputMessages = {
  'invalid-json': (p) =>
    `felaktig JSON på rad ${p.line}, kolumn ${p.column}: ${
      p.found === null ? 'texten tar slut för tidigt' : `oväntat ${shown(p.found)}`
    }`,
  'empty-input': () => 'ingen indata: ett ärende ska anges som ett JSON-objekt',
  'wrong-type': (p) => `ska vara ${types(p.expected)}, inte ${actualName(p.actual)}`,
  'not-one-of': (p) => {
    const values = p.allowed.filter((v) => v !== null);
    const nullable = p.allowed.includes(null) ? ', eller null om okänt' : '';
    return `ska vara en av ${values.join(', ')}${nullable} (inte ${shown(p.actual)})`;
  },
  'unknown-field': (p) => `okänt fält "${p.field}"; fälten här är ${p.allowed.join(', ')}`,
  missing: (p) =>
    p.field === 'startDate'
      ? 'saknas: dagen då upphandlingen eller samverkan påbörjas (ÅÅÅÅ-MM-DD) måste anges'
      : `saknas: ${p.field} måste anges`,
  negative: (p) => `får inte vara negativt (är ${p.actual})`,
  'out-of-range': (p) => `ska vara mellan ${p.min} och ${p.max} (är ${p.actual})`,
  'below-minimum': (p) => `ska vara minst ${p.min} (är ${p.actual})`,
  'above-maximum': (p) => `får vara högst ${p.max} (är ${p.actual})`,
  'not-finite': () => 'ska vara ett ändligt tal',
  'too-long': (p) => `för lång: högst ${p.max} tecken`,
  pattern: (p) => `har inte väntad form (${p.pattern})`,
  'date-format': (p) => `ska vara ett datum på formen ÅÅÅÅ-MM-DD (inte ${shown(p.actual)})`,
  'impossible-date': (p) => `${p.actual} är inget datum som finns i kalendern`,
  'before-coverage': (p) =>
    `${p.actual} ligger utanför de regler samverka omfattar, som börjar ${p.coverageStart}`,
  'cpv-format': (p) =>
    `ska vara en CPV-kod med kontrollsiffra, till exempel 85311000-2 (inte ${shown(p.actual)})`,
  'cpv-check-digit': (p) =>
    `fel kontrollsiffra i CPV-koden ${p.actual}: ska vara -${p.expected.slice(-1)} (${p.expected})`,
  'cpv-unknown': (p) => `CPV-koden ${p.actual} finns inte i CPV 2008`,
  'orgnr-format': (p) =>
    `ska vara ett organisationsnummer med 10 siffror, NNNNNN-NNNN, eventuellt med 16 före (inte ${shown(p.actual)})`,
  'orgnr-month-digits': (p) =>
    `${p.actual} är inget organisationsnummer: tredje och fjärde siffran ska vara 20 eller mer`,
  'orgnr-check-digit': (p) =>
    `${p.actual} är inget organisationsnummer: fel kontrollsiffra, ska vara ${p.expected}`,
  invalid: (p) => `är inte tillåtet här (${p.keyword})`,
};
