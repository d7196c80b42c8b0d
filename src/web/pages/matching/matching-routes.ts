// The pages of the ranked matches of a challenge and of an actor, each explained. Both are public
// GETs; a wrong filter value is named on the page and left out, never a fault.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isUuid } from '../../../accounts/index';
import { claimedOrgnrs } from '../../../challenges/index';
import { roleAllows } from '../../../domain/accounts/index';
import {
  matchFilterProblemText,
  readActorMatchFilters,
  readChallengeMatchFilters,
  type MatchFilterProblem,
} from '../../../domain/matching/index';
import { parseOrgnr } from '../../../domain/orgnr/index';
import type { Lang } from '../../../engine/index';
import {
  ACTOR_CANDIDATE_POOL,
  CHALLENGE_CANDIDATE_POOL,
  matchActorsForChallenge,
  matchChallengesForActor,
} from '../../../matching/index';
import { currentViewer } from '../../auth/viewer-context';
import type { ErrorSummaryItem } from '../../error-summary';
import { requestLang } from '../../request-lang';
import { actorPath, renderChallengeMatchesPage } from './challenge-matches-page';
import { renderActorMatchesPage } from './actor-matches-page';
import { MATCHES_PER_PAGE } from './match-list';

const HTML = 'text/html; charset=utf-8';

/** The query as a plain record. */
function queryOf(request: FastifyRequest): Record<string, unknown> {
  return (request.query ?? {}) as Record<string, unknown>;
}

/** The first value of a parameter as typed, or empty. */
function typed(query: Record<string, unknown>, name: string): string {
  const raw = query[name];
  const value: unknown = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === 'string' ? value.slice(0, 100) : '';
}

function pageNumber(query: Record<string, unknown>): number {
  const text = typed(query, 'page');
  return /^\d{1,4}$/.test(text) ? Math.max(1, Number(text)) : 1;
}

function problemsOf<F extends string>(problems: readonly MatchFilterProblem[], lang: Lang) {
  const items: ErrorSummaryItem[] = [];
  const fieldErrors: Partial<Record<F, string[]>> = {};
  for (const p of problems) {
    const text = matchFilterProblemText(p, lang);
    items.push({ text, href: `#${p.field}` });
    const field = p.field as F;
    fieldErrors[field] = [...(fieldErrors[field] ?? []), text];
  }
  return { items, fieldErrors };
}

function notFound(reply: FastifyReply): FastifyReply {
  reply.callNotFound();
  return reply;
}

/** Registers the pages in the account areas' scope (form posts and CSRF checks). */
export function registerMatchingRoutes(app: FastifyInstance): void {
  app.get('/utmaningar/:id/matchningar', async (request, reply) => {
    const lang = requestLang(request);
    const { id } = request.params as { id: string };
    if (!isUuid(id)) return notFound(reply);
    const query = queryOf(request);
    const read = readActorMatchFilters(query);
    const page = pageNumber(query);
    const result = await matchActorsForChallenge(app.db, id, {
      ...read.filters,
      limit: MATCHES_PER_PAGE,
      offset: (page - 1) * MATCHES_PER_PAGE,
      lang,
    });
    if (!result) return notFound(reply);
    const { items, fieldErrors } = problemsOf<
      'kommun' | 'lan' | 'legalForm' | 'registered' | 'goal' | 'minScore'
    >(read.problems, lang);
    const viewer = currentViewer();
    const poster = viewer.organisation?.organisationId === result.challenge.organisationId;
    const writable =
      poster && viewer.organisation && roleAllows(viewer.organisation.role, 'interest.write')
        ? await claimedOrgnrs(
            app.db,
            result.items.map((m) => m.item.orgnr),
          )
        : new Set<string>();
    return reply.type(HTML).send(
      renderChallengeMatchesPage({
        lang,
        path: `/utmaningar/${id}/matchningar`,
        challengePath: `/utmaningar/${id}`,
        result,
        pool: ACTOR_CANDIDATE_POOL,
        page,
        values: {
          kommun: typed(query, 'kommun'),
          lan: typed(query, 'lan'),
          legalForm: typed(query, 'legalForm'),
          registered: typed(query, 'registered'),
          goal: typed(query, 'goal'),
          minScore: typed(query, 'minScore'),
        },
        problems: items,
        fieldErrors,
        poster,
        writable,
      }),
    );
  });

  app.get('/aktorer/:orgnr/matchningar', async (request, reply) => {
    const lang = requestLang(request);
    const { orgnr } = request.params as { orgnr: string };
    const parsed = parseOrgnr(orgnr);
    if (!parsed.ok) return notFound(reply);
    const query = queryOf(request);
    const read = readChallengeMatchFilters(query);
    const page = pageNumber(query);
    const result = await matchChallengesForActor(app.db, parsed.digits, {
      ...read.filters,
      limit: MATCHES_PER_PAGE,
      offset: (page - 1) * MATCHES_PER_PAGE,
      lang,
    });
    if (!result) return notFound(reply);
    const { items, fieldErrors } = problemsOf<'status' | 'kind' | 'minScore'>(read.problems, lang);
    return reply.type(HTML).send(
      renderActorMatchesPage({
        lang,
        path: `/aktorer/${parsed.digits}/matchningar`,
        actorPath: actorPath(parsed.digits),
        result,
        pool: CHALLENGE_CANDIDATE_POOL,
        page,
        values: {
          status: typed(query, 'status'),
          kind: typed(query, 'kind'),
          minScore: typed(query, 'minScore'),
        },
        problems: items,
        fieldErrors,
      }),
    );
  });
}
