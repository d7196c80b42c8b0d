// The audit log (GET /organisation/logg), for owners: newest first, AUDIT_PAGE_SIZE entries a page;
// `?innan=ID` pages back.
import type { FastifyInstance } from 'fastify';
import {
  auditSubjectKey,
  auditSubjectNames,
  listAudit,
  type AuditRecord,
} from '../../../accounts/index';
import { ACCOUNT_PATHS } from '../../auth/account-paths';
import { pageAccess } from '../../auth/access-guard';
import { requestLang } from '../../request-lang';
import { BEFORE_PARAM, renderAuditLogPage } from './audit-log-page';
import { sendErrorPage, sendHtml } from './organisation-chrome';

/** Entries on one page of the log. */
export const AUDIT_PAGE_SIZE = 50;

/** Registers the audit log page. */
export function registerAuditLogRoutes(app: FastifyInstance): void {
  app.get(ACCOUNT_PATHS.auditLog, async (request, reply) => {
    const access = pageAccess(request, reply, 'audit.read');
    if (!access) return reply;
    const raw = (request.query as Record<string, unknown>)[BEFORE_PARAM];
    let before: number | undefined;
    if (raw !== undefined) {
      before = typeof raw === 'string' && /^[1-9][0-9]{0,15}$/.test(raw) ? Number(raw) : NaN;
      if (!Number.isSafeInteger(before)) return sendErrorPage(request, reply, 400, 'bad-request');
    }
    const { db } = request.server;
    const organisationId = access.organisation.organisationId;
    const found = await listAudit(db, organisationId, {
      limit: AUDIT_PAGE_SIZE + 1,
      ...(before !== undefined ? { before } : {}),
    });
    const entries = found.slice(0, AUDIT_PAGE_SIZE);
    return sendHtml(
      reply,
      200,
      renderAuditLogPage({
        lang: requestLang(request),
        membership: access.organisation,
        entries,
        names: withNamesFromEntries(await auditSubjectNames(db, organisationId, entries), entries),
        olderThan: found.length > AUDIT_PAGE_SIZE ? entries.at(-1)?.id : undefined,
        paged: before !== undefined,
      }),
    );
  });
}

/**
 * The names a subject had in the entries themselves (a case's title, a token's name), for subjects
 * that can no longer be looked up; a name found now comes first.
 */
function withNamesFromEntries(
  names: Map<string, string>,
  entries: readonly AuditRecord[],
): Map<string, string> {
  for (const entry of entries) {
    const key = auditSubjectKey(entry.subjectType, entry.subjectId);
    const named = entry.detail.title ?? entry.detail.name;
    if (!names.has(key) && typeof named === 'string' && named !== '') names.set(key, named);
  }
  return names;
}
