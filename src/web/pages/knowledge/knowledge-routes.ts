// The knowledge base's pages: the overview, rules over time and its feed, and one page per id.
// Every page is server-rendered and works without JavaScript.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CONTENT_PATHS } from '../../../content/index';
import { formChecks, readCheckDate } from '../../../domain/knowledge/index';
import { rulesCatalogue, type RulesCatalogue } from '../../../rules/index';
import { requestLang } from '../../request-lang';
import { todayInSweden } from '../../../domain/calendar/today-in-sweden';
import { DATE_FIELD } from './form-checks-section';
import { interviewLinkFor } from './interview-link';
import { knowledgeLibrary, type KnowledgeLibrary } from './knowledge-library';
import { renderKnowledgePage } from './knowledge-page';
import { renderOverviewPage } from './overview-page';
import { ATOM_TYPE, renderRulesFeed } from './rules-feed';
import { renderRulesOverTimePage } from './rules-over-time-page';

/** What the routes depend on besides the request. */
export interface KnowledgeRouteOptions {
  /** Today's date (YYYY-MM-DD): the checks of a form page are for it unless a date is asked. */
  today?: () => string;
  /** The content library; the installation's by default. */
  library?: () => KnowledgeLibrary;
  /** The rules catalogue; the rules' own by default. */
  catalogue?: () => RulesCatalogue;
}

const HTML = 'text/html; charset=utf-8';
// A host the feed can name in its links; anything else in the Host header is not trusted.
const HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

/** The scheme and host of the request, for the feed's absolute links. */
function originOf(request: FastifyRequest): string {
  const host = request.headers.host ?? '';
  return `${request.protocol}://${HOST.test(host) ? host : 'localhost'}`;
}

/** Registers the knowledge base's pages on `app`. */
export function registerKnowledgeRoutes(
  app: FastifyInstance,
  options: KnowledgeRouteOptions = {},
): void {
  const today = options.today ?? (() => todayInSweden());
  const library = options.library ?? knowledgeLibrary;
  const catalogue = options.catalogue ?? rulesCatalogue;

  app.get(CONTENT_PATHS.knowledge, (request, reply) =>
    reply.type(HTML).send(renderOverviewPage(requestLang(request), library())),
  );

  app.get(CONTENT_PATHS.rulesOverTime, (request, reply) =>
    reply.type(HTML).send(renderRulesOverTimePage(requestLang(request), catalogue())),
  );

  app.get(CONTENT_PATHS.rulesFeed, (request, reply) =>
    reply
      .type(`${ATOM_TYPE}; charset=utf-8`)
      .send(renderRulesFeed(requestLang(request), catalogue(), originOf(request), today())),
  );

  app.get<{ Params: { id: string }; Querystring: Record<string, unknown> }>(
    `${CONTENT_PATHS.knowledge}/:id`,
    (request, reply) => {
      const kb = library();
      const page = kb.pages.get(request.params.id);
      if (page === undefined) return reply.callNotFound();
      const lang = requestLang(request);
      const day = today();
      const raw: unknown = request.query[DATE_FIELD];
      // A date is ten characters; a longer text is cut before it is shown back.
      const asked = (
        typeof raw === 'string' ? raw : Array.isArray(raw) ? String(raw[0] ?? '') : ''
      ).slice(0, 40);
      const date = readCheckDate(asked, day);
      const checks = page.form !== null && date.ok ? formChecks(page.form, date.date, lang) : null;
      const rendered = renderKnowledgePage({
        lang,
        page,
        kb,
        asked,
        date,
        checks,
        interviewHref: page.kind === 'form' ? interviewLinkFor(page, lang, day) : null,
      });
      return reply.code(rendered.status).type(HTML).send(rendered.html);
    },
  );
}
