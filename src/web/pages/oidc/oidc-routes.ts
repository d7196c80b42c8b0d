// Routes of sign-in through an organisation's identity provider (OpenID Connect, authorisation
// code with PKCE) and of the provider's settings.
//
// Why a page between the form and the provider: the Content-Security-Policy says
// `form-action 'self'`, and browsers apply it to every redirect that follows a form post. A 303
// from POST /logga-in/organisation to the provider would be blocked, and the policy that counts is
// the one of the page the form was on (the sign-in page), which cannot know the provider before
// the address is typed. Widening it to any https origin would let an injected form post anywhere.
// So the post answers with a page that names the provider and links to it: following a link is a
// navigation, not a form submission, and it works without JavaScript.
//
// The sign-in is bound to the browser that began it: the state is also set in a short-lived
// cookie, and the callback refuses a state that does not match it. Otherwise someone could begin a
// sign-in, finish it at the provider as themselves, and send the callback address to another
// person, who would then be signed in to the sender's account.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  beginOidcAuthorization,
  checkOidcDiscovery,
  createOidcFlow,
  emailDomainOf,
  EmailDomainTakenError,
  findOidcProviderByDomain,
  findOidcProviderById,
  findOidcProviderOfOrganisation,
  findOrganisation,
  hitRateLimit,
  finishOidcAuthorization,
  identityFromClaims,
  issuerProblem,
  linkOidcIdentity,
  OIDC_FLOW_TTL_MS,
  OIDC_START_LIMIT,
  OidcExchangeError,
  removeOidcProvider,
  safeEqual,
  saveOidcProvider,
  takeOidcFlow,
} from '../../../accounts/index';
import {
  accountProblemText,
  emailProblems,
  isRole,
  textProblems,
} from '../../../domain/accounts/index';
import type { Lang } from '../../../engine/index';
import { ACCOUNT_PATHS } from '../../auth/account-paths';
import { pageAccess } from '../../auth/access-guard';
import { COOKIE_OPTIONS } from '../../auth/auth-cookies';
import { beginSession, formCsrfToken } from '../../auth/request-auth';
import { webMessages } from '../../locales/index';
import { oidcMessages, type OidcFailureReason } from '../../locales/oidc-messages';
import { pathInLang, requestLang } from '../../request-lang';
import { redactedRequestLog } from '../account/log-redaction';
import { siteOrigin } from '../account/site-origin';
import { formText, isUniqueViolation } from '../sign-in/sign-in-routes';
import {
  PROVIDER_FIELDS,
  REMOVE_PROVIDER_PATH,
  renderIdentityProviderPage,
  type ProviderField,
} from './identity-provider-page';
import { renderOidcFailurePage, renderOidcOnwardPage, renderOidcStartPage } from './oidc-pages';

const HTML = 'text/html; charset=utf-8';

/** The cookie that binds a sign-in through a provider to the browser that began it. */
export const OIDC_STATE_COOKIE = '__Host-samverka-oidc';

/** The address a provider sends people back to, as registered at the provider. */
export function oidcRedirectUri(request: FastifyRequest): string {
  return `${siteOrigin(request)}${ACCOUNT_PATHS.oidcCallback}`;
}

// Domains as typed in the settings: labels of letters, digits and inner hyphens.
const DOMAIN =
  /^(?=.{1,253}$)[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?)+$/u;
const SECRET_MAX_LENGTH = 500;
const CLIENT_ID_MAX_LENGTH = 200;

/** Registers the routes of sign-in through an organisation's identity provider (OpenID Connect). */
export function registerOidcRoutes(app: FastifyInstance): void {
  app.get(ACCOUNT_PATHS.oidcStart, async (request, reply) => {
    const lang = requestLang(request);
    return reply.type(HTML).send(
      renderOidcStartPage({
        lang,
        csrfToken: await formCsrfToken(request, reply),
        email: '',
        emailErrors: [],
      }),
    );
  });

  app.post(ACCOUNT_PATHS.oidcStart, (request, reply) => startSignIn(request, reply));
  app.get(
    ACCOUNT_PATHS.oidcCallback,
    redactedRequestLog(`${ACCOUNT_PATHS.oidcCallback}?…`),
    (request, reply) => finishSignIn(request, reply),
  );

  app.get(ACCOUNT_PATHS.identityProvider, async (request, reply) => {
    const access = pageAccess(request, reply, 'organisation.manage');
    if (!access) return reply;
    const lang = requestLang(request);
    const t = oidcMessages(lang).settings;
    const query = request.query as Record<string, unknown>;
    const current = await findOidcProviderOfOrganisation(
      request.server.db,
      access.organisation.organisationId,
    );
    return reply.type(HTML).send(
      renderIdentityProviderPage({
        lang,
        csrfToken: await formCsrfToken(request, reply),
        current,
        redirectUri: oidcRedirectUri(request),
        values: current
          ? {
              emailDomain: current.emailDomain,
              issuer: current.issuer,
              clientId: current.clientId,
              defaultRole: current.defaultRole,
            }
          : {},
        errors: {},
        notice:
          query.sparad !== undefined
            ? t.saved
            : query.borttagen !== undefined
              ? t.removed
              : undefined,
      }),
    );
  });

  app.post(ACCOUNT_PATHS.identityProvider, (request, reply) => saveSettings(request, reply));

  app.post(REMOVE_PROVIDER_PATH, async (request, reply) => {
    const access = pageAccess(request, reply, 'organisation.manage');
    if (!access) return reply;
    const { db, now } = request.server;
    await db.transaction((tx) =>
      removeOidcProvider(tx, {
        organisationId: access.organisation.organisationId,
        actor: access.actor,
        now: now(),
      }),
    );
    return reply.redirect(
      withQuery(pathInLang(ACCOUNT_PATHS.identityProvider, requestLang(request)), 'borttagen=1'),
      303,
    );
  });
}

