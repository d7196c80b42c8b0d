// The organisation's audit log for owners: each entry in words (who, what, about what, when in
// Swedish time), newest first, a page at a time.
import { auditSubjectKey, type AuditRecord, type Membership } from '../../../accounts/index';
import { isRole, isTokenScope } from '../../../domain/accounts/index';
import type { Lang } from '../../../engine/index';
import { ACCOUNT_PATHS } from '../../auth/account-paths';
import { html, type Html } from '../../html';
import {
  organisationMessages,
  type AuditWords,
  type OrganisationMessages,
} from '../../locales/organisation-messages';
import { renderPage } from '../../page-layout';
import { hrefInLang } from '../../request-lang';
import { organisationNav, timeElement } from './organisation-chrome';
import { isLegalForm } from './organisation-page';

/** The query parameter that pages back: entries older than this id. */
export const BEFORE_PARAM = 'innan';

/** What the audit log page shows. */
export interface AuditLogView {
  lang: Lang;
  membership: Membership;
  entries: readonly AuditRecord[];
  /** what the subjects are called now, by auditSubjectKey */
  names: ReadonlyMap<string, string>;
  /** the id to page back from, when there are older entries */
  olderThan?: number | undefined;
  /** whether this is a later page (so the newest can be linked) */
  paged: boolean;
}

/** The audit log page. */
export function renderAuditLogPage(view: AuditLogView): string {
  const { lang, membership } = view;
  const t = organisationMessages(lang);
  const a = t.audit;
  return renderPage({
    lang,
    path: ACCOUNT_PATHS.auditLog,
    title: `${a.title} – ${membership.organisationName} – samverka`,
    main: html`<p class="caption">${membership.organisationName}</p>
      <h1>${a.title}</h1>
      ${organisationNav(lang, ACCOUNT_PATHS.auditLog, membership.role)}
      <p class="lead">${a.lead}</p>
      ${
        view.entries.length === 0
          ? html`<p>${a.none}</p>`
          : html`<div
              class="table-scroll"
              role="region"
              aria-labelledby="audit-caption"
              tabindex="0"
            >
              <table class="data-table">
                <caption id="audit-caption">
                  ${a.caption}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${a.when}</th>
                    <th scope="col">${a.who}</th>
                    <th scope="col">${a.what}</th>
                  </tr>
                </thead>
                <tbody>
                  ${view.entries.map((entry) => {
                    const words = describeAuditEntry(t, entry, view.names);
                    return html`<tr>
                      <td>${timeElement(lang, entry.at)}</td>
                      <td>${words.who}</td>
                      <td>${words.what}</td>
                    </tr>`;
                  })}
                </tbody>
              </table>
            </div>`
      }
      ${pageLinks(lang, view)}`,
  });
}

function pageLinks(lang: Lang, view: AuditLogView): Html | false {
  if (view.olderThan === undefined && !view.paged) return false;
  const a = organisationMessages(lang).audit;
  return html`<nav class="pagination" aria-label="${a.pages}">
    ${view.paged && html`<a href="${hrefInLang(ACCOUNT_PATHS.auditLog, '', lang)}">${a.newest}</a>`}
    ${
      view.olderThan !== undefined &&
      html`<a
        href="${hrefInLang(ACCOUNT_PATHS.auditLog, `${BEFORE_PARAM}=${String(view.olderThan)}`, lang)}"
        >${a.older}</a
      >`
    }
  </nav>`;
}

const VIAS = ['sign-up', 'created', 'invitation', 'oidc'] as const;

/** Who did what in one entry, in words. */
export function describeAuditEntry(
  t: OrganisationMessages,
  entry: AuditRecord,
  names: ReadonlyMap<string, string>,
): { who: string; what: string } {
  const a = t.audit;
  const who =
    entry.actor.kind === 'user'
      ? (entry.actor.name ?? t.deletedUser)
      : entry.actor.kind === 'token'
        ? entry.actor.name !== null
          ? a.token(entry.actor.name)
          : a.deletedToken
        : a.operator;
  const detail = entry.detail;
  const type = entry.subjectType;
  const unnamed = (a.unnamed as Record<string, string | undefined>)[type];
  const subject = names.get(auditSubjectKey(type, entry.subjectId)) ?? unnamed ?? entry.subjectId;
  const word = (value: unknown): string | undefined =>
    isRole(value)
      ? t.roles[value]
      : isLegalForm(value)
        ? t.legalForms[value].toLowerCase()
        : undefined;
  const words: AuditWords = {
    subject,
    role: isRole(detail.role) ? t.roles[detail.role] : undefined,
    from: word(detail.from),
    to: word(detail.to),
    scope: isTokenScope(detail.scope) ? t.scopes[detail.scope].toLowerCase() : undefined,
    via: VIAS.find((v) => v === detail.via),
  };
  const describe = (a.actions as Record<string, ((w: AuditWords) => string) | undefined>)[
    entry.action
  ];
  return { who, what: describe ? describe(words) : a.unknownAction(entry.action) };
}
