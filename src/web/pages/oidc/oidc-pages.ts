// The pages of sign-in through an organisation's identity provider: the address form, the page
// that leads on to the provider, and the page that says why a sign-in did not finish.
import type { Lang } from '../../../engine/index';
import { ACCOUNT_PATHS } from '../../auth/account-paths';
import { csrfField } from '../../auth/csrf-field';
import { errorSummary, type ErrorSummaryItem } from '../../error-summary';
import { textField } from '../../form-fields';
import { html } from '../../html';
import { oidcMessages, type OidcFailureReason } from '../../locales/oidc-messages';
import { renderPage } from '../../page-layout';
import { pathInLang } from '../../request-lang';

/** What the address form shows. */
export interface OidcStartView {
  lang: Lang;
  csrfToken: string;
  email: string;
  /** problems of the address field */
  emailErrors: string[];
  /** a problem that is not the field's (the provider did not answer) */
  failure?: string | undefined;
}

/** The form that asks for the address whose domain chooses the provider. */
export function renderOidcStartPage(view: OidcStartView): string {
  const { lang } = view;
  const t = oidcMessages(lang);
  const summary: ErrorSummaryItem[] = [
    ...view.emailErrors.map((text) => ({ text, href: '#email' })),
    ...(view.failure !== undefined ? [{ text: view.failure }] : []),
  ];
  return renderPage({
    lang,
    path: ACCOUNT_PATHS.oidcStart,
    title: `${summary.length > 0 ? t.errorPrefix + ' ' : ''}${t.start.title} – samverka`,
    main: html`${summary.length > 0 && errorSummary(t.summaryTitle, summary)}
      <h1>${t.start.title}</h1>
      <p class="lead">${t.start.lead}</p>
      <form method="post" action="${pathInLang(ACCOUNT_PATHS.oidcStart, lang)}" novalidate>
        ${csrfField(view.csrfToken)}
        ${textField({
          id: 'email',
          name: 'email',
          label: t.start.email,
          hint: t.start.emailHint,
          type: 'email',
          value: view.email,
          autocomplete: 'username',
          spellcheck: false,
          widthClass: 'input--width-30',
          errors: view.emailErrors,
          errorPrefix: t.errorPrefix,
        })}
        <button type="submit" class="button">${t.start.button}</button>
      </form>
      <p><a href="${pathInLang(ACCOUNT_PATHS.signIn, lang)}">${t.start.passwordInstead}</a></p>`,
  });
}

/** What the page on the way to the provider shows. */
export interface OidcOnwardView {
  lang: Lang;
  organisationName: string;
  /** the provider's authorisation address, with the request in its query */
  authorizationUrl: string;
  /** how long the sign-in may take, in minutes */
  minutes: number;
}

/** The page with the link on to the provider. */
export function renderOidcOnwardPage(view: OidcOnwardView): string {
  const { lang } = view;
  const t = oidcMessages(lang).onward;
  const host = new URL(view.authorizationUrl).host;
  return renderPage({
    lang,
    path: ACCOUNT_PATHS.oidcStart,
    title: `${t.title(view.organisationName)} – samverka`,
    main: html`<h1>${t.title(view.organisationName)}</h1>
      <p class="lead">${t.lead(view.organisationName, host)}</p>
      <p>
        <a class="button" href="${view.authorizationUrl}" rel="noreferrer">${t.button(host)}</a>
      </p>
      <p>${t.expires(view.minutes)}</p>
      <p><a href="${pathInLang(ACCOUNT_PATHS.signIn, lang)}">${t.back}</a></p>`,
  });
}

/** The page of a sign-in that did not finish, with the reason. */
export function renderOidcFailurePage(lang: Lang, reason: OidcFailureReason): string {
  const t = oidcMessages(lang).failure;
  return renderPage({
    lang,
    path: ACCOUNT_PATHS.oidcStart,
    title: `${t.title} – samverka`,
    main: html`<h1>${t.title}</h1>
      <p>${t.reasons[reason]}</p>
      <ul class="list-bullet">
        <li><a href="${pathInLang(ACCOUNT_PATHS.oidcStart, lang)}">${t.again}</a></li>
        <li><a href="${pathInLang(ACCOUNT_PATHS.signIn, lang)}">${t.passwordInstead}</a></li>
      </ul>`,
  });
}
