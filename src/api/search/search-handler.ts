import type { FastifyReply, FastifyRequest } from 'fastify';
import { toValidationErrors, type LocatedProblem } from '../../domain/case-input';
import { hrefOf, readSearchParams, searchDocuments } from '../../search/index';
import { sendErrors } from '../api-errors';
import { langProblem, requestLang } from '../request-lang';

/** `GET /api/v1/search`: full-text search of the knowledge pages and the glossary. */
export async function getSearch(request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const lang = requestLang(request);
  const badLang = langProblem(request, lang);
  const read = readSearchParams(request.query);
  const problems: LocatedProblem[] = read.ok ? [] : [...read.problems];
  if (read.ok && read.params.q === undefined) {
    problems.unshift({ path: 'q', problem: { code: 'missing', field: 'q' } });
  }
  if (badLang !== undefined || !read.ok || problems.length > 0) {
    return sendErrors(reply, 400, [
      ...(badLang === undefined ? [] : [badLang]),
      ...toValidationErrors(problems, lang),
    ]);
  }
  const { q = '', kind, limit, offset } = read.params;
  const result = await searchDocuments(request.server.db, { q, lang, kind, limit, offset });
  const body = {
    q,
    lang,
    kind: kind ?? null,
    limit,
    offset,
    total: result.total,
    words: result.words,
    hits: result.hits.map((hit) => ({
      id: hit.id,
      kind: hit.kind,
      title: hit.title,
      url: hit.url,
      href: hrefOf(hit.url, lang),
      score: hit.score,
      snippet: hit.snippet,
    })),
  };
  return reply
    .code(200)
    .type('application/json; charset=utf-8')
    .header('content-language', lang)
    .send(JSON.stringify(body));
}