function withQuery(path: string, query: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}${query}`;
}

async function startSignIn(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const lang = requestLang(request);
  const t = oidcMessages(lang).start;
  const email = formText(request.body, 'email').trim();
  const again = async (status: number, emailErrors: string[], failure?: string) =>
    reply
      .code(status)
      .type(HTML)
      .send(
        renderOidcStartPage({
          lang,
          csrfToken: await formCsrfToken(request, reply),
          email,
          emailErrors,
          failure,
        }),
      );

  const problems = emailProblems('email', email);
  if (problems.length > 0) {
    return again(
      400,
      problems.map((p) => accountProblemText(p.problem, lang)),
    );
  }
  const { db, now } = request.server;
  const limit = await hitRateLimit(db, `oidc-start:address:${request.ip}`, OIDC_START_LIMIT, now());
  if (!limit.allowed) {
    void reply.header('retry-after', String(limit.retryAfter));
    return again(429, [], webMessages(lang).errors.tooManyBody(limit.retryAfter));
  }
  const domain = emailDomainOf(email);
  const provider = await findOidcProviderByDomain(db, domain);
  if (!provider) return again(400, [t.unknownDomain(domain)]);
  const organisation = await findOrganisation(db, provider.organisationId);
  if (!organisation) return again(400, [t.unknownDomain(domain)]);

  let begun;
  try {
    begun = await beginOidcAuthorization(provider, {
      redirectUri: oidcRedirectUri(request),
      loginHint: email,
    });
  } catch (error) {
    if (!(error instanceof OidcExchangeError)) throw error;
    request.log.warn(
      { provider: provider.id, failure: error.logDetail },
      'identity provider unavailable at sign-in',
    );
    return again(502, [], t.unavailable);
  }
  await createOidcFlow(db, {
    state: begun.state,
    providerId: provider.id,
    codeVerifier: begun.codeVerifier,
    nonce: begun.nonce,
    lang,
    now: now(),
  });
  reply.setCookie(OIDC_STATE_COOKIE, begun.state, {
    ...COOKIE_OPTIONS,
    maxAge: OIDC_FLOW_TTL_MS / 1000,
  });
  return reply.type(HTML).send(
    renderOidcOnwardPage({
      lang,
      organisationName: organisation.name,
      authorizationUrl: begun.url,
      minutes: OIDC_FLOW_TTL_MS / 60_000,
    }),
  );
}

async function finishSignIn(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const query = request.query as Record<string, unknown>;
  const state = typeof query.state === 'string' ? query.state : '';
  const bound = request.cookies[OIDC_STATE_COOKIE] ?? '';
  reply.clearCookie(OIDC_STATE_COOKIE, COOKIE_OPTIONS);
  const { db, now } = request.server;
  // What is known so far, for the page's language and the log.
  const known: { lang: Lang; providerId?: string } = { lang: requestLang(request) };

  const refuse = (status: number, reason: OidcFailureReason, detail?: unknown) => {
    request.log.warn(
      { provider: known.providerId, reason, failure: detail },
      'sign-in through identity provider refused',
    );
    return reply.code(status).type(HTML).send(renderOidcFailurePage(known.lang, reason));
  };

  if (state === '' || bound === '' || !safeEqual(state, bound)) {
    return refuse(400, 'bad-state', { cookie: bound === '' ? 'missing' : 'different' });
  }
  const flow = await takeOidcFlow(db, state, now());
  if (!flow) return refuse(400, 'bad-state', { flow: 'unknown, used or expired' });
  const lang = flow.lang;
  known.lang = lang;
  known.providerId = flow.providerId;
  const provider = await findOidcProviderById(db, flow.providerId);
  if (!provider) return refuse(400, 'bad-state', { flow: 'provider removed' });

  let claims;
  try {
    claims = await finishOidcAuthorization(provider, {
      currentUrl: new URL(`${siteOrigin(request)}${request.url}`),
      state,
      nonce: flow.nonce,
      codeVerifier: flow.codeVerifier,
    });
  } catch (error) {
    if (!(error instanceof OidcExchangeError)) throw error;
    return refuse(error.reason === 'denied' ? 403 : 502, error.reason, error.logDetail);
  }
  const checked = identityFromClaims(claims, provider);
  if (!checked.ok) return refuse(403, checked.reason);
  const linked = await linkOidcIdentity(db, {
    provider,
    identity: checked.identity,
    lang,
    now: now(),
  });
  if (!linked.ok) return refuse(403, linked.reason);
  await beginSession(request, reply, {
    userId: linked.userId,
    method: 'oidc',
    organisationId: provider.organisationId,
  });
  request.log.info(
    { provider: provider.id, joined: linked.joined },
    'signed in through identity provider',
  );
  return reply.redirect(pathInLang(ACCOUNT_PATHS.cases, lang), 303);
}

async function saveSettings(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const access = pageAccess(request, reply, 'organisation.manage');
  if (!access) return reply;
  const lang = requestLang(request);
  const t = oidcMessages(lang).settings;
  const values = Object.fromEntries(
    PROVIDER_FIELDS.map((f) => [f, formText(request.body, f).trim()]),
  ) as Record<ProviderField, string>;
  values.emailDomain = values.emailDomain.replace(/^@/, '').toLowerCase();
  const errors: Partial<Record<ProviderField, string[]>> = {};
  const add = (field: ProviderField, text: string) => (errors[field] ??= []).push(text);

  if (values.emailDomain === '') add('emailDomain', accountProblemText({ code: 'required' }, lang));
  else if (!DOMAIN.test(values.emailDomain)) add('emailDomain', t.problems.domainFormat);
  const issuer = issuerProblem(values.issuer);
  if (issuer === 'required') add('issuer', accountProblemText({ code: 'required' }, lang));
  else if (issuer === 'https') add('issuer', t.problems.issuerHttps);
  else if (issuer === 'format') add('issuer', t.problems.issuerFormat);
  for (const p of textProblems('clientId', values.clientId, CLIENT_ID_MAX_LENGTH)) {
    add('clientId', accountProblemText(p.problem, lang));
  }
  if ([...values.clientSecret].length > SECRET_MAX_LENGTH) {
    add('clientSecret', accountProblemText({ code: 'too-long', max: SECRET_MAX_LENGTH }, lang));
  }
  const role = values.defaultRole;
  if (!isRole(role)) add('defaultRole', t.problems.roleUnknown);

  const { db, now } = request.server;
  const organisationId = access.organisation.organisationId;
  const current = await findOidcProviderOfOrganisation(db, organisationId);
  const again = async (status: number) =>
    reply
      .code(status)
      .type(HTML)
      .send(
        renderIdentityProviderPage({
          lang,
          csrfToken: await formCsrfToken(request, reply),
          current,
          redirectUri: oidcRedirectUri(request),
          values,
          errors,
        }),
      );
  if (Object.keys(errors).length > 0 || !isRole(role)) return again(400);

  const secret = values.clientSecret === '' ? (current ? undefined : null) : values.clientSecret;
  try {
    await checkOidcDiscovery({
      id: current?.id ?? '',
      organisationId,
      emailDomain: values.emailDomain,
      issuer: values.issuer,
      clientId: values.clientId,
      clientSecret: secret === undefined ? (current?.clientSecret ?? null) : secret,
      defaultRole: role,
      createdAt: now(),
    });
  } catch (error) {
    if (!(error instanceof OidcExchangeError)) throw error;
    request.log.info({ failure: error.logDetail }, 'identity provider settings: no discovery');
    add('issuer', t.problems.issuerUnreachable);
    return again(400);
  }
  try {
    await db.transaction((tx) =>
      saveOidcProvider(tx, {
        organisationId,
        settings: {
          emailDomain: values.emailDomain,
          issuer: values.issuer,
          clientId: values.clientId,
          clientSecret: secret,
          defaultRole: role,
        },
        actor: access.actor,
        now: now(),
      }),
    );
  } catch (error) {
    if (
      error instanceof EmailDomainTakenError ||
      isUniqueViolation(error, 'oidc_providers_email_domain_key')
    ) {
      add('emailDomain', t.problems.domainTaken);
      return again(409);
    }
    throw error;
  }
  return reply.redirect(
    withQuery(pathInLang(ACCOUNT_PATHS.identityProvider, lang), 'sparad=1'),
    303,
  );
}
