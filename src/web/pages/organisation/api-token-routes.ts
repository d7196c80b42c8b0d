// API tokens (GET and POST /organisation/api-nycklar, revoking after a confirmation), for owners.
// The answer to the form that creates a token shows its secret and is never cached; a redirect
// would have to carry the secret in the address or keep it somewhere, so there is none: the
// database holds only its hash, and reloading the list never shows it again.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  appendAudit,
  createApiToken,
  isUuid,
  listApiTokens,
  revokeApiToken,
} from '../../../accounts/index';
import { accountProblemText, isTokenScope, textProblems } from '../../../domain/accounts/index';
import { ACCOUNT_PATHS } from '../../auth/account-paths';
import { pageAccess, type PageAccess } from '../../auth/access-guard';
import { formCsrfToken } from '../../auth/request-auth';
import { organisationMessages } from '../../locales/organisation-messages';
import { requestLang } from '../../request-lang';
import { siteOrigin } from '../account/site-origin';
import { formText } from '../sign-in/sign-in-routes';
import { renderApiTokensPage, TOKEN_NAME_MAX_LENGTH, type ApiTokensView } from './api-tokens-page';
import { isConfirmed, sendConfirmPage } from './confirm-step';
import {
  requestNotice,
  sendErrorPage,
  sendHtml,
  sendSecretPage,
  withNotice,
} from './organisation-chrome';
import { ORGANISATION_FORM_PATHS } from './organisation-paths';

/** Registers the API tokens page, creating and revoking tokens. */
export function registerApiTokenRoutes(app: FastifyInstance): void {
  app.get(ACCOUNT_PATHS.apiTokens, async (request, reply) => {
    const access = pageAccess(request, reply, 'tokens.manage');
    if (!access) return reply;
    return showTokens(request, reply, access, 200, {
      values: {},
      errors: {},
      notice: requestNotice(request),
    });
  });

  app.post(ACCOUNT_PATHS.apiTokens, async (request, reply) => {
    const access = pageAccess(request, reply, 'tokens.manage');
    if (!access) return reply;
    const lang = requestLang(request);
    const name = formText(request.body, 'name').trim();
    const scope = formText(request.body, 'scope');
    const errors: { name?: string[]; scope?: string[] } = {};
    const nameProblem = textProblems('name', name, TOKEN_NAME_MAX_LENGTH)[0];
    if (nameProblem) errors.name = [accountProblemText(nameProblem.problem, lang)];
    if (!isTokenScope(scope)) errors.scope = [organisationMessages(lang).tokens.scopeRequired];
    if (errors.name || errors.scope || !isTokenScope(scope)) {
      return showTokens(request, reply, access, 400, { values: { name, scope }, errors });
    }
    const { db, now } = request.server;
    const organisationId = access.organisation.organisationId;
    const { secret } = await db.transaction(async (tx) => {
      const at = now();
      const created = await createApiToken(tx, {
        organisationId,
        name,
        scope,
        createdBy: access.session.user.id,
        now: at,
      });
      await appendAudit(tx, {
        organisationId,
        actor: access.actor,
        action: 'token.created',
        subjectType: 'token',
        subjectId: created.token.id,
        detail: { name, scope },
        at,
      });
      return created;
    });
    return showTokens(request, reply, access, 200, { values: {}, errors: {}, secret });
  });

  app.post(ORGANISATION_FORM_PATHS.revokeApiToken, async (request, reply) => {
    const access = pageAccess(request, reply, 'tokens.manage');
    if (!access) return reply;
    const lang = requestLang(request);
    const tokenId = formText(request.body, 'tokenId');
    if (!isUuid(tokenId)) return sendErrorPage(request, reply, 400, 'bad-request');
    const { db, now } = request.server;
    const organisationId = access.organisation.organisationId;
    if (!isConfirmed(request)) {
      const token = (await listApiTokens(db, organisationId)).find(
        (k) => k.id === tokenId && k.revokedAt === null,
      );
      if (!token) return sendErrorPage(request, reply, 404, 'not-found');
      const t = organisationMessages(lang).tokens;
      return sendConfirmPage(request, reply, {
        path: ACCOUNT_PATHS.apiTokens,
        title: t.confirmRevokeTitle(token.name),
        body: t.confirmRevokeBody(token.name),
        action: ORGANISATION_FORM_PATHS.revokeApiToken,
        fields: { tokenId },
        button: t.confirmRevokeButton,
      });
    }
    const revoked = await db.transaction(async (tx) => {
      const at = now();
      if (!(await revokeApiToken(tx, { organisationId, tokenId, now: at }))) return false;
      await appendAudit(tx, {
        organisationId,
        actor: access.actor,
        action: 'token.revoked',
        subjectType: 'token',
        subjectId: tokenId,
        at,
      });
      return true;
    });
    if (!revoked) return sendErrorPage(request, reply, 404, 'not-found');
    return reply.redirect(withNotice(ACCOUNT_PATHS.apiTokens, lang, 'token-revoked'), 303);
  });
}

async function showTokens(
  request: FastifyRequest,
  reply: FastifyReply,
  access: PageAccess,
  status: number,
  part: Pick<ApiTokensView, 'values' | 'errors' | 'secret' | 'notice'>,
): Promise<FastifyReply> {
  const page = renderApiTokensPage({
    lang: requestLang(request),
    csrfToken: await formCsrfToken(request, reply),
    membership: access.organisation,
    tokens: await listApiTokens(request.server.db, access.organisation.organisationId),
    apiExample: `${siteOrigin(request)}/api/v1/cases`,
    ...part,
  });
  return part.secret !== undefined ? sendSecretPage(reply, page) : sendHtml(reply, status, page);
}
