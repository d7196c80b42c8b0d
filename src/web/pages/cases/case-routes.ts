// Routes of saved cases: the list (GET /arenden), saving the guide's result (POST /arenden with the
// answers in the query, GET /arenden/nytt to show the form again), the case page, its changes
// (each a POST form that redirects back: post-redirect-get) and its decision memo. Every route
// asks for its action with pageAccess; every query filters by the member's organisation, so
// another organisation's case, like a missing one or an id that is not a UUID, is a 404.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isUuid } from '../../../accounts/index';
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
  type SavedCase,
} from '../../../cases/index';
import { todayInSweden } from '../../../domain/calendar/today-in-sweden';
import { validateCase } from '../../../domain/case-input/index';
import type { Action } from '../../../domain/accounts/index';
import {
  assessSavedFacts,
  checkDecision,
  checkNote,
  checkTitle,
  checkVersion,
  diffAssessments,
  reassessmentDate,
  savedAssessmentIn,
  savedCaseMessages,
  savedCaseProblemText,
  type SavedCaseFieldProblem,
} from '../../../domain/cases/index';
import { caseToAssess, interviewResult, writePermalink } from '../../../domain/interview/index';
import type { Lang } from '../../../engine/index';
import { pageAccess, type PageAccess } from '../../auth/access-guard';
import { formCsrfToken } from '../../auth/request-auth';
import type { ErrorSummaryItem } from '../../error-summary';
import { casesMessages } from '../../locales/cases-messages';
import { MEMO_FORMATS } from '../../memo-routes';
import { requestLang } from '../../request-lang';
import { renderInvalidPermalinkPage } from '../interview/invalid-permalink-page';
import { INTERVIEW_PATHS } from '../interview/interview-urls';
import { formText } from '../sign-in/sign-in-routes';
import { CASES_PER_PAGE, renderCaseListPage } from './case-list-page';
import { renderCasePage, type CaseField, type CasePageView } from './case-page';
import {
  CASE_ACTIONS,
  caseHref,
  CASES_PATH,
  MEMO_EXTENSIONS,
  NEW_CASE_PATH,
  type CaseAction,
  type MemoExtension,
} from './case-urls';
import { renderSaveCasePage, suggestedTitle } from './save-case-page';

const HTML = 'text/html; charset=utf-8';

/** The action each change needs. */
const ACTION_OF: Record<CaseAction, Action> = {
  rename: 'case.update',
  note: 'case.update',
  reassess: 'case.update',
  decide: 'case.decide',
  archive: 'case.archive',
  restore: 'case.archive',
};

/** The outcome named in the address after a change, and the section the page opens at. */
const DONE: Record<CaseAction | 'saved' | 'unchanged', { key: string; fragment: string }> = {
  saved: { key: 'sparat', fragment: '' },
  rename: { key: 'namn', fragment: 'manage' },
  note: { key: 'anteckning', fragment: 'notes' },
  decide: { key: 'beslut', fragment: 'decision' },
  archive: { key: 'arkiverat', fragment: '' },
  restore: { key: 'aterupptaget', fragment: '' },
  reassess: { key: 'omprovat', fragment: 'saved-assessment' },
  unchanged: { key: 'oforandrat', fragment: '' },
};

function notice(lang: Lang, key: unknown): string | undefined {
  const t = casesMessages(lang).case.done;
  const texts: Record<string, string> = {
    sparat: t.saved,
    namn: t.renamed,
    anteckning: t.noted,
    beslut: t.decided,
    arkiverat: t.archived,
    aterupptaget: t.restored,
    omprovat: t.reassessed,
    oforandrat: t.unchanged,
  };
  return typeof key === 'string' ? texts[key] : undefined;
}

/** The query of a request as parameters (the guide's answers). */
function queryParams(request: FastifyRequest): URLSearchParams {
  const i = request.url.indexOf('?');
  return new URLSearchParams(i === -1 ? '' : request.url.slice(i + 1));
}

function today(request: FastifyRequest): string {
  return todayInSweden(request.server.now());
}

