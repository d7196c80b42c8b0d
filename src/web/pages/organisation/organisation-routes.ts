// Routes of the organisation: the organisation itself (GET /organisation, its legal form), the
// switch between a person's organisations, a new organisation, and the pages of members,
// invitations, API tokens and the audit log (registered from their own files).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  appendAudit,
  createOrganisation,
  findOrganisation,
  isUuid,
  OrgnrTakenError,
  setLegalForm,
  switchOrganisation,
} from '../../../accounts/index';
import { accountProblemText, validateOrganisation } from '../../../domain/accounts/index';
import { ACCOUNT_PATHS } from '../../auth/account-paths';
import { pageAccess } from '../../auth/access-guard';
import { formCsrfToken } from '../../auth/request-auth';
import { organisationMessages } from '../../locales/organisation-messages';
import { requestLang } from '../../request-lang';
import { formText, isUniqueViolation } from '../sign-in/sign-in-routes';
import { registerApiTokenRoutes } from './api-token-routes';
import { registerAuditLogRoutes } from './audit-log-routes';
import { registerInvitationRoutes } from './invitation-routes';
import { registerMemberRoutes } from './member-routes';
import {
  requestNotice,
  sendErrorPage,
  sendHtml,
  signedIn,
  withNotice,
} from './organisation-chrome';
import {
  isLegalForm,
  NEW_ORGANISATION_FIELDS,
  renderNewOrganisationPage,
  renderNoOrganisationPage,
  renderOrganisationPage,
  type NewOrganisationField,
  type NewOrganisationForm,
} from './organisation-page';
import { ORGANISATION_FORM_PATHS } from './organisation-paths';

/** Registers the routes of the organisation: members, invitations, API tokens, the audit log. */
export function registerOrganisationRoutes(app: FastifyInstance): void {
  app.get(ACCOUNT_PATHS.organisation, (request, reply) => showOrganisation(request, reply));

  app.post(ORGANISATION_FORM_PATHS.legalForm, async (request, reply) => {
    const access = pageAccess(request, reply, 'organisation.manage');
    if (!access) return reply;
    const lang = requestLang(request);
    const legalForm = formText(request.body, 'legalForm');
    if (!isLegalForm(legalForm)) {
      return showOrganisation(request, reply, {
        status: 400,
        legalFormError: organisationMessages(lang).overview.legalFormRequired,
      });
    }
    const { db, now } = request.server;
    await db.transaction((tx) =>
      setLegalForm(tx, {
        organisationId: access.organisation.organisationId,
        legalForm,
        actor: access.actor,
        now: now(),
      }),
    );
    return reply.redirect(withNotice(ACCOUNT_PATHS.organisation, lang, 'legal-form'), 303);
  });

  app.post(ACCOUNT_PATHS.switchOrganisation, async (request, reply) => {
    const session = signedIn(request, reply);
    if (!session) return reply;
    const organisationId = formText(request.body, 'organisationId');
    // Only to one of the person's own organisations: any other id is answered as if it did not
    // exist, whether it does or not.
    if (
      !isUuid(organisationId) ||
      !(await switchOrganisation(request.server.db, session.hash, organisationId))
    ) {
      return sendErrorPage(request, reply, 404, 'not-found');
    }
    return reply.redirect(
      withNotice(ACCOUNT_PATHS.organisation, requestLang(request), 'switched'),
      303,
    );
  });

  app.get(ACCOUNT_PATHS.newOrganisation, async (request, reply) => {
    if (!signedIn(request, reply)) return reply;
    return sendHtml(
      reply,
      200,
      renderNewOrganisationPage({
        lang: requestLang(request),
        csrfToken: await formCsrfToken(request, reply),
        form: { values: {}, errors: {} },
      }),
    );
  });

  app.post(ACCOUNT_PATHS.newOrganisation, (request, reply) =>
    createNewOrganisation(request, reply),
  );

  registerMemberRoutes(app);
  registerInvitationRoutes(app);
  registerApiTokenRoutes(app);
  registerAuditLogRoutes(app);
}

async function showOrganisation(
  request: FastifyRequest,
  reply: FastifyReply,
  problem: { status: number; legalFormError: string } | undefined = undefined,
): Promise<FastifyReply> {
  const session = signedIn(request, reply);
  if (!session) return reply;
  const lang = requestLang(request);
  const csrfToken = await formCsrfToken(request, reply);
  const notice = problem ? undefined : requestNotice(request);
  const membership = session.organisation;
  const organisation = membership
    ? await findOrganisation(request.server.db, membership.organisationId)
    : undefined;
  if (!membership || !organisation) {
    return sendHtml(reply, 200, renderNoOrganisationPage({ lang, csrfToken, session, notice }));
  }
  return sendHtml(
    reply,
    problem?.status ?? 200,
    renderOrganisationPage({
      lang,
      csrfToken,
      session,
      membership,
      organisation,
      notice,
      legalFormError: problem?.legalFormError,
    }),
  );
}

async function createNewOrganisation(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const session = signedIn(request, reply);
  if (!session) return reply;
  const lang = requestLang(request);
  const values = Object.fromEntries(
    NEW_ORGANISATION_FIELDS.map((f) => [f, formText(request.body, f)]),
  ) as Record<NewOrganisationField, string>;
  const form: NewOrganisationForm = { values, errors: {} };
  const again = async (status: number) =>
    sendHtml(
      reply,
      status,
      renderNewOrganisationPage({ lang, csrfToken: await formCsrfToken(request, reply), form }),
    );
  const checked = validateOrganisation(values);
  if (!checked.ok) {
    for (const p of checked.problems) {
      (form.errors[p.field as NewOrganisationField] ??= []).push(
        accountProblemText(p.problem, lang),
      );
    }
    return again(400);
  }
  const { db, now } = request.server;
  const actor = { kind: 'user', userId: session.user.id } as const;
  let organisationId: string;
  try {
    organisationId = await db.transaction(async (tx) => {
      const at = now();
      const created = await createOrganisation(tx, {
        ...checked.value,
        ownerId: session.user.id,
        actor,
        now: at,
      });
      await appendAudit(tx, {
        organisationId: created.id,
        actor,
        action: 'member.joined',
        subjectType: 'membership',
        subjectId: session.user.id,
        detail: { role: 'owner', via: 'created' },
        at,
      });
      return created.id;
    });
  } catch (error) {
    if (error instanceof OrgnrTakenError || isUniqueViolation(error, 'organisations_orgnr_key')) {
      form.errors.orgnr = [organisationMessages(lang).create.orgnrTaken];
      return again(409);
    }
    throw error;
  }
  await switchOrganisation(db, session.hash, organisationId);
  return reply.redirect(withNotice(ACCOUNT_PATHS.organisation, lang, 'created'), 303);
}
