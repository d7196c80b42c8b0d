// The members page (GET /organisation/medlemmar, every member) and the owners' changes to it:
// another role, or removal after a confirmation. The last owner can be neither demoted nor removed.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  changeMemberRole,
  isUuid,
  listMembers,
  removeMember,
  type MembershipChange,
} from '../../../accounts/index';
import { isRole } from '../../../domain/accounts/index';
import { ACCOUNT_PATHS } from '../../auth/account-paths';
import { pageAccess, type PageAccess } from '../../auth/access-guard';
import { formCsrfToken } from '../../auth/request-auth';
import { organisationMessages } from '../../locales/organisation-messages';
import { requestLang } from '../../request-lang';
import { formText } from '../sign-in/sign-in-routes';
import { isConfirmed, sendConfirmPage } from './confirm-step';
import { renderMembersPage } from './members-page';
import { requestNotice, sendErrorPage, sendHtml, withNotice } from './organisation-chrome';
import { ORGANISATION_FORM_PATHS } from './organisation-paths';

/** Registers the members page and the changes owners make to members. */
export function registerMemberRoutes(app: FastifyInstance): void {
  app.get(ACCOUNT_PATHS.members, async (request, reply) => {
    const access = pageAccess(request, reply, 'members.read');
    if (!access) return reply;
    return showMembers(request, reply, access, 200);
  });

  app.post(ORGANISATION_FORM_PATHS.changeRole, async (request, reply) => {
    const access = pageAccess(request, reply, 'members.manage');
    if (!access) return reply;
    const userId = formText(request.body, 'userId');
    const role = formText(request.body, 'role');
    if (!isUuid(userId) || !isRole(role)) return sendErrorPage(request, reply, 400, 'bad-request');
    const { db, now } = request.server;
    const outcome = await db.transaction((tx) =>
      changeMemberRole(tx, {
        organisationId: access.organisation.organisationId,
        userId,
        role,
        actor: access.actor,
        now: now(),
      }),
    );
    return afterChange(request, reply, access, outcome, 'role');
  });

  app.post(ORGANISATION_FORM_PATHS.removeMember, async (request, reply) => {
    const access = pageAccess(request, reply, 'members.manage');
    if (!access) return reply;
    const lang = requestLang(request);
    const userId = formText(request.body, 'userId');
    if (!isUuid(userId)) return sendErrorPage(request, reply, 400, 'bad-request');
    const { db, now } = request.server;
    const organisationId = access.organisation.organisationId;
    if (!isConfirmed(request)) {
      const members = await listMembers(db, organisationId);
      const member = members.find((m) => m.userId === userId);
      if (!member) return sendErrorPage(request, reply, 404, 'not-found');
      const owners = members.filter((m) => m.role === 'owner').length;
      if (member.role === 'owner' && owners <= 1) {
        return afterChange(request, reply, access, { status: 'last-owner' }, 'removed');
      }
      const t = organisationMessages(lang).members;
      const self = userId === access.session.user.id;
      return sendConfirmPage(request, reply, {
        path: ACCOUNT_PATHS.members,
        title: t.confirmRemoveTitle(member.name),
        body: self
          ? t.confirmRemoveSelfBody(access.organisation.organisationName)
          : t.confirmRemoveBody(member.name, access.organisation.organisationName),
        action: ORGANISATION_FORM_PATHS.removeMember,
        fields: { userId },
        button: t.confirmRemoveButton,
      });
    }
    const outcome = await db.transaction((tx) =>
      removeMember(tx, { organisationId, userId, actor: access.actor, now: now() }),
    );
    if (outcome.status === 'changed' && userId === access.session.user.id) {
      return reply.redirect(withNotice(ACCOUNT_PATHS.organisation, lang, 'left'), 303);
    }
    return afterChange(request, reply, access, outcome, 'removed');
  });
}

async function showMembers(
  request: FastifyRequest,
  reply: FastifyReply,
  access: PageAccess,
  status: number,
  error?: string,
): Promise<FastifyReply> {
  return sendHtml(
    reply,
    status,
    renderMembersPage({
      lang: requestLang(request),
      csrfToken: await formCsrfToken(request, reply),
      membership: access.organisation,
      viewerId: access.session.user.id,
      members: await listMembers(request.server.db, access.organisation.organisationId),
      notice: error === undefined ? requestNotice(request) : undefined,
      error,
    }),
  );
}

function afterChange(
  request: FastifyRequest,
  reply: FastifyReply,
  access: PageAccess,
  outcome: MembershipChange,
  notice: 'role' | 'removed',
): Promise<FastifyReply> | FastifyReply {
  const lang = requestLang(request);
  switch (outcome.status) {
    case 'not-member':
      return sendErrorPage(request, reply, 404, 'not-found');
    case 'last-owner':
      return showMembers(request, reply, access, 409, organisationMessages(lang).members.lastOwner);
    case 'changed':
    case 'unchanged':
      return reply.redirect(withNotice(ACCOUNT_PATHS.members, lang, notice), 303);
  }
}