function changeContext(request: FastifyRequest, access: PageAccess): CaseChangeContext {
  return {
    organisationId: access.organisation.organisationId,
    actor: access.actor,
    userId: access.session.user.id,
    actorName: access.session.user.name,
    now: request.server.now(),
  };
}

/** Answers 404 with the not-found page. */
function notFound(reply: FastifyReply): FastifyReply {
  reply.callNotFound();
  return reply;
}

/** The case `id` of the member's organisation, or undefined (a 404 is sent). */
async function caseOr404(
  request: FastifyRequest,
  reply: FastifyReply,
  access: PageAccess,
  id: string,
): Promise<SavedCase | undefined> {
  const saved = isUuid(id)
    ? await findCase(request.server.db, access.organisation.organisationId, id)
    : undefined;
  if (saved === undefined) notFound(reply);
  return saved;
}

/** Everything the case page shows of `saved` in `lang` today. */
function pageView(
  request: FastifyRequest,
  access: PageAccess,
  saved: SavedCase,
  csrfToken: string,
  extra: Pick<CasePageView, 'notice' | 'problems' | 'input'> = {},
): CasePageView {
  const lang = requestLang(request);
  const date = today(request);
  const stored = latestAssessment(saved);
  const current = assessSavedFacts(
    saved.facts,
    reassessmentDate(saved.facts.startDate, date),
    lang,
  );
  return {
    lang,
    csrfToken,
    role: access.organisation.role,
    saved,
    shown: savedAssessmentIn(
      {
        facts: saved.facts,
        asOf: stored.asOf,
        rulesVersion: stored.rulesVersion,
        assessment: stored.assessment,
      },
      lang,
    ),
    today: date,
    current,
    diff: diffAssessments(
      {
        asOf: stored.asOf,
        rulesVersion: stored.rulesVersion,
        ruleValues: stored.ruleValues,
        assessment: stored.assessment,
      },
      current,
    ),
    ...extra,
  };
}

/** Registers the routes of saved cases. */
export function registerCaseRoutes(app: FastifyInstance): void {
  app.get(CASES_PATH, async (request, reply) => {
    const access = pageAccess(request, reply, 'case.read');
    if (!access) return reply;
    const lang = requestLang(request);
    const query = request.query as Record<string, unknown>;
    const status = query.status === 'archived' ? 'archived' : 'open';
    const asked =
      typeof query.page === 'string' && /^\d{1,6}$/.test(query.page) ? Number(query.page) : 1;
    const page = Math.max(1, asked);
    const list = await listCases(app.db, access.organisation.organisationId, {
      status,
      limit: CASES_PER_PAGE,
      offset: (page - 1) * CASES_PER_PAGE,
    });
    return reply.type(HTML).send(
      renderCaseListPage({
        lang,
        organisationName: access.organisation.organisationName,
        status,
        page,
        total: list.total,
        cases: list.cases,
      }),
    );
  });

  app.get(NEW_CASE_PATH, async (request, reply) => {
    const access = pageAccess(request, reply, 'case.create');
    if (!access) return reply;
    const read = readResult(request, reply, NEW_CASE_PATH);
    if (read === undefined) return reply;
    const lang = requestLang(request);
    return reply.type(HTML).send(
      renderSaveCasePage({
        lang,
        csrfToken: await formCsrfToken(request, reply),
        result: read.result,
        permalink: read.permalink,
        title: suggestedTitle(read.result, lang),
        errors: [],
      }),
    );
  });

  app.post(CASES_PATH, async (request, reply) => {
    const access = pageAccess(request, reply, 'case.create');
    if (!access) return reply;
    const read = readResult(request, reply, CASES_PATH);
    if (read === undefined) return reply;
    const lang = requestLang(request);
    const typed = formText(request.body, 'title');
    const title = checkTitle(typed);
    if (!title.ok) {
      return reply
        .code(400)
        .type(HTML)
        .send(
          renderSaveCasePage({
            lang,
            csrfToken: await formCsrfToken(request, reply),
            result: read.result,
            permalink: read.permalink,
            title: typed,
            errors: title.problems.map((p) => savedCaseProblemText(p.problem, lang)),
          }),
        );
    }
    // An unknown start date ("Vet inte") is saved as the day the case is saved, as assessed.
    const facts = validateCase(caseToAssess(read.result.state, today(request)), lang);
    if (!facts.ok) {
      return reply
        .code(400)
        .type(HTML)
        .send(
          renderInvalidPermalinkPage({
            lang,
            path: INTERVIEW_PATHS.result,
            query: read.permalink,
            errors: facts.errors,
            state: read.result.state,
          }),
        );
    }
    const saved = await saveCase(app.db, changeContext(request, access), {
      title: title.value,
      facts: facts.value,
    });
    return reply.redirect(caseHref(saved.id, lang, `klart=${DONE.saved.key}`), 303);
  });

  app.get<{ Params: { id: string } }>(`${CASES_PATH}/:id`, async (request, reply) => {
    const access = pageAccess(request, reply, 'case.read');
    if (!access) return reply;
    const saved = await caseOr404(request, reply, access, request.params.id);
    if (saved === undefined) return reply;
    const lang = requestLang(request);
    const view = pageView(request, access, saved, await formCsrfToken(request, reply), {
      notice: notice(lang, (request.query as Record<string, unknown>).klart),
    });
    return reply.type(HTML).header('cache-control', 'private, no-store').send(renderCasePage(view));
  });

  for (const action of Object.keys(CASE_ACTIONS) as CaseAction[]) {
    app.post<{ Params: { id: string } }>(
      `${CASES_PATH}/:id/${CASE_ACTIONS[action]}`,
      (request, reply) => change(request, reply, action),
    );
  }

  for (const extension of MEMO_EXTENSIONS) {
    app.get<{ Params: { id: string } }>(
      `${CASES_PATH}/:id/beslutsunderlag.${extension}`,
      (request, reply) => exportMemo(request, reply, extension),
    );
  }
}

