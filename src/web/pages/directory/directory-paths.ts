// The addresses of the directory's pages. Every link keeps the language.
import type { Lang } from '../../../engine/index';
import { ACCOUNT_PATHS } from '../../auth/account-paths';
import { hrefInLang, pathInLang } from '../../request-lang';

/** The directory's pages. */
export const DIRECTORY_PATHS = {
  /** the public list with search and filters */
  list: '/aktorer',
  /** a public body suggests an organisation */
  suggest: '/aktorer/foresla',
  /** the signed-in organisation's own entry */
  ownEntry: `${ACCOUNT_PATHS.organisation}/katalog`,
  /** the button that confirms the own entry is right */
  confirmOwnEntry: `${ACCOUNT_PATHS.organisation}/katalog/bekrafta`,
  /** the export of the listed entries, answered by the API */
  export: '/api/v1/organisations/export',
} as const;

/** The path of an entry: its organisationsnummer as ten digits. */
export function actorPath(orgnr: string): string {
  return `${DIRECTORY_PATHS.list}/${orgnr}`;
}

/** A link to an entry in `lang`. */
export function actorHref(orgnr: string, lang: Lang): string {
  return pathInLang(actorPath(orgnr), lang);
}

/** A link to the challenges that fit an entry, in `lang`. */
export function actorMatchesHref(orgnr: string, lang: Lang): string {
  return pathInLang(`${actorPath(orgnr)}/matchningar`, lang);
}

/** A link to the export in `format`. */
export function exportHref(format: 'csv' | 'json'): string {
  return `${DIRECTORY_PATHS.export}?format=${format}`;
}

/** A link to the list with `query` (without `lang`) in `lang`. */
export function listHref(query: string, lang: Lang): string {
  return hrefInLang(DIRECTORY_PATHS.list, query, lang);
}

/** The own entry's page in `lang` telling `notice` at the top. */
export function ownEntryHref(lang: Lang, notice?: string): string {
  return hrefInLang(DIRECTORY_PATHS.ownEntry, notice === undefined ? '' : `klart=${notice}`, lang);
}
