// The address of a found page in the language searched: Swedish needs no parameter, English
// puts `lang=en` before the fragment of a glossary entry (`/ordlista?lang=en#anbud`).
import type { Lang } from '../engine/index';

/** `url` (a path, maybe with a fragment) in `lang`. */
export function hrefOf(url: string, lang: Lang): string {
  if (lang === 'sv') return url;
  const hash = url.indexOf('#');
  const path = hash === -1 ? url : url.slice(0, hash);
  const fragment = hash === -1 ? '' : url.slice(hash);
  return `${path}${path.includes('?') ? '&' : '?'}lang=${lang}${fragment}`;
}
