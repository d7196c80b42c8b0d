// The language of a request: Swedish unless the address asks for English with ?lang=en.
import type { FastifyRequest } from 'fastify';
import { isLang, type Lang } from '../engine/index';

/** The default language of every page and message. */
export const DEFAULT_LANG: Lang = 'sv';

/** The language the request asks for with `?lang=`; Swedish when absent or unknown. */
export function requestLang(request: FastifyRequest): Lang {
  const query = request.query as Record<string, unknown> | undefined;
  const asked = query?.lang;
  return isLang(asked) ? asked : DEFAULT_LANG;
}

/** A link to `path` (which may end in a `#fragment`) in `lang`: the default language needs no parameter. */
export function pathInLang(path: string, lang: Lang): string {
  if (lang === DEFAULT_LANG) return path;
  const hash = path.indexOf('#');
  return hash < 0
    ? `${path}?lang=${lang}`
    : `${path.slice(0, hash)}?lang=${lang}${path.slice(hash)}`;
}

/**
 * A link to `path` with the query `query` (without `?` and without `lang`) in `lang`: the guide's
 * pages carry their answers in the query, and every link keeps them and the language.
 */
export function hrefInLang(path: string, query: string, lang: Lang): string {
  const parts = [query, lang === DEFAULT_LANG ? '' : `lang=${lang}`].filter((p) => p !== '');
  return parts.length === 0 ? path : `${path}?${parts.join('&')}`;
}

/** The other language, for the language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === 'sv' ? 'en' : 'sv';
}
