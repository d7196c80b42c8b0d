// Invitations: the owners' page (GET and POST /organisation/inbjudningar, revoking after a
// confirmation) and the page the link opens (GET and POST /inbjudan/{token}). The link is sent by
// mail and shown to the owner on the answer to their form, never again. Accepting marks the
// invitation used in the transaction that adds the membership; an account made through the link
// is created in that same transaction, so a link that turns out to be used leaves no account.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  acceptInvitation,
  createInvitation,
  createUser,
  EmailTakenError,
  findLiveInvitation,
  findUserByEmail,
  hashPassword,
  hitRateLimit,
  INVITATION_RATE_LIMIT,
  invitationRateKey,
  isUuid,
  listMembers,
  listPendingInvitations,
  revokeInvitation,
  setPasswordHash,
  switchOrganisation,
  type AcceptOutcome,
  type LiveInvitation,
} from '../../../accounts/index';
import {
  accountProblemText,
  emailProblems,
  isRole,
  newPasswordProblems,
  normaliseEmail,
  textProblems,
  type Role,
} from '../../../domain/accounts/index';
import type { Lang } from '../../../engine/index';
import { ACCOUNT_PATHS } from '../../auth/account-paths';
import { pageAccess, type PageAccess } from '../../auth/access-guard';
import { beginSession, formCsrfToken } from '../../auth/request-auth';
import { webMessages } from '../../locales/index';
import { organisationMessages } from '../../locales/organisation-messages';
import { pathInLang, requestLang } from '../../request-lang';
import { safeLocalPath } from '../../safe-path';
import { siteOrigin } from '../account/site-origin';
import { formText, isUniqueViolation } from '../sign-in/sign-in-routes';
import { isConfirmed, sendConfirmPage } from './confirm-step';
import {
  INVITED_ACCOUNT_FIELDS,
  renderInvitationGonePage,
  renderInvitationPage,
  type InvitedAccountField,
} from './invitation-accept-page';
import { renderInvitationsPage, type InvitationsView } from './invitations-page';
import {
  requestNotice,
  sendErrorPage,
  sendHtml,
  sendSecretPage,
  withNotice,
} from './organisation-chrome';
import { invitationPath, ORGANISATION_FORM_PATHS } from './organisation-paths';

/** Thrown inside the sign-up transaction to undo it when the link was used meanwhile. */
class InvitationUnusableError extends Error {
  override name = 'InvitationUnusableError';
}

/** Registers the invitations page and the page of an invitation link. */
export function registerInvitationRoutes(app: FastifyInstance): void {
  app.get(ACCOUNT_PATHS.invitations, async (request, reply) => {
    const access = pageAccess(request, reply, 'members.manage');
    if (!access) return reply;
    return showInvitations(request, reply, access, 200, {
      values: {},
      errors: {},
      notice: requestNotice(request),
    });
  });

  app.post(ACCOUNT_PATHS.invitations, (request, reply) => invite(request, reply));

  app.post(ORGANISATION_FORM_PATHS.revokeInvitation, (request, reply) => revoke(request, reply));

  app.get(`${ACCOUNT_PATHS.invitation}/:token`, async (request, reply) => {
    const token = (request.params as { token: string }).token;
    const invitation = await findLiveInvitation(request.server.db, token, request.server.now());
    if (!invitation) return sendGone(request, reply);
    return showInvitation(request, reply, token, invitation, 200, { values: {}, errors: {} });
  });

  app.post(`${ACCOUNT_PATHS.invitation}/:token`, (request, reply) => accept(request, reply));
}

async function showInvitations(
  request: FastifyRequest,
  reply: FastifyReply,
  access: PageAccess,
  status: number,
  part: Pick<InvitationsView, 'values' | 'errors' | 'created' | 'notice' | 'failure'>,
): Promise<FastifyReply> {
  const { db, now } = request.server;
  const page = renderInvitationsPage({
    lang: requestLang(request),
    csrfToken: await formCsrfToken(request, reply),
    membership: access.organisation,
    pending: await listPendingInvitations(db, access.organisation.organisationId, now()),
    ...part,
  });
  return part.created ? sendSecretPage(reply, page) : sendHtml(reply, status, page);
}

