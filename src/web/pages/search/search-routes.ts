// GET /sok: the search page. A search text that is too long or a page number that is not one
// gets the page again with a 400 and a message naming the input.
import type { FastifyInstance } from 'fastify';
import type { LocatedProblem } from '../../../domain/case-input/index';
import {
  integerParam,
  MAX_QUERY_LENGTH,
  MAX_SEARCH_OFFSET,
  searchDocuments,
} from '../../../search/index';
import { searchMessages } from '../../locales/search-messages';
import { requestLang } from '../../request-lang';
import { HITS_PER_PAGE, renderSearchPage, SEARCH_PATHS, type SearchPageError } from './search-page';

/** The last page that can be asked for. */
export const MAX_SEARCH_PAGE = Math.floor(MAX_SEARCH_OFFSET / HITS_PER_PAGE) + 1;

/** Registers the search page. */
export function registerSearchRoutes(app: FastifyInstance): void {
  app.get(SEARCH_PATHS.search, async (request, reply) => {
    const lang = requestLang(request);
    const t = searchMessages(lang).errors;
    const query = request.query as Record<string, unknown> | undefined;
    const rawQ: unknown = Array.isArray(query?.q) ? (query.q as unknown[])[0] : query?.q;
    const q = typeof rawQ === 'string' ? rawQ : undefined;
    const errors: SearchPageError[] = [];
    // Characters as a person counts them, not UTF-16 units.
    const length = q === undefined ? 0 : [...q].length;
    if (length > MAX_QUERY_LENGTH) {
      errors.push({ input: 'q', text: t.qTooLong(MAX_QUERY_LENGTH, length) });
    }
    const problems: LocatedProblem[] = [];
    const page = integerParam(query, 'page', 1, MAX_SEARCH_PAGE, 1, problems);
    if (problems.length > 0) errors.push({ input: 'page', text: t.pageInvalid(MAX_SEARCH_PAGE) });

    const result =
      q === undefined || errors.length > 0
        ? undefined
        : await searchDocuments(request.server.db, {
            q,
            lang,
            limit: HITS_PER_PAGE,
            offset: (page - 1) * HITS_PER_PAGE,
          });
    return reply
      .code(errors.length > 0 ? 400 : 200)
      .type('text/html; charset=utf-8')
      .send(renderSearchPage({ lang, q, page, result, errors }));
  });
}