/** The guide's result for the answers in the query, or a 400 page naming each bad answer. */
function readResult(
  request: FastifyRequest,
  reply: FastifyReply,
  path: string,
):
  | {
      result: Extract<ReturnType<typeof interviewResult>, { ok: true }>['result'];
      permalink: string;
    }
  | undefined {
  const lang = requestLang(request);
  const params = queryParams(request);
  const outcome = interviewResult(params, lang, today(request));
  if (outcome.ok) {
    return { result: outcome.result, permalink: writePermalink(outcome.result.state) };
  }
  const query = new URLSearchParams(params);
  query.delete('lang');
  void reply
    .code(400)
    .type(HTML)
    .send(
      renderInvalidPermalinkPage({
        lang,
        path,
        query: query.toString(),
        errors: outcome.errors,
        state: outcome.state,
      }),
    );
  return undefined;
}

/** The change a form asks for, or the problems with what was typed. */
function changesOf(
  action: CaseAction,
  body: unknown,
  date: string,
): { ok: true; changes: CaseChanges } | { ok: false; problems: SavedCaseFieldProblem[] } {
  switch (action) {
    case 'rename': {
      const title = checkTitle(formText(body, 'title'));
      return title.ok ? { ok: true, changes: { title: title.value } } : title;
    }
    case 'note': {
      const note = checkNote(formText(body, 'note'));
      return note.ok ? { ok: true, changes: { note: note.value } } : note;
    }
    case 'decide': {
      const decision = checkDecision({
        form: formText(body, 'form'),
        motivation: formText(body, 'motivation'),
      });
      return decision.ok ? { ok: true, changes: { decision: decision.value } } : decision;
    }
    case 'archive':
      return { ok: true, changes: { status: 'archived' } };
    case 'restore':
      return { ok: true, changes: { status: 'open' } };
    case 'reassess':
      return { ok: true, changes: { reassessOn: date } };
  }
}

const FIELDS_OF: Record<CaseAction, readonly CaseField[]> = {
  rename: ['title'],
  note: ['note'],
  decide: ['form', 'motivation'],
  archive: [],
  restore: [],
  reassess: [],
};

