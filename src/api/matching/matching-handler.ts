// The matching API: the organisations for a challenge and the challenges for an organisation,
// each with its score and its reasons as data and in words. Public, like the board and directory.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isUuid } from '../../accounts/index';
import {
  integerFilter,
  matchFilterProblemText,
  matchReasonText,
  readActorMatchFilters,
  readChallengeMatchFilters,
  type MatchFilterProblem,
  type MatchReason,
  type MatchView,
} from '../../domain/matching/index';
import { parseOrgnr } from '../../domain/orgnr/index';
import type { Lang } from '../../engine/index';
import {
  ACTOR_CANDIDATE_POOL,
  CHALLENGE_CANDIDATE_POOL,
  matchActorsForChallenge,
  matchChallengesForActor,
} from '../../matching/index';
import { sendErrors, type ApiError } from '../api-errors';
import { apiMessages } from '../locales';
import { langProblem, requestLang } from '../request-lang';

function send(reply: FastifyReply, lang: Lang, body: unknown): FastifyReply {
  return reply
    .code(200)
    .type('application/json; charset=utf-8')
    .header('content-language', lang)
    .send(JSON.stringify(body));
}

function reasonsOf(reasons: readonly MatchReason[], lang: Lang, view: MatchView) {
  return reasons.map((r) => ({
    kind: r.kind,
    points: r.points,
    text: matchReasonText(r, lang, view),
    details: r.details,
  }));
}

/** The page parameters and the problems of the query, with the problems of the filters. */
function pageOf(request: FastifyRequest, lang: Lang, problems: MatchFilterProblem[]) {
  const query = (request.query ?? {}) as Record<string, unknown>;
  const limit = integerFilter(query, 'limit', { min: 1, max: 50, fallback: 20 }, problems);
  const offset = integerFilter(query, 'offset', { min: 0, max: 1000, fallback: 0 }, problems);
  const errors: ApiError[] = problems.map((p) => ({
    path: p.field,
    code: p.problem.code,
    message: matchFilterProblemText(p, lang),
  }));
  const badLang = langProblem(request, lang);
  if (badLang) errors.unshift(badLang);
  return { limit, offset, errors };
}

/** `GET /api/v1/challenges/{id}/matches`. */
export async function getChallengeMatches(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<unknown> {
  const lang = requestLang(request);
  const read = readActorMatchFilters((request.query ?? {}) as Record<string, unknown>);
  const { limit, offset, errors } = pageOf(request, lang, read.problems);
  if (errors.length > 0) return sendErrors(reply, 400, errors);
  const id = (request.params as { id?: unknown }).id;
  const result = isUuid(id)
    ? await matchActorsForChallenge(request.server.db, id, {
        ...read.filters,
        limit,
        offset,
        lang,
      })
    : undefined;
  if (!result) {
    return sendErrors(reply, 404, [
      { path: 'id', code: 'not-found', message: apiMessages(lang).notFound('GET', request.url) },
    ]);
  }
  const c = result.challenge;
  return send(reply, lang, {
    challenge: {
      id: c.id,
      title: c.title,
      kind: c.kind,
      status: c.status,
      goals: c.goals,
      areaCodes: c.areaCodes,
      cpv: c.cpv,
      hasCaseFacts: c.caseFacts !== null,
    },
    total: result.total,
    candidates: result.candidates,
    pool: ACTOR_CANDIDATE_POOL,
    limit,
    offset,
    items: result.items.map((m) => ({
      organisation: m.item,
      score: m.score,
      reasons: reasonsOf(m.reasons, lang, 'challenge'),
    })),
  });
}

/** `GET /api/v1/organisations/{orgnr}/matches`. */
export async function getOrganisationMatches(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<unknown> {
  const lang = requestLang(request);
  const read = readChallengeMatchFilters((request.query ?? {}) as Record<string, unknown>);
  const { limit, offset, errors } = pageOf(request, lang, read.problems);
  if (errors.length > 0) return sendErrors(reply, 400, errors);
  const raw = (request.params as { orgnr?: unknown }).orgnr;
  const parsed = typeof raw === 'string' ? parseOrgnr(raw) : undefined;
  const result =
    parsed?.ok === true
      ? await matchChallengesForActor(request.server.db, parsed.digits, {
          ...read.filters,
          limit,
          offset,
          lang,
        })
      : undefined;
  if (!result) {
    return sendErrors(reply, 404, [
      { path: 'orgnr', code: 'not-found', message: apiMessages(lang).notFound('GET', request.url) },
    ]);
  }
  return send(reply, lang, {
    organisation: { orgnr: result.actor.orgnr, name: result.actor.name },
    total: result.total,
    candidates: result.candidates,
    pool: CHALLENGE_CANDIDATE_POOL,
    limit,
    offset,
    items: result.items.map((m) => ({
      challenge: {
        id: m.item.id,
        title: m.item.title,
        kind: m.item.kind,
        status: m.item.status,
        goals: m.item.goals,
        areaCodes: m.item.areaCodes,
        cpv: m.item.cpv,
      },
      score: m.score,
      reasons: reasonsOf(m.reasons, lang, 'actor'),
    })),
  });
}
