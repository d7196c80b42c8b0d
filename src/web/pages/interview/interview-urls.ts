// The guide's addresses. Every page but the start page carries the answers in its query (the
// permalink), and every link keeps them and the language.
import type { Lang } from '../../../engine/index';
import { hrefInLang } from '../../request-lang';

/** The guide's paths. */
export const INTERVIEW_PATHS = {
  start: '/vagledning',
  questionPrefix: '/vagledning/fraga/',
  check: '/vagledning/svar',
  result: '/vagledning/resultat',
  memoPdf: '/vagledning/beslutsunderlag.pdf',
  memoDocx: '/vagledning/beslutsunderlag.docx',
  memoMarkdown: '/vagledning/beslutsunderlag.md',
} as const;

/** The path of the question page for the field at `fieldPath` (no query). */
export function questionPath(fieldPath: string): string {
  return `${INTERVIEW_PATHS.questionPrefix}${encodeURIComponent(fieldPath)}`;
}

/** A link to the question for `fieldPath`, keeping the answers and the language. */
export function questionHref(fieldPath: string, permalink: string, lang: Lang): string {
  return hrefInLang(questionPath(fieldPath), permalink, lang);
}

/** A link to one of the guide's pages, keeping the answers and the language. */
export function interviewHref(
  page: Exclude<keyof typeof INTERVIEW_PATHS, 'questionPrefix'>,
  permalink: string,
  lang: Lang,
): string {
  return hrefInLang(INTERVIEW_PATHS[page], permalink, lang);
}
