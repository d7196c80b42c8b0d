// GET /ordlista: the glossary, searched and listed as the query asks. A search text that is too
// long or a listing that does not exist gets the page again with a 400 and a message naming the
// input; the glossary is read from the content library, never from the database.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  CONTENT_PATHS,
  GLOSSARY_QUERY_MAX_LENGTH,
  GLOSSARY_SIDES,
  loadContentLibrary,
  searchGlossary,
  type GlossarySide,
} from '../../../content';
import { glossaryMessages } from '../../locales/glossary-messages';
import { requestLang } from '../../request-lang';
import { renderGlossaryPage, SIDE_PARAMS, type GlossaryInputError } from './glossary-page';

const HTML = 'text/html; charset=utf-8';

/** A query parameter as one string: the first when repeated, '' when absent. */
function param(request: FastifyRequest, name: string): string {
  const value = (request.query as Record<string, unknown> | undefined)?.[name];
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

/** The side a `sida` value names, null for none, undefined for a value that names nothing. */
export function sideOfParam(value: string): GlossarySide | null | undefined {
  if (value === '') return null;
  return GLOSSARY_SIDES.find((s) => SIDE_PARAMS[s] === value);
}

/** Registers the glossary page. */
export function registerGlossaryRoutes(app: FastifyInstance): void {
  app.get(CONTENT_PATHS.glossary, (request, reply) => {
    const lang = requestLang(request);
    const t = glossaryMessages(lang).errors;
    const q = param(request, 'q');
    const sideParam = param(request, 'sida');
    const side = sideOfParam(sideParam);
    const errors: GlossaryInputError[] = [];
    // Characters as a person counts them, not UTF-16 units.
    const length = [...q].length;
    if (length > GLOSSARY_QUERY_MAX_LENGTH) {
      errors.push({ input: 'q', text: t.qTooLong(GLOSSARY_QUERY_MAX_LENGTH, length) });
    }
    if (side === undefined) {
      errors.push({ input: 'side', text: t.sideUnknown(Object.values(SIDE_PARAMS), sideParam) });
    }
    const library = loadContentLibrary();
    const hits =
      errors.length > 0 || side === undefined
        ? null
        : searchGlossary(library.glossary, { lang, q, side });
    const page = renderGlossaryPage({
      lang,
      library,
      q,
      sideParam,
      side: side ?? null,
      hits,
      errors,
    });
    return reply
      .code(errors.length > 0 ? 400 : 200)
      .type(HTML)
      .send(page);
  });
}