async function invite(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const access = pageAccess(request, reply, 'members.manage');
  if (!access) return reply;
  const lang = requestLang(request);
  const t = organisationMessages(lang);
  const email = normaliseEmail(formText(request.body, 'email'));
  const role = formText(request.body, 'role');
  const errors: { email?: string[]; role?: string[] } = {};
  const emailProblem = emailProblems('email', email)[0];
  if (emailProblem) errors.email = [accountProblemText(emailProblem.problem, lang)];
  if (!isRole(role)) errors.role = [t.invitations.roleRequired];
  const { db, now, mailer } = request.server;
  const organisationId = access.organisation.organisationId;
  if (!errors.email) {
    const members = await listMembers(db, organisationId);
    if (members.some((m) => m.email.toLowerCase() === email.toLowerCase())) {
      errors.email = [t.invitations.alreadyMember];
    }
  }
  if (errors.email || errors.role || !isRole(role)) {
    return showInvitations(request, reply, access, 400, { values: { email, role }, errors });
  }
  const at = now();
  const limit = await hitRateLimit(
    db,
    invitationRateKey(organisationId),
    INVITATION_RATE_LIMIT,
    at,
  );
  if (!limit.allowed) {
    void reply.header('retry-after', String(limit.retryAfter));
    return showInvitations(request, reply, access, 429, {
      values: { email, role },
      errors: {},
      failure: webMessages(lang).errors.tooManyBody(limit.retryAfter),
    });
  }
  const { invitation, token } = await db.transaction((tx) =>
    createInvitation(tx, {
      organisationId,
      email,
      role,
      invitedBy: access.session.user.id,
      actor: access.actor,
      now: at,
    }),
  );
  const link = `${siteOrigin(request)}${pathInLang(invitationPath(token), lang)}`;
  let mailed = true;
  try {
    await mailer.send(
      db,
      invitationMail({
        lang,
        to: email,
        inviter: access.session.user.name,
        organisation: access.organisation.organisationName,
        role,
        link,
        expiresAt: invitation.expiresAt,
      }),
      at,
    );
  } catch (error) {
    // The invitation stands; the owner is told to pass the link on another way.
    request.log.warn({ err: error }, 'invitation mail could not be sent');
    mailed = false;
  }
  return showInvitations(request, reply, access, 200, {
    values: {},
    errors: {},
    created: { email, link, expiresAt: invitation.expiresAt, mailed },
  });
}

/** The mail with the link, in both languages: the invited person's language is not known. */
function invitationMail(m: {
  lang: Lang;
  to: string;
  inviter: string;
  organisation: string;
  role: Role;
  link: string;
  expiresAt: Date;
}): { to: string; subject: string; text: string } {
  const [first, second] =
    m.lang === 'en'
      ? [organisationMessages('en'), organisationMessages('sv')]
      : [organisationMessages('sv'), organisationMessages('en')];
  const body = (t: typeof first) =>
    t.invitations.mailBody({
      inviter: m.inviter,
      organisation: m.organisation,
      role: t.roles[m.role],
      link: m.link,
      expires: t.dateTime(m.expiresAt),
    });
  return {
    to: m.to,
    subject: first.invitations.mailSubject(m.organisation),
    text: `${body(first)}\n\n----\n\n${body(second)}\n`,
  };
}

async function revoke(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const access = pageAccess(request, reply, 'members.manage');
  if (!access) return reply;
  const lang = requestLang(request);
  const invitationId = formText(request.body, 'invitationId');
  if (!isUuid(invitationId)) return sendErrorPage(request, reply, 400, 'bad-request');
  const { db, now } = request.server;
  const organisationId = access.organisation.organisationId;
  if (!isConfirmed(request)) {
    const pending = await listPendingInvitations(db, organisationId, now());
    const invitation = pending.find((i) => i.id === invitationId);
    if (!invitation) return sendErrorPage(request, reply, 404, 'not-found');
    const t = organisationMessages(lang).invitations;
    return sendConfirmPage(request, reply, {
      path: ACCOUNT_PATHS.invitations,
      title: t.confirmRevokeTitle,
      body: t.confirmRevokeBody(invitation.email),
      action: ORGANISATION_FORM_PATHS.revokeInvitation,
      fields: { invitationId },
      button: t.confirmRevokeButton,
    });
  }
  const revoked = await db.transaction((tx) =>
    revokeInvitation(tx, { organisationId, invitationId, actor: access.actor, now: now() }),
  );
  if (!revoked) return sendErrorPage(request, reply, 404, 'not-found');
  return reply.redirect(withNotice(ACCOUNT_PATHS.invitations, lang, 'invitation-revoked'), 303);
}

