// The pages shown for a missing page, a bad request and a server error: the reason in the
// request's language and a way home, never technical details.
import type { Lang } from '../../engine/index';
import { html } from '../html';
import { webMessages } from '../locales/index';
import { renderPage } from '../page-layout';
import { pathInLang } from '../request-lang';

/** The kinds of error page. */
export type ErrorPageKind = 'not-found' | 'bad-request' | 'server-error';

/** The error page of `kind` in `lang`; `path` is the address asked for (for the language switch). */
export function renderErrorPage(kind: ErrorPageKind, lang: Lang, path: string): string {
  const t = webMessages(lang).errors;
  const [title, body] =
    kind === 'not-found'
      ? [t.notFoundTitle, t.notFoundBody]
      : kind === 'bad-request'
        ? [t.badRequestTitle, t.badRequestBody]
        : [t.serverErrorTitle, t.serverErrorBody];
  return renderPage({
    lang,
    path,
    title: `${title} – samverka`,
    main: html` <h1>${title}</h1>
      <p>${body}</p>
      <p><a href="${pathInLang('/', lang)}">${t.backHome}</a></p>`,
  });
}
