// The privacy page: what samverka stores about people and why, the legal basis, the cookies, and
// how to export or delete one's data. The limits it states are read from the code that sets them.
import { HOUSEKEEPING_INTERVAL_MS } from '../../../accounts/housekeeping';
import {
  OIDC_FLOW_TTL_MS,
  PASSWORD_RESET_TTL_MS,
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
  SIGN_IN_WINDOW_MS,
} from '../../../accounts/index';
import type { Lang } from '../../../engine/index';
import { ACCOUNT_PATHS } from '../../auth/account-paths';
import { ANONYMOUS_COOKIE, SESSION_COOKIE } from '../../auth/auth-cookies';
import { html } from '../../html';
import { privacyMessages, type PrivacyFacts } from '../../locales/privacy-messages';
import { renderPage } from '../../page-layout';
import { pathInLang } from '../../request-lang';
import { OIDC_STATE_COOKIE } from '../oidc/oidc-routes';

const HOUR = 60 * 60 * 1000;
const MINUTE = 60 * 1000;

/** The limits the page states. */
export const PRIVACY_FACTS: PrivacyFacts = {
  sessionIdleHours: SESSION_IDLE_MS / HOUR,
  sessionMaxHours: SESSION_MAX_MS / HOUR,
  signInWindowMinutes: SIGN_IN_WINDOW_MS / MINUTE,
  resetLinkMinutes: PASSWORD_RESET_TTL_MS / MINUTE,
  oidcFlowMinutes: OIDC_FLOW_TTL_MS / MINUTE,
  housekeepingMinutes: HOUSEKEEPING_INTERVAL_MS / MINUTE,
  // Housekeeping keeps rate-limit counters for two hours (src/accounts/housekeeping.ts).
  rateLimitHours: 2,
};

/** The privacy page. */
export function renderPrivacyPage(lang: Lang): string {
  const t = privacyMessages(lang);
  const f = PRIVACY_FACTS;
  const paragraphs = (list: readonly string[]) => list.map((p) => html`<p>${p}</p>`);
  const cookies: Array<[string, string]> = [
    [SESSION_COOKIE, t.cookies.session(f)],
    [ANONYMOUS_COOKIE, t.cookies.anonymous],
    [OIDC_STATE_COOKIE, t.cookies.oidc(f)],
  ];
  return renderPage({
    lang,
    path: ACCOUNT_PATHS.privacy,
    title: `${t.title} – samverka`,
    description: t.lead,
    main: html`<h1>${t.title}</h1>
      <p class="lead">${t.lead}</p>

      <h2>${t.controllerHeading}</h2>
      ${paragraphs(t.controller)}

      <h2>${t.storedHeading}</h2>
      <div class="table-scroll" role="region" aria-labelledby="stored-caption" tabindex="0">
        <table class="data-table">
          <caption id="stored-caption">
            ${t.storedCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.columns.what}</th>
              <th scope="col">${t.columns.why}</th>
              <th scope="col">${t.columns.howLong}</th>
            </tr>
          </thead>
          <tbody>
            ${t.stored(f).map(
              (row) =>
                html`<tr>
                  <td>${row.what}</td>
                  <td>${row.why}</td>
                  <td>${row.howLong}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>

      <h2>${t.legalBasisHeading}</h2>
      ${paragraphs(t.legalBasis)}

      <h2>${t.sharingHeading}</h2>
      ${paragraphs(t.sharing)}

      <h2>${t.cookiesHeading}</h2>
      <p>${t.cookiesLead}</p>
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">${t.cookieColumns.name}</th>
            <th scope="col">${t.cookieColumns.purpose}</th>
          </tr>
        </thead>
        <tbody>
          ${cookies.map(
            ([name, purpose]) =>
              html`<tr>
                <td><code>${name}</code></td>
                <td>${purpose}</td>
              </tr>`,
          )}
        </tbody>
      </table>

      <h2>${t.rightsHeading}</h2>
      <ul class="list-bullet">
        ${t.rights.map((r) => html`<li>${r}</li>`)}
      </ul>
      <ul class="list-bullet">
        <li><a href="${pathInLang(ACCOUNT_PATHS.personalDataExport, lang)}">${t.exportLink}</a></li>
        <li><a href="${pathInLang(ACCOUNT_PATHS.deleteAccount, lang)}">${t.deleteLink}</a></li>
      </ul>

      <h2>${t.afterDeletionHeading}</h2>
      <ul class="list-bullet">
        ${t.afterDeletion.map((r) => html`<li>${r}</li>`)}
      </ul>
      <p>${t.complaint}</p>`,
  });
}
