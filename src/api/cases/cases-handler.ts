// The saved cases' API: list and save (GET and POST /api/v1/cases), read and change one case
// (GET and PATCH /api/v1/cases/{id}), re-assess it (POST /api/v1/cases/{id}/reassessment) and
// export its decision memo (GET /api/v1/cases/{id}/memo). Every handler first asks apiAccess for
// its action (401 for nobody, 403 for a role or token scope that does not allow it); every query
// filters by the caller's organisation, so another organisation's case is a 404, exactly like a
// missing one or an id that is not a UUID.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isUuid } from '../../accounts/index';
import {
  caseMemo,
  changeCase,
  findCase,
  latestAssessment,
  listCases,
  recordExport,
  saveCase,
  type CaseChangeContext,
  type CaseChanges,
  type MemoFormat,
  type SavedCase,
} from '../../cases/index';
import type { Action } from '../../domain/accounts/index';
import { todayInSweden } from '../../domain/calendar/today-in-sweden';
import { validateCase } from '../../domain/case-input';
import {
  assessSavedFacts,
  checkDecision,
  checkNote,
  checkStatus,
  checkTitle,
  checkVersion,
  diffAssessments,
  savedCaseMessages,
  savedCaseProblemText,
  type SavedCaseFieldProblem,
} from '../../domain/cases/index';
import type { Lang } from '../../engine';
import type { MemoDocument } from '../../memo/memo-document';
import { renderMemoDocx } from '../../memo/memo-docx';
import { renderMemoMarkdown } from '../../memo/memo-markdown';
import { renderMemoPdf } from '../../memo/memo-pdf';
import { apiAccess, type ApiAccess as Caller } from '../../web/auth/access-guard';
import { sendErrors, type ApiError } from '../api-errors';
import { bodyObject, inputError, integerParam, jsonType, sendJson } from '../json-request';
import { apiMessages } from '../locales';
import { langProblem, queryValue, requestLang } from '../request-lang';
import {
  caseApiPath,
  presentCaseList,
  presentChanges,
  presentSavedCase,
  presentStoredAssessment,
} from './cases-presenter';

function fieldErrors(problems: readonly SavedCaseFieldProblem[], lang: Lang): ApiError[] {
  return problems.map((p) => ({
    path: p.field,
    code: p.problem.code,
    message: savedCaseProblemText(p.problem, lang),
  }));
}

function notFound(reply: FastifyReply, lang: Lang): FastifyReply {
  return sendErrors(reply, 404, [
    { path: 'id', code: 'not-found', message: apiMessages(lang).caseNotFound },
  ]);
}

function context(request: FastifyRequest, caller: Caller): CaseChangeContext {
  return {
    organisationId: caller.organisationId,
    actor: caller.actor,
    userId: caller.userId,
    actorName: caller.actorName,
    now: request.server.now(),
  };
}

/** The case id of the address, when it is a UUID. */
function caseId(request: FastifyRequest): string | undefined {
  const id = (request.params as { id?: unknown }).id;
  return isUuid(id) ? id : undefined;
}

/** `GET /api/v1/cases`. */
export async function getCases(request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const caller = apiAccess(request, reply, 'case.read');
  if (!caller) return reply;
  const lang = requestLang(request);
  const errors: ApiError[] = [];
  const badLang = langProblem(request, lang);
  if (badLang) errors.push(badLang);
  const status = queryValue(request, 'status') ?? 'open';
  if (status !== 'open' && status !== 'archived' && status !== 'all') {
    errors.push(
      inputError(
        'status',
        { code: 'not-one-of', allowed: ['open', 'archived', 'all'], actual: status },
        lang,
      ),
    );
  }
  const limit = integerParam(request, 'limit', { min: 1, max: 100, fallback: 20 }, lang);
  const offset = integerParam(request, 'offset', { min: 0, max: 1_000_000, fallback: 0 }, lang);
  if (!limit.ok) errors.push(limit.error);
  if (!offset.ok) errors.push(offset.error);
  if (errors.length > 0 || !limit.ok || !offset.ok) return sendErrors(reply, 400, errors);
  const page = { limit: limit.value, offset: offset.value };
  const list = await listCases(request.server.db, caller.organisationId, {
    status: status as 'open' | 'archived' | 'all',
    ...page,
  });
  return sendJson(reply, 200, presentCaseList(list, page));
}

