// The addresses of the saved cases' pages. Every link keeps the language.
import type { Lang } from '../../../engine/index';
import { ACCOUNT_PATHS } from '../../auth/account-paths';
import { hrefInLang } from '../../request-lang';

/** The list (GET) and saving a case (POST, with the guide's answers in the query). */
export const CASES_PATH = ACCOUNT_PATHS.cases;
/** The form that saves a case, shown again when its title was wrong. */
export const NEW_CASE_PATH = `${ACCOUNT_PATHS.cases}/nytt`;

/** The changes a case page posts, by the last part of their address. */
export const CASE_ACTIONS = {
  rename: 'namn',
  note: 'anteckningar',
  decide: 'beslut',
  archive: 'arkivera',
  restore: 'ateruppta',
  reassess: 'omprovning',
} as const;
/** One of the changes of {@link CASE_ACTIONS}. */
export type CaseAction = keyof typeof CASE_ACTIONS;

/** The formats of the decision memo, by file extension. */
export const MEMO_EXTENSIONS = ['pdf', 'docx', 'md'] as const;
/** One of {@link MEMO_EXTENSIONS}. */
export type MemoExtension = (typeof MEMO_EXTENSIONS)[number];

/** The path of a case's page. */
export function casePath(id: string): string {
  return `${ACCOUNT_PATHS.cases}/${id}`;
}

/** A link to a case's page in `lang`, with an optional query (without `lang`) and fragment. */
export function caseHref(id: string, lang: Lang, query = '', fragment = ''): string {
  return `${hrefInLang(casePath(id), query, lang)}${fragment === '' ? '' : `#${fragment}`}`;
}

/** The address a change of a case is posted to, in `lang`. */
export function caseActionHref(id: string, action: CaseAction, lang: Lang): string {
  return hrefInLang(`${casePath(id)}/${CASE_ACTIONS[action]}`, '', lang);
}

/** The path of a case's decision memo in a format. */
export function caseMemoPath(id: string, extension: MemoExtension): string {
  return `${casePath(id)}/beslutsunderlag.${extension}`;
}

/** The list of cases in `lang`: open or archived, on page `page`. */
export function caseListHref(lang: Lang, status: 'open' | 'archived', page = 1): string {
  const query = new URLSearchParams();
  if (status === 'archived') query.set('status', 'archived');
  if (page > 1) query.set('page', String(page));
  return hrefInLang(CASES_PATH, query.toString(), lang);
}
