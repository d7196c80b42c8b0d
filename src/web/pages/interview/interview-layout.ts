// What every page of the guide shares: the title pattern, the back link and the error summary
// (GOV.UK patterns, our own markup and words).
import type { Lang } from '../../../engine/index';
import { errorSummary, fieldErrorMessage } from '../../error-summary';
import { html, type Html } from '../../html';
import { webMessages } from '../../locales/index';
import { renderPage } from '../../page-layout';

/** One entry of an error summary: the message, and the input it is about when there is one. */
export interface ErrorItem {
  text: string;
  href?: string;
}

/** A page of the guide. */
export interface InterviewPage {
  lang: Lang;
  /** The page's own title; the service name follows it. */
  title: string;
  path: string;
  /** The answers (permalink) without `lang`, kept by the language switch. */
  query: string;
  /** True when the page shows errors: the title then starts with "Fel: ". */
  hasErrors?: boolean;
  backHref?: string;
  main: Html;
}

/** A whole document for a page of the guide. */
export function renderInterviewPage(page: InterviewPage): string {
  const t = webMessages(page.lang).interview;
  const title = `${page.hasErrors === true ? t.titleErrorPrefix : ''}${page.title} – ${t.serviceName}`;
  return renderPage({
    lang: page.lang,
    title,
    path: page.path,
    query: page.query,
    main: html`${
      page.backHref !== undefined &&
      html`<a class="back-link" href="${page.backHref}">${t.backLink}</a>`
    }${page.main}`,
  });
}

/** The error summary at the top of a page of the guide. */
export function renderErrorSummary(lang: Lang, items: readonly ErrorItem[]): Html {
  return errorSummary(webMessages(lang).interview.errorSummaryTitle, items);
}

/** The message shown beside an input with an error, with "Fel:" for screen readers. */
export function renderFieldError(lang: Lang, id: string, messages: readonly string[]): Html {
  return fieldErrorMessage(webMessages(lang).interview.errorPrefix, id, messages);
}