/** `POST /api/v1/cases`: a title and a case v1 in, the saved case out (201). */
export async function postCase(request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const caller = apiAccess(request, reply, 'case.create');
  if (!caller) return reply;
  const lang = requestLang(request);
  const badLang = langProblem(request, lang);
  if (badLang) return sendErrors(reply, 400, [badLang]);
  const body = bodyObject(request, lang, ['title', 'case']);
  if (!body.ok) return sendErrors(reply, 400, body.errors);
  const errors: ApiError[] = [];
  const title = checkTitle(body.value.title);
  if (!title.ok) errors.push(...fieldErrors(title.problems, lang));
  const facts = body.value.case === undefined ? undefined : validateCase(body.value.case, lang);
  if (facts === undefined)
    errors.push(inputError('case', { code: 'missing', field: 'case' }, lang));
  else if (!facts.ok) {
    errors.push(
      ...facts.errors.map((e) => ({
        path: e.path === '' ? 'case' : `case.${e.path}`,
        code: e.code,
        message: e.message,
      })),
    );
  }
  if (errors.length > 0 || !title.ok || facts === undefined || !facts.ok) {
    return sendErrors(reply, 400, errors);
  }
  const saved = await saveCase(request.server.db, context(request, caller), {
    title: title.value,
    facts: facts.value,
  });
  const found = await findCase(request.server.db, caller.organisationId, saved.id);
  if (found === undefined) throw new Error(`case ${saved.id} was saved but cannot be read`);
  void reply.header('location', caseApiPath(saved.id));
  return sendJson(reply, 201, presentSavedCase(found));
}

/** `GET /api/v1/cases/{id}`. */
export async function getCase(request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const caller = apiAccess(request, reply, 'case.read');
  if (!caller) return reply;
  const lang = requestLang(request);
  const id = caseId(request);
  const saved = id && (await findCase(request.server.db, caller.organisationId, id));
  if (!saved) return notFound(reply, lang);
  return sendJson(reply, 200, presentSavedCase(saved));
}

/** The fields of a change, and the action each needs besides reading. */
const CHANGE_ACTIONS: Readonly<Record<string, Action>> = {
  title: 'case.update',
  note: 'case.update',
  status: 'case.archive',
  decision: 'case.decide',
};

function readChanges(
  body: Record<string, unknown>,
):
  | { ok: true; changes: CaseChanges; version: number }
  | { ok: false; problems: SavedCaseFieldProblem[] } {
  const problems: SavedCaseFieldProblem[] = [];
  const changes: CaseChanges = {};
  const version = checkVersion(body.version);
  if (!version.ok) problems.push(...version.problems);
  if (body.title !== undefined) {
    const title = checkTitle(body.title);
    if (title.ok) changes.title = title.value;
    else problems.push(...title.problems);
  }
  if (body.status !== undefined) {
    const status = checkStatus(body.status);
    if (status.ok) changes.status = status.value;
    else problems.push(...status.problems);
  }
  if (body.note !== undefined) {
    const note = checkNote(body.note);
    if (note.ok) changes.note = note.value;
    else problems.push(...note.problems);
  }
  if (body.decision !== undefined) {
    const d = body.decision;
    const object = jsonType(d) === 'object' ? (d as Record<string, unknown>) : {};
    const decision = checkDecision(
      { form: object.form, motivation: object.motivation },
      { form: 'decision.form', motivation: 'decision.motivation' },
    );
    if (decision.ok) changes.decision = decision.value;
    else problems.push(...decision.problems);
  }
  if (Object.keys(CHANGE_ACTIONS).every((field) => body[field] === undefined)) {
    problems.push({ field: '', problem: { code: 'nothing-to-change' } });
  }
  if (problems.length > 0 || !version.ok) return { ok: false, problems };
  return { ok: true, changes, version: version.value };
}

/** `PATCH /api/v1/cases/{id}`. */
export async function patchCase(request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  // Who is calling comes first: nobody gets 401 whatever the body says.
  const caller = apiAccess(request, reply, 'case.read');
  if (!caller) return reply;
  const lang = requestLang(request);
  const body = bodyObject(request, lang, ['version', ...Object.keys(CHANGE_ACTIONS)]);
  if (!body.ok) return sendErrors(reply, 400, body.errors);
  const read = readChanges(body.value);
  if (!read.ok) return sendErrors(reply, 400, fieldErrors(read.problems, lang));
  const needed = new Set(
    Object.entries(CHANGE_ACTIONS)
      .filter(([field]) => body.value[field] !== undefined)
      .map(([, action]) => action),
  );
  // A change the caller may not make is refused whatever the case, like on the pages.
  for (const action of needed) if (!apiAccess(request, reply, action)) return reply;
  const id = caseId(request);
  if (id === undefined) return notFound(reply, lang);
  const applied = await applyChange(request, reply, caller, id, read.version, read.changes, lang);
  return applied.ok ? sendJson(reply, 200, presentSavedCase(applied.saved)) : reply;
}

