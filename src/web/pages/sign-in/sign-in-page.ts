// The sign-in page: e-mail and password, and the way to an organisation's own identity provider.
import type { Lang } from '../../../engine/index';
import { ACCOUNT_PATHS } from '../../auth/account-paths';
import { csrfField } from '../../auth/csrf-field';
import { errorSummary } from '../../error-summary';
import { textField } from '../../form-fields';
import { html } from '../../html';
import { signInMessages } from '../../locales/sign-in-messages';
import { renderPage } from '../../page-layout';
import { pathInLang } from '../../request-lang';

/** What the sign-in page shows. */
export interface SignInView {
  lang: Lang;
  csrfToken: string;
  /** where to go after signing in (a local path) */
  next: string;
  email: string;
  /** field problems (missing e-mail or password), by field name */
  fieldErrors: { email?: string[]; password?: string[] };
  /** the one generic message after a failed attempt, or the wait after too many */
  failure?: string | undefined;
  /** a notice at the top (signed out) */
  notice?: string | undefined;
}

/** The sign-in page. */
export function renderSignInPage(view: SignInView): string {
  const { lang } = view;
  const t = signInMessages(lang);
  const s = t.signIn;
  const summary = [
    ...(view.failure !== undefined ? [{ text: view.failure, href: '#email' }] : []),
    ...(view.fieldErrors.email ?? []).map((text) => ({ text, href: '#email' })),
    ...(view.fieldErrors.password ?? []).map((text) => ({ text, href: '#password' })),
  ];
  return renderPage({
    lang,
    path: ACCOUNT_PATHS.signIn,
    title: `${summary.length > 0 ? t.errorPrefix + ' ' : ''}${s.title} – samverka`,
    main: html`${summary.length > 0 && errorSummary(t.summaryTitle, summary)}
      ${view.notice !== undefined && html`<p class="notice" role="status">${view.notice}</p>`}
      <h1>${s.title}</h1>
      <p class="lead">${s.lead}</p>
      <form method="post" action="${pathInLang(ACCOUNT_PATHS.signIn, lang)}" novalidate>
        ${csrfField(view.csrfToken)}
        <input type="hidden" name="next" value="${view.next}" />
        ${textField({
          id: 'email',
          name: 'email',
          label: s.email,
          type: 'email',
          value: view.email,
          autocomplete: 'username',
          spellcheck: false,
          widthClass: 'input--width-30',
          errors: view.fieldErrors.email,
          errorPrefix: t.errorPrefix,
        })}
        ${textField({
          id: 'password',
          name: 'password',
          label: s.password,
          type: 'password',
          autocomplete: 'current-password',
          widthClass: 'input--width-20',
          errors: view.fieldErrors.password,
          errorPrefix: t.errorPrefix,
        })}
        <button type="submit" class="button">${s.button}</button>
      </form>
      <p><a href="${pathInLang(ACCOUNT_PATHS.passwordReset, lang)}">${s.forgotPassword}</a></p>
      <p>${s.noAccount} <a href="${pathInLang(ACCOUNT_PATHS.signUp, lang)}">${s.signUpLink}</a></p>
      <h2>${s.organisationHeading}</h2>
      <p>${s.organisationLead}</p>
      <form method="post" action="${pathInLang(ACCOUNT_PATHS.oidcStart, lang)}" novalidate>
        ${csrfField(view.csrfToken)}
        ${textField({
          id: 'oidc-email',
          name: 'email',
          label: s.email,
          type: 'email',
          autocomplete: 'username',
          spellcheck: false,
          widthClass: 'input--width-30',
          errorPrefix: t.errorPrefix,
        })}
        <button type="submit" class="button button--secondary">${s.organisationButton}</button>
      </form>`,
  });
}
