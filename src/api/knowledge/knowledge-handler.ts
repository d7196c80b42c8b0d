import type { FastifyReply, FastifyRequest } from 'fastify';
import { loadContentLibrary } from '../../content';
import { describeProblem } from '../../domain/case-input';
import { formChecks, readCheckDate } from '../../domain/knowledge';
import { COVERAGE_START } from '../../rules';
import { todayInSweden } from '../../domain/calendar/today-in-sweden';
import { sendErrors, type ApiError } from '../api-errors';
import { apiMessages } from '../locales';
import { langProblem, queryValue, requestLang } from '../request-lang';
import { presentKnowledgeList, presentKnowledgePage } from './knowledge-presenter';

const JSON_TYPE = 'application/json; charset=utf-8';

/** `GET /api/v1/knowledge`: every knowledge page, in the language asked for. */
export async function getKnowledgeList(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<unknown> {
  const lang = requestLang(request);
  const badLang = langProblem(request, lang);
  if (badLang !== undefined) return sendErrors(reply, 400, [badLang]);
  return reply
    .code(200)
    .type(JSON_TYPE)
    .header('content-language', lang)
    .send(presentKnowledgeList(loadContentLibrary(), lang));
}

/**
 * `GET /api/v1/knowledge/{id}`: one page; for a form, the engine's checks on `date` (today in
 * Sweden without it). Every problem with the parameters at once.
 */
export async function getKnowledgePage(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<unknown> {
  const { id } = request.params as { id: string };
  const lang = requestLang(request);
  const errors: ApiError[] = [];
  const badLang = langProblem(request, lang);
  if (badLang !== undefined) errors.push(badLang);
  const raw = queryValue(request, 'date');
  const date = readCheckDate(raw, todayInSweden());
  if (!date.ok) {
    const actual = date.value.slice(0, 40);
    const problem =
      date.problem === 'before-coverage'
        ? ({ code: 'before-coverage', actual, coverageStart: COVERAGE_START } as const)
        : /^\d{4}-\d{2}-\d{2}$/.test(actual)
          ? ({ code: 'impossible-date', actual } as const)
          : ({ code: 'date-format', actual } as const);
    errors.push({
      path: 'date',
      code: problem.code,
      message: `date: ${describeProblem(problem, lang)}`,
    });
  }
  if (errors.length > 0) return sendErrors(reply, 400, errors);
  const library = loadContentLibrary();
  const page = library.pages.find((p) => p.id === id);
  if (page === undefined) {
    const m = apiMessages(lang);
    return sendErrors(reply, 404, [
      { path: 'id', code: 'not-found', message: m.notFound(request.method, request.url) },
    ]);
  }
  const checks = page.form !== null && date.ok ? formChecks(page.form, date.date, lang) : null;
  return reply
    .code(200)
    .type(JSON_TYPE)
    .header('content-language', lang)
    .send(presentKnowledgePage(library, page, lang, checks));
}
