// The question asked before a change that cannot simply be undone (removing a member, revoking an
// invitation or an API token): the first post shows it, and only the second, with `confirm`,
// makes the change. It works without JavaScript.
import type { Lang } from '../../../engine/index';
import { csrfField } from '../../auth/csrf-field';
import { html } from '../../html';
import { organisationMessages } from '../../locales/organisation-messages';
import { renderPage } from '../../page-layout';
import { pathInLang } from '../../request-lang';

/** The field a confirmed form carries. */
export const CONFIRM_FIELD = 'confirm';
/** Its value. */
export const CONFIRM_VALUE = 'ja';

/** What the confirmation page asks. */
export interface ConfirmView {
  lang: Lang;
  csrfToken: string;
  /** the page the question is about, for the language switch and the way back */
  path: string;
  title: string;
  body: string;
  /** where the confirmed form posts */
  action: string;
  /** the form's fields besides the confirmation */
  fields: Readonly<Record<string, string>>;
  button: string;
}

/** The confirmation page. */
export function renderConfirmPage(view: ConfirmView): string {
  const { lang } = view;
  const t = organisationMessages(lang).confirm;
  return renderPage({
    lang,
    path: view.path,
    title: `${view.title} – samverka`,
    main: html`<h1>${view.title}</h1>
      <p>${view.body}</p>
      <form method="post" action="${pathInLang(view.action, lang)}" novalidate>
        ${csrfField(view.csrfToken)}
        ${Object.entries(view.fields).map(
          ([name, value]) => html`<input type="hidden" name="${name}" value="${value}" />`,
        )}
        <input type="hidden" name="${CONFIRM_FIELD}" value="${CONFIRM_VALUE}" />
        <button type="submit" class="button">${view.button}</button>
      </form>
      <p><a href="${pathInLang(view.path, lang)}">${t.cancel}</a></p>`,
  });
}
