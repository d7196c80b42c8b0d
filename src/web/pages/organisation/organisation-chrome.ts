// What every organisation page shares: the navigation between them (by what the viewer's role
// allows), the notice after a form was sent, times in Swedish time and the way pages are sent.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Session } from '../../../accounts/index';
import { roleAllows, type Action, type Role } from '../../../domain/accounts/index';
import type { Lang } from '../../../engine/index';
import { ACCOUNT_PATHS } from '../../auth/account-paths';
import { signInHref } from '../../auth/access-guard';
import { html, type Html } from '../../html';
import { directoryMessages } from '../../locales/directory-messages';
import { organisationMessages, type OrganisationNotice } from '../../locales/organisation-messages';
import { pathInLang, requestLang } from '../../request-lang';
import { renderErrorPage, type ErrorPageKind } from '../error-page';
import { safeLocalPath } from '../../safe-path';

const HTML = 'text/html; charset=utf-8';

/** The query parameter that names the outcome of the form sent before the redirect. */
export const NOTICE_PARAM = 'klart';

const NOTICES: readonly OrganisationNotice[] = [
  'created',
  'switched',
  'legal-form',
  'joined',
  'already-member',
  'role',
  'removed',
  'left',
  'invitation-revoked',
  'token-revoked',
];

/** The address of `path` in `lang` that tells `notice` at the top. */
export function withNotice(path: string, lang: Lang, notice: OrganisationNotice): string {
  const target = pathInLang(path, lang);
  return `${target}${target.includes('?') ? '&' : '?'}${NOTICE_PARAM}=${notice}`;
}

/** The notice a page was asked to tell, if it is one of ours. */
export function requestNotice(request: FastifyRequest): OrganisationNotice | undefined {
  const value = (request.query as Record<string, unknown> | undefined)?.[NOTICE_PARAM];
  return NOTICES.find((n) => n === value);
}

/** The notice at the top of a page. */
export function noticeBanner(lang: Lang, notice: OrganisationNotice | undefined): Html | false {
  return (
    notice !== undefined &&
    html`<div class="callout" role="status">
      <p>${organisationMessages(lang).notices[notice]}</p>
    </div>`
  );
}

const PAGES: ReadonlyArray<
  readonly [
    key: 'overview' | 'members' | 'invitations' | 'apiTokens' | 'identityProvider' | 'auditLog',
    string,
    Action?,
  ]
> = [
  ['overview', ACCOUNT_PATHS.organisation],
  ['members', ACCOUNT_PATHS.members, 'members.read'],
  ['invitations', ACCOUNT_PATHS.invitations, 'members.manage'],
  ['apiTokens', ACCOUNT_PATHS.apiTokens, 'tokens.manage'],
  ['identityProvider', ACCOUNT_PATHS.identityProvider, 'organisation.manage'],
  ['auditLog', ACCOUNT_PATHS.auditLog, 'audit.read'],
];

/** The organisation's entry in the directory: every member may open it. */
const DIRECTORY_ENTRY_PATH = `${ACCOUNT_PATHS.organisation}/katalog`;

/** The links between the organisation's pages that the role may open; `path` is marked current. */
export function organisationNav(lang: Lang, path: string, role: Role): Html {
  const t = organisationMessages(lang).nav;
  const link = (href: string, label: string) =>
    html`<li>
      <a href="${pathInLang(href, lang)}" ${href === path && html`aria-current="page"`}>${label}</a>
    </li>`;
  return html`<nav aria-label="${t.label}">
    <ul class="list-bullet">
      ${PAGES.filter(([, , action]) => action === undefined || roleAllows(role, action)).map(
        ([key, href]) => link(href, t[key]),
      )}
      ${link(DIRECTORY_ENTRY_PATH, directoryMessages(lang).own.title)}
    </ul>
  </nav>`;
}

/** A moment as a `<time>` element, shown in Swedish time. */
export function timeElement(lang: Lang, at: Date, dateOnly = false): Html {
  const t = organisationMessages(lang);
  return html`<time datetime="${at.toISOString()}"
    >${dateOnly ? t.date(at) : t.dateTime(at)}</time
  >`;
}

/** Sends a page. */
export function sendHtml(reply: FastifyReply, status: number, page: string): FastifyReply {
  return reply.code(status).type(HTML).send(page);
}

/**
 * Sends a page that shows a secret (a new API token, a new invitation link): it must never be
 * kept by a cache or shown again by the back button from one.
 */
export function sendSecretPage(reply: FastifyReply, page: string): FastifyReply {
  return reply.header('cache-control', 'no-store').code(200).type(HTML).send(page);
}

/** Sends an error page of `kind`. */
export function sendErrorPage(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  kind: ErrorPageKind,
): FastifyReply {
  return sendHtml(
    reply,
    status,
    renderErrorPage(kind, requestLang(request), safeLocalPath(request.url)),
  );
}

/**
 * The signed-in person's session, whether or not they work in an organisation. A visitor is sent
 * to sign in (and back here afterwards) and undefined returned.
 */
export function signedIn(request: FastifyRequest, reply: FastifyReply): Session | undefined {
  if (request.account) return request.account;
  const lang = requestLang(request);
  const back =
    request.method === 'GET' ? request.url : pathInLang(ACCOUNT_PATHS.organisation, lang);
  void reply.redirect(signInHref(back, lang), 303);
  return undefined;
}
