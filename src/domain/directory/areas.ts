/**
 * Areas served and areas of a challenge, by the official codes: a kommun (four digits), a län
 * (two digits), or `SE` for the whole country. A kommun lies in the län its code begins with.
 */
import type { Lang } from '../../engine/index';
import { countyList, findCounty, findMunicipality, municipalityList } from '../../reference/index';
import { directoryTexts } from './directory-texts';

/** The code for the whole country. */
export const COUNTRY_CODE = 'SE';

/** What an area code stands for, or undefined when it is no known code. */
export function areaKind(code: string): 'country' | 'county' | 'municipality' | undefined {
  if (code === COUNTRY_CODE) return 'country';
  if (/^\d{2}$/.test(code)) return findCounty(code) ? 'county' : undefined;
  if (/^\d{4}$/.test(code)) return findMunicipality(code) ? 'municipality' : undefined;
  return undefined;
}

/** Whether `code` is a known area code. */
export function isAreaCode(code: string): boolean {
  return areaKind(code) !== undefined;
}

/**
 * The codes stored for search: the codes given, and the län of every kommun among them, without
 * repeats and in order. A search by län then finds actors that serve any of its kommuner.
 */
export function areaIndex(codes: readonly string[]): string[] {
  const all = new Set<string>();
  for (const code of codes) {
    all.add(code);
    const kommun = findMunicipality(code);
    if (kommun) all.add(kommun.countyCode);
  }
  return [...all].sort();
}

/**
 * The area codes whose actors serve all of `code`: the code itself, its län for a kommun, and
 * the whole country. An actor that lists one of them serves the place.
 */
export function coveringAreas(code: string): string[] {
  const kommun = findMunicipality(code);
  if (kommun) return [code, kommun.countyCode, COUNTRY_CODE];
  if (code === COUNTRY_CODE) return [COUNTRY_CODE];
  return [code, COUNTRY_CODE];
}

/** The län code of an area: itself for a län, its län for a kommun, undefined otherwise. */
export function countyOf(code: string): string | undefined {
  if (findCounty(code)) return code;
  return findMunicipality(code)?.countyCode;
}

/** The name of an area code in `lang`, or the code itself when it is unknown. */
export function areaName(code: string, lang: Lang): string {
  if (code === COUNTRY_CODE) return directoryTexts(lang).wholeCountry;
  return findCounty(code)?.name ?? findMunicipality(code)?.name ?? code;
}

/** Every area as an option of a form: the country, each län, then each kommun, by name. */
export function areaOptions(): { code: string; kind: 'country' | 'county' | 'municipality' }[] {
  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'sv');
  return [
    { code: COUNTRY_CODE, kind: 'country' as const },
    ...[...countyList()].sort(byName).map((c) => ({ code: c.code, kind: 'county' as const })),
    ...[...municipalityList()]
      .sort(byName)
      .map((m) => ({ code: m.code, kind: 'municipality' as const })),
  ];
}
