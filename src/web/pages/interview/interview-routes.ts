// The guide's routes: start page, one question per page (GET shows, POST answers and redirects:
// post-redirect-get), check your answers, and the result. The answers travel in the query (the
// permalink); an address whose answers cannot be read gets a 400 page naming each field.
import formbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Lang } from '../../../engine/index';
import {
  assessState,
  cpvLabel,
  interviewField,
  interviewResult,
  OPENING_FIELDS,
  readAnswer,
  readPermalink,
  searchCpv,
  withAnswer,
  writePermalink,
  type CpvHit,
  type InterviewField,
  type InterviewState,
} from '../../../domain/interview/index';
import { requestLang } from '../../request-lang';
import { renderCheckAnswersPage } from './check-answers-page';
import {
  EMPTY_VALUES,
  submittedForm,
  valuesOfAnswer,
  valuesOfSubmission,
  type FormValues,
} from './form-values';
import { renderInvalidPermalinkPage } from './invalid-permalink-page';
import { INTERVIEW_PATHS, interviewHref, questionHref, questionPath } from './interview-urls';
import { backTarget, journeyPath, stepAfter, type BackTarget } from './journey-path';
import { renderQuestionPage } from './question-page';
import { renderResultPage } from './result-page';
import { renderStartPage } from './start-page';
import { todayInSweden } from '../../../domain/calendar/today-in-sweden';

/** What the routes depend on besides the request. */
export interface InterviewRouteOptions {
  /** Today's date (YYYY-MM-DD), which stands in for an unknown start date. */
  today?: () => string;
}

const HTML = 'text/html; charset=utf-8';
const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';
const MAX_SEARCH_LENGTH = 100;

/** The query of a request as parameters, in the order given. */
function queryParams(request: FastifyRequest): URLSearchParams {
  const i = request.url.indexOf('?');
  return new URLSearchParams(i === -1 ? '' : request.url.slice(i + 1));
}

/** The query without `lang`, for the language switch of a page that shows it as asked. */
function queryWithoutLang(params: URLSearchParams): string {
  const copy = new URLSearchParams(params);
  copy.delete('lang');
  return copy.toString();
}

function chosenCodes(values: readonly string[], lang: Lang): CpvHit[] {
  return [...new Set(values)].flatMap((code) => {
    const label = cpvLabel(code, lang);
    return label === undefined ? [] : [{ code, label }];
  });
}

function backHref(target: BackTarget, permalink: string, lang: Lang): string {
  if (target.kind === 'question') return questionHref(target.path, permalink, lang);
  if (target.kind === 'check') return interviewHref('check', permalink, lang);
  return interviewHref('start', '', lang);
}

