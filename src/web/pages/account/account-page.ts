// The account page: the person's details and organisations, when their sign-in ends, and the
// forms that change the name, the language and the password, sign out everywhere, and lead to
// the personal data export and the deletion of the account.
import type { Membership, SessionMethod } from '../../../accounts/index';
import { PASSWORD_MIN_LENGTH } from '../../../domain/accounts/index';
import type { Lang } from '../../../engine/index';
import { ACCOUNT_PATHS } from '../../auth/account-paths';
import { csrfField } from '../../auth/csrf-field';
import { errorSummary, fieldErrorItems } from '../../error-summary';
import { selectField, textField } from '../../form-fields';
import { html } from '../../html';
import { accountMessages } from '../../locales/account-messages';
import { renderPage } from '../../page-layout';
import { pathInLang } from '../../request-lang';

/** The fields of the account page's forms, in the order of the page. */
export const ACCOUNT_FIELDS = [
  'name',
  'lang',
  'currentPassword',
  'newPassword',
  'newPasswordConfirm',
] as const;
/** One of {@link ACCOUNT_FIELDS}. */
export type AccountField = (typeof ACCOUNT_FIELDS)[number];

/** What the account page shows. */
export interface AccountView {
  lang: Lang;
  csrfToken: string;
  user: { name: string; email: string; lang: 'sv' | 'en' };
  hasPassword: boolean;
  memberships: readonly Membership[];
  session: { method: SessionMethod; expiresAt: Date };
  sessionRule: { idleHours: number; maxHours: number };
  /** what was typed into the details form, when it is shown again */
  values: { name?: string; lang?: string };
  errors: Partial<Record<AccountField, string[]>>;
  notice?: string | undefined;
}

/** The account page. */
export function renderAccountPage(view: AccountView): string {
  const { lang, errors } = view;
  const m = accountMessages(lang);
  const t = m.account;
  const summary = fieldErrorItems(ACCOUNT_FIELDS, errors);
  const password = (name: AccountField, label: string, autocomplete: string, hint?: string) =>
    textField({
      id: name,
      name,
      label,
      hint,
      type: 'password',
      autocomplete,
      widthClass: 'input--width-20',
      errors: errors[name],
      errorPrefix: m.errorPrefix,
    });
  return renderPage({
    lang,
    path: ACCOUNT_PATHS.account,
    title: `${summary.length > 0 ? m.errorPrefix + ' ' : ''}${t.title} – samverka`,
    main: html`${summary.length > 0 && errorSummary(m.summaryTitle, summary)}
      ${view.notice !== undefined && html`<p class="inset" role="status">${view.notice}</p>`}
      <h1>${t.title}</h1>
      <p class="lead">${t.lead}</p>

      <h2>${t.detailsHeading}</h2>
      <dl class="summary-list">
        <div class="summary-list__row">
          <dt class="summary-list__key">${t.name}</dt>
          <dd class="summary-list__value">${view.user.name}</dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key">${t.email}</dt>
          <dd class="summary-list__value">${view.user.email}</dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key">${t.language}</dt>
          <dd class="summary-list__value">${t.languages[view.user.lang]}</dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key">${t.organisationsHeading}</dt>
          <dd class="summary-list__value">
            ${
              view.memberships.length === 0
                ? t.noOrganisations
                : html`<ul class="list-bullet">
                    ${view.memberships.map(
                      (ms) => html`<li>${ms.organisationName} (${t.roles[ms.role]})</li>`,
                    )}
                  </ul>`
            }
          </dd>
        </div>
      </dl>

      <h2>${t.sessionHeading}</h2>
      <p>${t.signedInWith} ${t.methods[view.session.method]}.</p>
      <p>${t.sessionEnds(view.session.expiresAt)}</p>
      <p>${t.sessionRule(view.sessionRule.idleHours, view.sessionRule.maxHours)}</p>

      <h2>${t.changeDetailsHeading}</h2>
      <form method="post" action="${pathInLang(ACCOUNT_PATHS.account, lang)}" novalidate>
        ${csrfField(view.csrfToken)}
        ${textField({
          id: 'name',
          name: 'name',
          label: t.name,
          value: view.values.name ?? view.user.name,
          autocomplete: 'name',
          widthClass: 'input--width-30',
          errors: errors.name,
          errorPrefix: m.errorPrefix,
        })}
        ${selectField({
          id: 'lang',
          name: 'lang',
          label: t.language,
          value: view.values.lang ?? view.user.lang,
          errors: errors.lang,
          errorPrefix: m.errorPrefix,
          options: [
            ['sv', t.languages.sv],
            ['en', t.languages.en],
          ],
        })}
        <button type="submit" class="button">${t.saveDetails}</button>
      </form>

      <h2>${t.passwordHeading}</h2>
      ${
        view.hasPassword
          ? html`<form
              method="post"
              action="${pathInLang(ACCOUNT_PATHS.changePassword, lang)}"
              novalidate
            >
              ${csrfField(view.csrfToken)}
              <input
                type="text"
                name="username"
                value="${view.user.email}"
                autocomplete="username"
                hidden
              />
              ${password('currentPassword', t.currentPassword, 'current-password')}
              ${password(
                'newPassword',
                t.newPassword,
                'new-password',
                t.newPasswordHint(PASSWORD_MIN_LENGTH),
              )}
              ${password('newPasswordConfirm', t.newPasswordConfirm, 'new-password')}
              <button type="submit" class="button">${t.changePassword}</button>
            </form>`
          : html`<p>${t.noPassword}</p>
              <p>
                <a href="${pathInLang(ACCOUNT_PATHS.passwordReset, lang)}">${t.noPasswordLink}</a>
              </p>`
      }

      <h2>${t.everywhereHeading}</h2>
      <p>${t.everywhereLead}</p>
      <form method="post" action="${pathInLang(ACCOUNT_PATHS.signOutEverywhere, lang)}">
        ${csrfField(view.csrfToken)}
        <button type="submit" class="button button--secondary">${t.everywhereButton}</button>
      </form>

      <h2>${t.dataHeading}</h2>
      <p>${t.dataLead}</p>
      <ul class="list-bullet">
        <li>
          <a href="${pathInLang(ACCOUNT_PATHS.personalDataExport, lang)}" download>${t.dataLink}</a>
        </li>
        <li><a href="${pathInLang(ACCOUNT_PATHS.privacy, lang)}">${t.privacyLink}</a></li>
      </ul>

      <h2>${t.deleteHeading}</h2>
      <p>${t.deleteLead}</p>
      <p><a href="${pathInLang(ACCOUNT_PATHS.deleteAccount, lang)}">${t.deleteLink}</a></p>`,
  });
}
