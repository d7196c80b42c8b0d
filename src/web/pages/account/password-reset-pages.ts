// The pages of password reset: the request form, the answer (the same whether or not there is an
// account), the form behind the link in the mail, and the page of a link that cannot be used.
import { PASSWORD_MIN_LENGTH } from '../../../domain/accounts/index';
import type { Lang } from '../../../engine/index';
import { ACCOUNT_PATHS } from '../../auth/account-paths';
import { csrfField } from '../../auth/csrf-field';
import { errorSummary, type ErrorSummaryItem } from '../../error-summary';
import { textField } from '../../form-fields';
import { html } from '../../html';
import { accountMessages } from '../../locales/account-messages';
import { renderPage } from '../../page-layout';
import { pathInLang } from '../../request-lang';

/** What the request form shows. */
export interface ResetRequestView {
  lang: Lang;
  csrfToken: string;
  email: string;
  emailErrors: string[];
  /** a problem that is not the field's (too many requests) */
  failure?: string | undefined;
}

/** The form that asks for a reset link. */
export function renderResetRequestPage(view: ResetRequestView): string {
  const { lang } = view;
  const m = accountMessages(lang);
  const t = m.reset;
  const summary: ErrorSummaryItem[] = [
    ...view.emailErrors.map((text) => ({ text, href: '#email' })),
    ...(view.failure !== undefined ? [{ text: view.failure }] : []),
  ];
  return renderPage({
    lang,
    path: ACCOUNT_PATHS.passwordReset,
    title: `${summary.length > 0 ? m.errorPrefix + ' ' : ''}${t.title} – samverka`,
    main: html`${summary.length > 0 && errorSummary(m.summaryTitle, summary)}
      <h1>${t.title}</h1>
      <p class="lead">${t.lead}</p>
      <form method="post" action="${pathInLang(ACCOUNT_PATHS.passwordReset, lang)}" novalidate>
        ${csrfField(view.csrfToken)}
        ${textField({
          id: 'email',
          name: 'email',
          label: t.email,
          type: 'email',
          value: view.email,
          autocomplete: 'email',
          spellcheck: false,
          widthClass: 'input--width-30',
          errors: view.emailErrors,
          errorPrefix: m.errorPrefix,
        })}
        <button type="submit" class="button">${t.button}</button>
      </form>
      <p><a href="${pathInLang(ACCOUNT_PATHS.signIn, lang)}">${t.backToSignIn}</a></p>`,
  });
}

/** The answer to a request: it does not say whether the address has an account. */
export function renderResetSentPage(lang: Lang, email: string, minutes: number): string {
  const t = accountMessages(lang).reset;
  return renderPage({
    lang,
    path: ACCOUNT_PATHS.passwordReset,
    title: `${t.sentTitle} – samverka`,
    main: html`<h1>${t.sentTitle}</h1>
      <p class="lead">${t.sentBody(email)}</p>
      <p>${t.sentAdvice(minutes)}</p>
      <p><a href="${pathInLang(ACCOUNT_PATHS.signIn, lang)}">${t.backToSignIn}</a></p>`,
  });
}

/** The fields of the new-password form. */
export type NewPasswordField = 'newPassword' | 'newPasswordConfirm';

/** What the form behind the link shows. */
export interface NewPasswordView {
  lang: Lang;
  csrfToken: string;
  /** the link's own path (it carries the token) */
  action: string;
  email: string;
  errors: Partial<Record<NewPasswordField, string[]>>;
}

/** The form behind the link: the new password twice. */
export function renderNewPasswordPage(view: NewPasswordView): string {
  const { lang, errors } = view;
  const m = accountMessages(lang);
  const t = m.reset;
  const fields: NewPasswordField[] = ['newPassword', 'newPasswordConfirm'];
  const summary = fields.flatMap((f) => (errors[f] ?? []).map((text) => ({ text, href: `#${f}` })));
  return renderPage({
    lang,
    path: ACCOUNT_PATHS.passwordReset,
    title: `${summary.length > 0 ? m.errorPrefix + ' ' : ''}${t.linkTitle} – samverka`,
    main: html`${summary.length > 0 && errorSummary(m.summaryTitle, summary)}
      <h1>${t.linkTitle}</h1>
      <p class="lead">${t.linkLead(view.email)}</p>
      <form method="post" action="${pathInLang(view.action, lang)}" novalidate>
        ${csrfField(view.csrfToken)}
        <input type="text" name="username" value="${view.email}" autocomplete="username" hidden />
        ${textField({
          id: 'newPassword',
          name: 'newPassword',
          label: t.newPassword,
          hint: t.newPasswordHint(PASSWORD_MIN_LENGTH),
          type: 'password',
          autocomplete: 'new-password',
          widthClass: 'input--width-20',
          errors: errors.newPassword,
          errorPrefix: m.errorPrefix,
        })}
        ${textField({
          id: 'newPasswordConfirm',
          name: 'newPasswordConfirm',
          label: t.newPasswordConfirm,
          type: 'password',
          autocomplete: 'new-password',
          widthClass: 'input--width-20',
          errors: errors.newPasswordConfirm,
          errorPrefix: m.errorPrefix,
        })}
        <button type="submit" class="button">${t.setButton}</button>
      </form>`,
  });
}

/** The page of a link that is unknown, used or expired: one page for all three. */
export function renderResetLinkInvalidPage(lang: Lang): string {
  const t = accountMessages(lang).reset;
  return renderPage({
    lang,
    path: ACCOUNT_PATHS.passwordReset,
    title: `${t.invalidTitle} – samverka`,
    main: html`<h1>${t.invalidTitle}</h1>
      <p>${t.invalidBody}</p>
      <p><a href="${pathInLang(ACCOUNT_PATHS.passwordReset, lang)}">${t.requestAgain}</a></p>`,
  });
}
