// The page that deletes an account: what happens, the organisations that keep it from happening
// yet, and the confirmation (the password, or the address for accounts without one); and the page
// that says it is done.
import type { LastOwnerBlock } from '../../../accounts/index';
import type { Lang } from '../../../engine/index';
import { ACCOUNT_PATHS } from '../../auth/account-paths';
import { csrfField } from '../../auth/csrf-field';
import { errorSummary } from '../../error-summary';
import { textField } from '../../form-fields';
import { html } from '../../html';
import { accountMessages } from '../../locales/account-messages';
import { renderPage } from '../../page-layout';
import { pathInLang } from '../../request-lang';

/** What the deletion page shows. */
export interface DeleteAccountView {
  lang: Lang;
  csrfToken: string;
  email: string;
  hasPassword: boolean;
  /** organisations where the person is the only owner and others are members */
  blocks: readonly LastOwnerBlock[];
  /** the problem with the confirmation, if any */
  error?: string | undefined;
}

/** The field that confirms: the password, or the address for accounts without a password. */
export function confirmationField(hasPassword: boolean): 'password' | 'confirmEmail' {
  return hasPassword ? 'password' : 'confirmEmail';
}

/** The deletion page. */
export function renderDeleteAccountPage(view: DeleteAccountView): string {
  const { lang } = view;
  const m = accountMessages(lang);
  const t = m.deletion;
  const field = confirmationField(view.hasPassword);
  const errors = view.error !== undefined ? [view.error] : [];
  return renderPage({
    lang,
    path: ACCOUNT_PATHS.deleteAccount,
    title: `${errors.length > 0 ? m.errorPrefix + ' ' : ''}${t.title} – samverka`,
    main: html`${
        errors.length > 0 &&
        errorSummary(
          m.summaryTitle,
          errors.map((text) => ({ text, href: `#${field}` })),
        )
      }
      <h1>${t.title}</h1>
      <p class="lead">${t.lead}</p>
      <ul class="list-bullet">
        ${t.consequences.map((c) => html`<li>${c}</li>`)}
      </ul>
      ${
        view.blocks.length > 0
          ? html`<div class="inset">
                <p>${t.blocked}</p>
                <ul class="list-bullet">
                  ${view.blocks.map((b) => html`<li>${b.organisationName}</li>`)}
                </ul>
              </div>
              <p><a href="${pathInLang(ACCOUNT_PATHS.members, lang)}">${t.blockedNext}</a></p>`
          : html`<form
              method="post"
              action="${pathInLang(ACCOUNT_PATHS.deleteAccount, lang)}"
              novalidate
            >
              ${csrfField(view.csrfToken)}
              ${
                view.hasPassword
                  ? html`<input
                        type="text"
                        name="username"
                        value="${view.email}"
                        autocomplete="username"
                        hidden
                      />
                      ${textField({
                        id: 'password',
                        name: 'password',
                        label: t.password,
                        hint: t.passwordHint,
                        type: 'password',
                        autocomplete: 'current-password',
                        widthClass: 'input--width-20',
                        errors,
                        errorPrefix: m.errorPrefix,
                      })}`
                  : textField({
                      id: 'confirmEmail',
                      name: 'confirmEmail',
                      label: t.confirmEmail,
                      hint: t.confirmEmailHint,
                      type: 'email',
                      autocomplete: 'off',
                      spellcheck: false,
                      widthClass: 'input--width-30',
                      errors,
                      errorPrefix: m.errorPrefix,
                    })
              }
              <button type="submit" class="button">${t.button}</button>
            </form>`
      }
      <p><a href="${pathInLang(ACCOUNT_PATHS.account, lang)}">${t.cancel}</a></p>`,
  });
}

/** The page after the account has been deleted. */
export function renderAccountDeletedPage(lang: Lang): string {
  const t = accountMessages(lang).deletion;
  return renderPage({
    lang,
    path: ACCOUNT_PATHS.deleteAccount,
    title: `${t.doneTitle} – samverka`,
    main: html`<h1>${t.doneTitle}</h1>
      <p>${t.doneBody}</p>
      <p><a href="${pathInLang('/', lang)}">${t.doneHome}</a></p>`,
  });
}