/** Registers the guide's pages on `app`, in a scope of their own that parses form posts. */
export async function registerInterviewRoutes(
  app: FastifyInstance,
  options: InterviewRouteOptions = {},
): Promise<void> {
  const today = options.today ?? (() => todayInSweden());
  if (!app.hasContentTypeParser(FORM_CONTENT_TYPE)) await app.register(formbody);

  /** The permalink of the request, or a 400 page naming each bad parameter. */
  function readState(
    request: FastifyRequest,
    reply: FastifyReply,
    path: string,
    notAnswers: readonly string[] = [],
  ): { state: InterviewState; params: URLSearchParams } | undefined {
    const lang = requestLang(request);
    const params = queryParams(request);
    for (const name of notAnswers) params.delete(name);
    const read = readPermalink(params, lang);
    if (read.ok) return { state: read.state, params };
    void reply
      .code(400)
      .type(HTML)
      .send(
        renderInvalidPermalinkPage({
          lang,
          path,
          query: queryWithoutLang(params),
          errors: read.errors,
          state: read.state,
        }),
      );
    return undefined;
  }

  function questionPage(
    request: FastifyRequest,
    field: InterviewField,
    state: InterviewState,
    values: FormValues,
    errors: readonly string[],
    q: string,
  ): string {
    const lang = requestLang(request);
    const permalink = writePermalink(state);
    const journey = journeyPath(state, lang, today());
    const target = backTarget(journey, field.path, state.answers.has(field.path));
    return renderQuestionPage({
      lang,
      field,
      permalink,
      backHref: backHref(target, permalink, lang),
      values,
      errors,
      ...(field.kind === 'cpv' && {
        cpv: {
          q,
          matches: q.trim() === '' ? [] : searchCpv(q, lang),
          chosen: chosenCodes(
            [...valuesOfAnswer(field, state.answers.get(field.path)).answer, ...values.answer],
            lang,
          ),
        },
      }),
    });
  }

  app.get(INTERVIEW_PATHS.start, (request, reply) =>
    reply.type(HTML).send(renderStartPage(requestLang(request))),
  );

  app.get<{ Params: { field: string } }>(
    `${INTERVIEW_PATHS.questionPrefix}:field`,
    (request, reply) => {
      const field = interviewField(request.params.field);
      if (field === undefined) return reply.callNotFound();
      // A CPV search sends the codes checked so far as `answer`: they are not yet answers.
      const pending = field.kind === 'cpv' ? queryParams(request).getAll('answer') : [];
      const read = readState(request, reply, questionPath(field.path), ['answer']);
      if (read === undefined) return reply;
      // A search needs a few words at most; a longer text is cut rather than searched.
      const q = read.params.get('q')?.slice(0, MAX_SEARCH_LENGTH) ?? null;
      // After a search, what is checked is what the person had checked; before, the answer given.
      const values =
        field.kind === 'cpv' && q !== null
          ? { ...EMPTY_VALUES, answer: pending }
          : valuesOfAnswer(field, read.state.answers.get(field.path));
      return reply.type(HTML).send(questionPage(request, field, read.state, values, [], q ?? ''));
    },
  );

  app.post<{ Params: { field: string } }>(
    `${INTERVIEW_PATHS.questionPrefix}:field`,
    (request, reply) => {
      const field = interviewField(request.params.field);
      if (field === undefined) return reply.callNotFound();
      const read = readState(request, reply, questionPath(field.path));
      if (read === undefined) return reply;
      const lang = requestLang(request);
      const form = submittedForm(request.body);
      const answer = readAnswer(field, form, lang);
      if (!answer.ok) {
        const messages = answer.errors.map((e) => e.message);
        const page = questionPage(
          request,
          field,
          read.state,
          valuesOfSubmission(form),
          messages,
          // The CPV form posts its search text too: the page shows the same matches again.
          typeof form.q === 'string' ? form.q.slice(0, MAX_SEARCH_LENGTH) : '',
        );
        return reply.code(400).type(HTML).send(page);
      }
      const state = withAnswer(read.state, field.path, answer.answer);
      const permalink = writePermalink(state);
      const step = stepAfter(state, lang, today());
      const location =
        step.kind === 'question'
          ? questionHref(step.field.path, permalink, lang)
          : interviewHref('check', permalink, lang);
      return reply.redirect(location, 303);
    },
  );

  app.get(INTERVIEW_PATHS.check, (request, reply) => {
    const read = readState(request, reply, INTERVIEW_PATHS.check);
    if (read === undefined) return reply;
    const lang = requestLang(request);
    const { state } = read;
    const permalink = writePermalink(state);
    const journey = journeyPath(state, lang, today());
    let open: string[] | null = null;
    if (state.answers.has('startDate')) {
      const decisive = assessState(state, lang, today()).questions.map((q) => q.field);
      open = [...new Set([...OPENING_FIELDS, ...decisive])].filter(
        (path) => !state.answers.has(path) && interviewField(path) !== undefined,
      );
    }
    const last = journey.asked.at(-1);
    return reply.type(HTML).send(
      renderCheckAnswersPage({
        lang,
        state,
        permalink,
        asked: journey.asked,
        open,
        backHref:
          last !== undefined
            ? questionHref(last, permalink, lang)
            : interviewHref('start', '', lang),
      }),
    );
  });

  app.get(INTERVIEW_PATHS.result, (request, reply) => {
    const lang = requestLang(request);
    const params = queryParams(request);
    const date = today();
    const outcome = interviewResult(params, lang, date);
    if (!outcome.ok) {
      return reply
        .code(400)
        .type(HTML)
        .send(
          renderInvalidPermalinkPage({
            lang,
            path: INTERVIEW_PATHS.result,
            query: queryWithoutLang(params),
            errors: outcome.errors,
            state: outcome.state,
          }),
        );
    }
    const permalink = writePermalink(outcome.result.state);
    return reply
      .type(HTML)
      .send(renderResultPage({ lang, result: outcome.result, permalink, today: date }));
  });
}
