// The owners' page of API tokens: how a token is used, the form that creates one (its secret is
// shown on the answer to that form, once), and the organisation's tokens with a way to revoke.
import { API_TOKEN_PREFIX, type ApiTokenRecord, type Membership } from '../../../accounts/index';
import { TOKEN_SCOPES } from '../../../domain/accounts/index';
import type { Lang } from '../../../engine/index';
import { ACCOUNT_PATHS } from '../../auth/account-paths';
import { csrfField } from '../../auth/csrf-field';
import { errorSummary, fieldErrorMessage } from '../../error-summary';
import { textField } from '../../form-fields';
import { html, type Html } from '../../html';
import { organisationMessages, type OrganisationNotice } from '../../locales/organisation-messages';
import { renderPage } from '../../page-layout';
import { pathInLang } from '../../request-lang';
import { noticeBanner, organisationNav, timeElement } from './organisation-chrome';
import { ORGANISATION_FORM_PATHS } from './organisation-paths';

/** The longest name of a token (the table allows no more). */
export const TOKEN_NAME_MAX_LENGTH = 100;

/** What the API tokens page shows. */
export interface ApiTokensView {
  lang: Lang;
  csrfToken: string;
  membership: Membership;
  tokens: readonly ApiTokenRecord[];
  values: { name?: string; scope?: string };
  errors: { name?: string[]; scope?: string[] };
  /** the secret of the token just created: shown on this answer only */
  secret?: string | undefined;
  notice?: OrganisationNotice | undefined;
  /** where the API answers, for the example */
  apiExample: string;
}

/** The API tokens page. */
export function renderApiTokensPage(view: ApiTokensView): string {
  const { lang, membership } = view;
  const t = organisationMessages(lang);
  const k = t.tokens;
  const summary = [
    ...(view.errors.name ?? []).map((text) => ({ text, href: '#name' })),
    ...(view.errors.scope ?? []).map((text) => ({ text, href: '#scope-0' })),
  ];
  return renderPage({
    lang,
    path: ACCOUNT_PATHS.apiTokens,
    title: `${summary.length > 0 ? t.errorPrefix + ' ' : ''}${k.title} – ${membership.organisationName} – samverka`,
    main: html`${summary.length > 0 && errorSummary(t.summaryTitle, summary)}
      ${noticeBanner(lang, view.notice)}
      ${view.secret !== undefined && secretPanel(lang, view.secret)}
      <p class="caption">${membership.organisationName}</p>
      <h1>${k.title}</h1>
      ${organisationNav(lang, ACCOUNT_PATHS.apiTokens, membership.role)}
      <p class="lead">${k.lead}</p>
      <h2>${k.usageHeading}</h2>
      <p>${k.usage}</p>
      <p class="inset"><code>Authorization: Bearer ${API_TOKEN_PREFIX}…</code></p>
      <p class="inset">
        <code>curl -H "Authorization: Bearer ${API_TOKEN_PREFIX}…" ${view.apiExample}</code>
      </p>
      <h2>${k.createHeading}</h2>
      <form method="post" action="${pathInLang(ACCOUNT_PATHS.apiTokens, lang)}" novalidate>
        ${csrfField(view.csrfToken)}
        ${textField({
          id: 'name',
          name: 'name',
          label: k.name,
          hint: k.nameHint,
          value: view.values.name,
          errors: view.errors.name,
          errorPrefix: t.errorPrefix,
          autocomplete: 'off',
          maxlength: TOKEN_NAME_MAX_LENGTH,
          widthClass: 'input--width-30',
        })}
        ${scopeRadios(lang, view.values.scope, view.errors.scope)}
        <button type="submit" class="button">${k.button}</button>
      </form>
      <h2>${k.listHeading}</h2>
      ${
        view.tokens.length === 0
          ? html`<p>${k.none}</p>`
          : tokenTable(lang, view.csrfToken, view.tokens)
      }`,
  });
}

function secretPanel(lang: Lang, secret: string): Html {
  const k = organisationMessages(lang).tokens;
  return html`<div class="callout" role="status">
    <h2>${k.createdTitle}</h2>
    <div class="form-group">
      <label class="label label--bold" for="new-token">${k.secretLabel}</label>
      <div class="hint" id="new-token-hint">${k.createdOnce}</div>
      <input
        class="input input--width-30"
        id="new-token"
        type="text"
        readonly
        spellcheck="false"
        autocomplete="off"
        aria-describedby="new-token-hint"
        value="${secret}"
      />
    </div>
  </div>`;
}

function scopeRadios(lang: Lang, value: string | undefined, errors: string[] | undefined): Html {
  const t = organisationMessages(lang);
  const invalid = (errors ?? []).length > 0;
  const checked: string = value ?? 'read';
  return html`<div class="form-group${invalid ? ' form-group--error' : ''}">
    <fieldset class="fieldset" ${invalid && html`aria-describedby="scope-error"`}>
      <legend class="fieldset__legend">${t.tokens.scope}</legend>
      ${invalid && fieldErrorMessage(t.errorPrefix, 'scope-error', errors ?? [])}
      <div class="radios">
        ${TOKEN_SCOPES.map((scope, i) => {
          const id = `scope-${String(i)}`;
          return html`<div class="radios__item">
            <input
              class="radios__input"
              id="${id}"
              name="scope"
              type="radio"
              value="${scope}"
              aria-describedby="${id}-hint"
              ${scope === checked && html`checked`}
            />
            <label class="radios__label" for="${id}">${t.scopes[scope]}</label>
            <div class="hint radios__hint" id="${id}-hint">${t.scopeHints[scope]}</div>
          </div>`;
        })}
      </div>
    </fieldset>
  </div>`;
}

function tokenTable(lang: Lang, csrfToken: string, tokens: readonly ApiTokenRecord[]): Html {
  const t = organisationMessages(lang);
  const k = t.tokens;
  return html`<div class="table-scroll" role="region" aria-labelledby="tokens-caption" tabindex="0">
    <table class="data-table">
      <caption id="tokens-caption">
        ${k.caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${k.name}</th>
          <th scope="col">${k.scope}</th>
          <th scope="col">${k.created}</th>
          <th scope="col">${k.lastUsed}</th>
          <th scope="col">${k.status}</th>
          <th scope="col"><span class="visually-hidden">${k.revoke}</span></th>
        </tr>
      </thead>
      <tbody>
        ${tokens.map(
          (token) =>
            html`<tr>
              <th scope="row">${token.name}</th>
              <td>${t.scopes[token.scope]}</td>
              <td>${timeElement(lang, token.createdAt)}</td>
              <td>${token.lastUsedAt ? timeElement(lang, token.lastUsedAt) : k.never}</td>
              <td>
                ${
                  token.revokedAt
                    ? k.revokedAt(t.dateTime(token.revokedAt))
                    : html`<strong>${k.active}</strong>`
                }
              </td>
              <td>
                ${
                  token.revokedAt === null &&
                  html`<form
                    method="post"
                    action="${pathInLang(ORGANISATION_FORM_PATHS.revokeApiToken, lang)}"
                    class="checks-form"
                    novalidate
                  >
                    ${csrfField(csrfToken)}
                    <input type="hidden" name="tokenId" value="${token.id}" />
                    <button type="submit" class="button button--secondary">
                      ${k.revoke}<span class="visually-hidden">${k.revokeFor(token.name)}</span>
                    </button>
                  </form>`
                }
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
