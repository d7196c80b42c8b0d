// The pages shown for a missing page, a bad request and a server error: the reason in the
// request's language and a way home, never technical details.
import type { Lang } from '../../engine/index';
import { html } from '../html';
import { webMessages } from '../locales/index';
import { renderPage } from '../page-layout';
import { pathInLang } from '../request-lang';

/** The kinds of error page. */
export type ErrorPageKind =
  'not-found' | 'bad-request' | 'server-error' | 'forbidden' | 'csrf' | 'too-many-requests';

/**
 * The error page of `kind` in `lang`; `path` is the address asked for (for the language switch);
 * `retryAfter` the seconds to wait, for too many requests.
 */
export function renderErrorPage(
  kind: ErrorPageKind,
  lang: Lang,
  path: string,
  retryAfter = 60,
): string {
  const t = webMessages(lang).errors;
  const texts: Record<ErrorPageKind, [string, string]> = {
    'not-found': [t.notFoundTitle, t.notFoundBody],
    'bad-request': [t.badRequestTitle, t.badRequestBody],
    'server-error': [t.serverErrorTitle, t.serverErrorBody],
    forbidden: [t.forbiddenTitle, t.forbiddenBody],
    csrf: [t.csrfTitle, t.csrfBody],
    'too-many-requests': [t.tooManyTitle, t.tooManyBody(retryAfter)],
  };
  const [title, body] = texts[kind];
  return renderPage({
    lang,
    path,
    title: `${title} – samverka`,
    main: html` <h1>${title}</h1>
      <p>${body}</p>
      <p><a href="${pathInLang('/', lang)}">${t.backHome}</a></p>`,
  });
}