function sendGone(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply
    .header('cache-control', 'no-store')
    .code(404)
    .type('text/html; charset=utf-8')
    .send(renderInvitationGonePage(requestLang(request), safeLocalPath(request.url)));
}

async function showInvitation(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  invitation: LiveInvitation,
  status: number,
  form: {
    values: { name?: string };
    errors: Partial<Record<InvitedAccountField, string[]>>;
    accountExists?: boolean;
  },
): Promise<FastifyReply> {
  const session = request.account;
  const accountExists =
    form.accountExists ??
    (session === null &&
      (await findUserByEmail(request.server.db, invitation.email)) !== undefined);
  // The address holds the token: it must not be kept by caches.
  void reply.header('cache-control', 'no-store');
  return sendHtml(
    reply,
    status,
    renderInvitationPage({
      lang: requestLang(request),
      csrfToken: await formCsrfToken(request, reply),
      token,
      invitation,
      session,
      accountExists,
      values: form.values,
      errors: form.errors,
    }),
  );
}

async function accept(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const lang = requestLang(request);
  const token = (request.params as { token: string }).token;
  const { db, now } = request.server;
  const invitation = await findLiveInvitation(db, token, now());
  if (!invitation) return sendGone(request, reply);
  const session = request.account;

  if (session) {
    let outcome: AcceptOutcome;
    try {
      outcome = await db.transaction((tx) =>
        acceptInvitation(tx, { token, userId: session.user.id, now: now() }),
      );
    } catch (error) {
      // Joined through another invitation to the same organisation at this very moment.
      if (!isUniqueViolation(error, 'memberships_pkey')) throw error;
      outcome = {
        status: 'already-member',
        organisationId: invitation.organisationId,
        role: invitation.role,
      };
    }
    if (outcome.status === 'unusable') return sendGone(request, reply);
    await switchOrganisation(db, session.hash, outcome.organisationId);
    return reply.redirect(
      withNotice(
        ACCOUNT_PATHS.organisation,
        lang,
        outcome.status === 'joined' ? 'joined' : 'already-member',
      ),
      303,
    );
  }

  const values = Object.fromEntries(
    INVITED_ACCOUNT_FIELDS.map((f) => [f, formText(request.body, f)]),
  ) as Record<InvitedAccountField, string>;
  if (await findUserByEmail(db, invitation.email)) {
    return showInvitation(request, reply, token, invitation, 409, {
      values: {},
      errors: {},
      accountExists: true,
    });
  }
  const problems = [
    ...textProblems('name', values.name),
    ...newPasswordProblems('password', values.password, {
      email: invitation.email,
      confirmField: 'passwordConfirm',
      confirm: values.passwordConfirm,
    }),
  ];
  if (problems.length > 0) {
    const errors: Partial<Record<InvitedAccountField, string[]>> = {};
    for (const p of problems) {
      (errors[p.field as InvitedAccountField] ??= []).push(accountProblemText(p.problem, lang));
    }
    return showInvitation(request, reply, token, invitation, 400, {
      values: { name: values.name },
      errors,
      accountExists: false,
    });
  }
  // argon2 takes its time outside the transaction, so that no row stays locked meanwhile.
  const passwordHash = await hashPassword(values.password);
  let joined: { userId: string; organisationId: string };
  try {
    joined = await db.transaction(async (tx) => {
      const user = await createUser(tx, {
        email: invitation.email,
        name: values.name,
        password: null,
        lang,
      });
      await setPasswordHash(tx, user.id, passwordHash);
      const outcome = await acceptInvitation(tx, { token, userId: user.id, now: now() });
      if (outcome.status !== 'joined') throw new InvitationUnusableError();
      return { userId: user.id, organisationId: outcome.organisationId };
    });
  } catch (error) {
    if (error instanceof InvitationUnusableError) return sendGone(request, reply);
    if (error instanceof EmailTakenError || isUniqueViolation(error, 'users_email_key')) {
      return showInvitation(request, reply, token, invitation, 409, {
        values: {},
        errors: {},
        accountExists: true,
      });
    }
    throw error;
  }
  await beginSession(request, reply, {
    userId: joined.userId,
    method: 'invitation',
    organisationId: joined.organisationId,
  });
  return reply.redirect(withNotice(ACCOUNT_PATHS.organisation, lang, 'joined'), 303);
}
