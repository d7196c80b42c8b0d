// The settings of an organisation's identity provider, for its owners: the domain, the issuer,
// the client, the role of new members, and the address to register at the provider.
import { ROLES } from '../../../domain/accounts/index';
import type { Lang } from '../../../engine/index';
import { ACCOUNT_PATHS } from '../../auth/account-paths';
import { csrfField } from '../../auth/csrf-field';
import { errorSummary, fieldErrorItems } from '../../error-summary';
import { formTextFields, selectField } from '../../form-fields';
import { html } from '../../html';
import { oidcMessages } from '../../locales/oidc-messages';
import { renderPage } from '../../page-layout';
import { pathInLang } from '../../request-lang';

/** The fields of the settings form, in the order of the page. */
export const PROVIDER_FIELDS = [
  'emailDomain',
  'issuer',
  'clientId',
  'clientSecret',
  'defaultRole',
] as const;
/** One of {@link PROVIDER_FIELDS}. */
export type ProviderField = (typeof PROVIDER_FIELDS)[number];

/** The path of the form that removes the provider. */
export const REMOVE_PROVIDER_PATH = `${ACCOUNT_PATHS.identityProvider}/ta-bort`;

/** What the settings page shows. */
export interface IdentityProviderView {
  lang: Lang;
  csrfToken: string;
  /** the provider as stored, when there is one (never its secret) */
  current?: { emailDomain: string; issuer: string } | undefined;
  /** the address the provider sends people back to */
  redirectUri: string;
  values: Partial<Record<ProviderField, string>>;
  errors: Partial<Record<ProviderField, string[]>>;
  notice?: string | undefined;
}

/** The settings page. */
export function renderIdentityProviderPage(view: IdentityProviderView): string {
  const { lang, values, errors } = view;
  const m = oidcMessages(lang);
  const t = m.settings;
  const summary = fieldErrorItems(PROVIDER_FIELDS, errors);
  const field = formTextFields<ProviderField>({
    values,
    errors,
    errorPrefix: m.errorPrefix,
    defaults: { widthClass: 'input--width-30', spellcheck: false },
  });
  return renderPage({
    lang,
    path: ACCOUNT_PATHS.identityProvider,
    title: `${summary.length > 0 ? m.errorPrefix + ' ' : ''}${t.title} – samverka`,
    main: html`${summary.length > 0 && errorSummary(m.summaryTitle, summary)}
      ${view.notice !== undefined && html`<p class="inset" role="status">${view.notice}</p>`}
      <h1>${t.title}</h1>
      <p class="lead">${t.lead}</p>
      <p>${view.current ? t.current(view.current.emailDomain, view.current.issuer) : t.none}</p>
      <h2>${t.redirectHeading}</h2>
      <p>${t.redirectLead}</p>
      <p class="inset"><code>${view.redirectUri}</code></p>
      <h2>${t.formHeading}</h2>
      <form method="post" action="${pathInLang(ACCOUNT_PATHS.identityProvider, lang)}" novalidate>
        ${csrfField(view.csrfToken)}
        ${field('emailDomain', t.emailDomain, { hint: t.emailDomainHint, widthClass: 'input--width-20' })}
        ${field('issuer', t.issuer, { hint: t.issuerHint, type: 'url' })}
        ${field('clientId', t.clientId)}
        ${field('clientSecret', t.clientSecret, {
          type: 'password',
          value: '',
          autocomplete: 'off',
          hint: view.current ? t.clientSecretKeepHint : t.clientSecretHint,
        })}
        ${selectField({
          id: 'defaultRole',
          name: 'defaultRole',
          label: t.defaultRole,
          hint: t.defaultRoleHint,
          value: values.defaultRole ?? 'reader',
          errors: errors.defaultRole,
          errorPrefix: m.errorPrefix,
          options: ROLES.map((role) => [role, t.roles[role]] as const),
        })}
        <button type="submit" class="button">${t.save}</button>
      </form>
      ${
        view.current &&
        html`<h2>${t.removeHeading}</h2>
          <p>${t.removeLead}</p>
          <form method="post" action="${pathInLang(REMOVE_PROVIDER_PATH, lang)}">
            ${csrfField(view.csrfToken)}
            <button type="submit" class="button button--secondary">${t.removeButton}</button>
          </form>`
      }`,
  });
}