async function change(
  request: FastifyRequest<{ Params: { id: string } }>,
  reply: FastifyReply,
  action: CaseAction,
): Promise<FastifyReply> {
  const access = pageAccess(request, reply, ACTION_OF[action]);
  if (!access) return reply;
  const { id } = request.params;
  if (!isUuid(id)) return notFound(reply);
  const lang = requestLang(request);
  const input: Partial<Record<CaseField, string>> = Object.fromEntries(
    FIELDS_OF[action].map((f) => [f, formText(request.body, f)]),
  );

  /** The case page again, with the current case, the problems and what was typed. */
  const again = async (
    status: number,
    summary: ErrorSummaryItem[],
    problems: SavedCaseFieldProblem[] = [],
  ): Promise<FastifyReply> => {
    const saved = await caseOr404(request, reply, access, id);
    if (saved === undefined) return reply;
    const fields: Partial<Record<CaseField, string[]>> = {};
    for (const p of problems) {
      (fields[p.field as CaseField] ??= []).push(savedCaseProblemText(p.problem, lang));
    }
    const view = pageView(request, access, saved, await formCsrfToken(request, reply), {
      problems: { summary, fields },
      input,
    });
    return reply.code(status).type(HTML).send(renderCasePage(view));
  };

  const version = checkVersion(formText(request.body, 'version'));
  const asked = changesOf(action, request.body, today(request));
  if (!version.ok || !asked.ok) {
    const problems = [...(version.ok ? [] : version.problems), ...(asked.ok ? [] : asked.problems)];
    return again(
      400,
      problems.map((p) => ({
        text: savedCaseProblemText(p.problem, lang),
        href: p.field === 'version' ? undefined : `#${p.field}`,
      })),
      problems,
    );
  }
  const result = await changeCase(
    request.server.db,
    changeContext(request, access),
    id,
    version.value,
    asked.changes,
  );
  if (result.ok) {
    const done = result.changed ? DONE[action] : DONE.unchanged;
    return reply.redirect(caseHref(id, lang, `klart=${done.key}`, done.fragment), 303);
  }
  const t = casesMessages(lang).case;
  const kept = FIELDS_OF[action].some((f) => (input[f] ?? '') !== '');
  const firstField = FIELDS_OF[action][0];
  const keptItem = kept ? [{ text: t.inputKept, href: firstField && `#${firstField}` }] : [];
  switch (result.reason) {
    case 'not-found':
      return notFound(reply);
    case 'conflict':
      return again(409, [
        { text: savedCaseMessages(lang).conflict(version.value, result.currentVersion) },
        ...keptItem,
      ]);
    case 'archived':
      return again(409, [
        { text: t.archivedRefused },
        ...(kept ? [{ text: t.inputShown, href: '#unsaved' }] : []),
      ]);
  }
}

async function exportMemo(
  request: FastifyRequest<{ Params: { id: string } }>,
  reply: FastifyReply,
  extension: MemoExtension,
): Promise<FastifyReply> {
  const access = pageAccess(request, reply, 'case.export');
  if (!access) return reply;
  const saved = await caseOr404(request, reply, access, request.params.id);
  if (saved === undefined) return reply;
  const lang = requestLang(request);
  const format = MEMO_FORMATS.find((f) => f.extension === extension);
  if (format === undefined) return notFound(reply);
  const now = request.server.now();
  const memo = caseMemo(saved, {
    lang,
    producedOn: todayInSweden(now),
    address: caseAddress(request, saved.id, lang),
  });
  const body = await format.render(memo);
  await recordExport(
    request.server.db,
    { organisationId: access.organisation.organisationId, actor: access.actor, now },
    saved.id,
    { format: extension, assessmentId: latestAssessment(saved).id, lang },
  );
  return reply
    .type(format.contentType)
    .header('content-disposition', `attachment; filename="${memo.fileName}.${format.extension}"`)
    .header('cache-control', 'private, no-store')
    .send(body);
}

/** A host name with an optional port, or an IPv6 address in brackets: nothing else is echoed. */
const PLAIN_HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** The address of the case page, absolute when the request names a plain host. */
function caseAddress(request: FastifyRequest, id: string, lang: Lang): string {
  const path = caseHref(id, lang);
  return PLAIN_HOST.test(request.host) ? `${request.protocol}://${request.host}${path}` : path;
}
