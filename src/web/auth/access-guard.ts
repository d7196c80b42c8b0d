// The access checks of pages and API routes inside an organisation. A page asks for the action it
// performs: a signed-out visitor is sent to sign in, a member whose role does not allow it gets a
// 403 page. An API route does the same with 401 and 403 in the API's error shape. Whether a case
// belongs to the organisation is checked by the queries themselves (they always filter by
// organisation), so another organisation's id is answered 404, exactly like an id that does not
// exist.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuditActor, Membership, Session } from '../../accounts/index';
import { roleAllows, scopeAllows, type Action } from '../../domain/accounts/index';
import { renderErrorPage } from '../pages/error-page';
import { pathInLang, requestLang } from '../request-lang';
import { safeLocalPath } from '../safe-path';
import { webMessages } from '../locales/index';

/** The path of the sign-in page. */
export const SIGN_IN_PATH = '/logga-in';

/** A member allowed to do what the page does. */
export interface PageAccess {
  session: Session;
  organisation: Membership;
  actor: AuditActor;
}

/** The address of the sign-in page that returns to `url` afterwards. */
export function signInHref(url: string, lang: ReturnType<typeof requestLang>): string {
  const next = safeReturnPath(url);
  const base = pathInLang(SIGN_IN_PATH, lang);
  return next === '/'
    ? base
    : `${base}${base.includes('?') ? '&' : '?'}next=${encodeURIComponent(next)}`;
}

/**
 * A local address to return to after sign-in: a path with its query, never another host. Anything
 * else becomes `/`.
 */
export function safeReturnPath(url: unknown): string {
  if (typeof url !== 'string') return '/';
  const [path = '/', ...rest] = url.split('?');
  const safe = safeLocalPath(path);
  if (safe === '/' && path !== '/') return '/';
  const query = rest.join('?');
  return query && /^[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*$/.test(query) ? `${safe}?${query}` : safe;
}

/** Sends the 403 page. */
export function sendForbiddenPage(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply
    .code(403)
    .type('text/html; charset=utf-8')
    .send(renderErrorPage('forbidden', requestLang(request), safeLocalPath(request.url)));
}

/**
 * The member behind a page request if they may do `action`; otherwise the reply is sent (a
 * redirect to sign in, or 403) and undefined returned.
 */
export function pageAccess(
  request: FastifyRequest,
  reply: FastifyReply,
  action: Action,
): PageAccess | undefined {
  const session = request.account;
  if (!session) {
    const lang = requestLang(request);
    // A form posted after the session ended returns to the page it came from, not the POST.
    const back = request.method === 'GET' ? request.url : (request.headers.referer ?? '/');
    void reply.redirect(signInHref(refererPath(back), lang), 303);
    return undefined;
  }
  const organisation = session.organisation;
  if (!organisation || !roleAllows(organisation.role, action)) {
    void sendForbiddenPage(request, reply);
    return undefined;
  }
  return { session, organisation, actor: { kind: 'user', userId: session.user.id } };
}

function refererPath(url: string): string {
  try {
    const parsed = new URL(url, 'http://local');
    return parsed.host === 'local' || url.startsWith('/')
      ? `${parsed.pathname}${parsed.search}`
      : '/';
  } catch {
    return '/';
  }
}

/** Who is calling an API route, and for which organisation. */
export interface ApiAccess {
  organisationId: string;
  actor: AuditActor;
  /** the user's id for records that name a person; null for a token */
  userId: string | null;
  /** the name recorded with a decision */
  actorName: string;
}

/**
 * The caller of an API route if they may do `action`: a token whose scope allows it, or a
 * signed-in member whose role does. Otherwise 401 (nobody, or a bad token) or 403 is sent and
 * undefined returned.
 */
export function apiAccess(
  request: FastifyRequest,
  reply: FastifyReply,
  action: Action,
): ApiAccess | undefined {
  const t = webMessages(requestLang(request)).errors.api;
  const token = request.apiToken;
  if (token) {
    if (!scopeAllows(token.scope, action)) {
      void sendApiError(reply, 403, 'forbidden', t.forbidden);
      return undefined;
    }
    return {
      organisationId: token.organisationId,
      actor: { kind: 'token', tokenId: token.id },
      userId: null,
      actorName: `API: ${token.name}`,
    };
  }
  const session = request.account;
  if (!session || request.badApiToken) {
    void reply.header('www-authenticate', 'Bearer realm="samverka"');
    void sendApiError(reply, 401, 'unauthorized', t.unauthorized);
    return undefined;
  }
  const organisation = session.organisation;
  if (!organisation || !roleAllows(organisation.role, action)) {
    void sendApiError(reply, 403, 'forbidden', t.forbidden);
    return undefined;
  }
  return {
    organisationId: organisation.organisationId,
    actor: { kind: 'user', userId: session.user.id },
    userId: session.user.id,
    actorName: session.user.name,
  };
}

function sendApiError(
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
): FastifyReply {
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send(JSON.stringify({ errors: [{ path: '', code, message }] }));
}