async function applyChange(
  request: FastifyRequest,
  reply: FastifyReply,
  caller: Caller,
  id: string,
  version: number,
  changes: CaseChanges,
  lang: Lang,
): Promise<{ ok: true; saved: SavedCase } | { ok: false }> {
  const db = request.server.db;
  const result = await changeCase(db, context(request, caller), id, version, changes);
  if (!result.ok) {
    switch (result.reason) {
      case 'not-found':
        notFound(reply, lang);
        return { ok: false };
      case 'conflict':
        sendErrors(reply, 409, [
          {
            path: 'version',
            code: 'version-conflict',
            message: savedCaseMessages(lang).conflict(version, result.currentVersion),
          },
        ]);
        return { ok: false };
      case 'archived':
        sendErrors(reply, 409, [
          { path: 'status', code: 'archived', message: apiMessages(lang).caseArchived },
        ]);
        return { ok: false };
    }
  }
  const saved = await findCase(db, caller.organisationId, id);
  if (saved === undefined) throw new Error(`case ${id} was changed but cannot be read`);
  return { ok: true, saved };
}

/** `POST /api/v1/cases/{id}/reassessment`: re-assess under today's rules and keep it. */
export async function postReassessment(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<unknown> {
  const caller = apiAccess(request, reply, 'case.update');
  if (!caller) return reply;
  const lang = requestLang(request);
  const id = caseId(request);
  if (id === undefined) return notFound(reply, lang);
  const body = bodyObject(request, lang, ['version']);
  if (!body.ok) return sendErrors(reply, 400, body.errors);
  const version = checkVersion(body.value.version);
  if (!version.ok) return sendErrors(reply, 400, fieldErrors(version.problems, lang));
  const before = await findCase(request.server.db, caller.organisationId, id);
  if (before === undefined) return notFound(reply, lang);
  const previous = latestAssessment(before);
  const today = todayInSweden(request.server.now());
  const applied = await applyChange(
    request,
    reply,
    caller,
    id,
    version.value,
    { reassessOn: today },
    lang,
  );
  if (!applied.ok) return reply;
  const after = applied.saved;
  const latest = latestAssessment(after);
  // The same facts, date and rule data as the assessment just kept, in the caller's language.
  const current = assessSavedFacts(after.facts, latest.asOf, lang);
  const diff = diffAssessments(
    {
      asOf: previous.asOf,
      rulesVersion: previous.rulesVersion,
      ruleValues: previous.ruleValues,
      assessment: previous.assessment,
    },
    current,
  );
  return sendJson(reply, 200, {
    version: after.version,
    assessment: presentStoredAssessment(latest),
    changes: presentChanges(diff, lang),
  });
}

const MEMO_MEDIA: Record<
  MemoFormat,
  { contentType: string; render: (memo: MemoDocument) => Promise<Buffer | string> | string }
> = {
  md: { contentType: 'text/markdown; charset=utf-8', render: renderMemoMarkdown },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: renderMemoDocx,
  },
  pdf: { contentType: 'application/pdf', render: renderMemoPdf },
};

/** `GET /api/v1/cases/{id}/memo?format=md|docx|pdf`: recorded in the audit log. */
export async function getCaseMemo(request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const caller = apiAccess(request, reply, 'case.export');
  if (!caller) return reply;
  const lang = requestLang(request);
  const id = caseId(request);
  if (id === undefined) return notFound(reply, lang);
  const format = queryValue(request, 'format');
  const errors: ApiError[] = [];
  const badLang = langProblem(request, lang);
  if (badLang) errors.push(badLang);
  if (format === undefined)
    errors.push(inputError('format', { code: 'missing', field: 'format' }, lang));
  else if (!(format in MEMO_MEDIA)) {
    errors.push(
      inputError(
        'format',
        { code: 'not-one-of', allowed: Object.keys(MEMO_MEDIA), actual: format },
        lang,
      ),
    );
  }
  if (errors.length > 0 || format === undefined) return sendErrors(reply, 400, errors);
  const media = MEMO_MEDIA[format as MemoFormat];
  const saved = await findCase(request.server.db, caller.organisationId, id);
  if (saved === undefined) return notFound(reply, lang);
  const now = request.server.now();
  const memo = caseMemo(saved, {
    lang,
    producedOn: todayInSweden(now),
    address: `/arenden/${saved.id}${lang === 'sv' ? '' : `?lang=${lang}`}`,
  });
  const body = await media.render(memo);
  await recordExport(
    request.server.db,
    { organisationId: caller.organisationId, actor: caller.actor, now },
    saved.id,
    { format: format as MemoFormat, assessmentId: latestAssessment(saved).id, lang },
  );
  return reply
    .code(200)
    .type(media.contentType)
    .header('content-disposition', `attachment; filename="${memo.fileName}.${format}"`)
    .header('cache-control', 'private, no-store')
    .send(body);
}
