/**
 * Sweden's 21 län and 290 kommuner with their official codes (SCB): a län code has two digits, a
 * kommun code four, and a kommun code begins with the code of its län. Imported by
 * `scripts/import-reference-data.mjs`; see README.md in this folder for sources and licences.
 */
import data from './se-regions.json';

/** A län (county) by its two-digit code. */
export interface County {
  code: string;
  name: string;
}

/** A kommun (municipality) by its four-digit code, with the code of its län. */
export interface Municipality {
  code: string;
  name: string;
  countyCode: string;
}

const counties: readonly County[] = data.lan.map(([code, name]) => ({ code: code!, name: name! }));
const municipalities: readonly Municipality[] = data.kommuner.map(([code, name, county]) => ({
  code: code!,
  name: name!,
  countyCode: county!,
}));
const countyByCode = new Map(counties.map((c) => [c.code, c]));
const municipalityByCode = new Map(municipalities.map((m) => [m.code, m]));

/** Every län, in code order. */
export function countyList(): readonly County[] {
  return counties;
}

/** Every kommun, in code order. */
export function municipalityList(): readonly Municipality[] {
  return municipalities;
}

/** The län with this two-digit code, or undefined. */
export function findCounty(code: string): County | undefined {
  return countyByCode.get(code);
}

/** The kommun with this four-digit code, or undefined. */
export function findMunicipality(code: string): Municipality | undefined {
  return municipalityByCode.get(code);
}
