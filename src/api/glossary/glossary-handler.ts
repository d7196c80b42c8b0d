import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  GLOSSARY_QUERY_MAX_LENGTH,
  GLOSSARY_SIDES,
  loadContentLibrary,
  searchGlossary,
  type GlossarySide,
} from '../../content';
import { describeProblem } from '../../domain/case-input';
import { sendErrors, type ApiError } from '../api-errors';
import { langProblem, queryValue, requestLang } from '../request-lang';
import { presentGlossary } from './glossary-presenter';

function isSide(value: string): value is GlossarySide {
  return (GLOSSARY_SIDES as readonly string[]).includes(value);
}

/**
 * `GET /api/v1/glossary`: the glossary entries `q` finds from either side's words (all without
 * `q`), or with `side` one line per word of that side; every problem with the parameters at once.
 */
export async function getGlossary(request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const lang = requestLang(request);
  const errors: ApiError[] = [];
  const badLang = langProblem(request, lang);
  if (badLang !== undefined) errors.push(badLang);
  const q = queryValue(request, 'q') ?? '';
  if ([...q].length > GLOSSARY_QUERY_MAX_LENGTH) {
    const problem = { code: 'too-long', max: GLOSSARY_QUERY_MAX_LENGTH } as const;
    errors.push({ path: 'q', code: problem.code, message: `q: ${describeProblem(problem, lang)}` });
  }
  const sideValue = queryValue(request, 'side') ?? '';
  if (sideValue !== '' && !isSide(sideValue)) {
    const problem = {
      code: 'not-one-of' as const,
      allowed: [...GLOSSARY_SIDES] as string[],
      actual: sideValue,
    };
    errors.push({
      path: 'side',
      code: problem.code,
      message: `side: ${describeProblem(problem, lang)}`,
    });
  }
  if (errors.length > 0) return sendErrors(reply, 400, errors);
  const library = loadContentLibrary();
  const side = isSide(sideValue) ? sideValue : null;
  const hits = searchGlossary(library.glossary, { lang, q, side });
  return reply
    .code(200)
    .type('application/json; charset=utf-8')
    .header('content-language', lang)
    .send(presentGlossary(hits, library, lang));
}
