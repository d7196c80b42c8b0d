import type { ContentLibrary, GlossaryHit } from '../../content';
import { glossaryEntryPath } from '../../content';
import type { Lang } from '../../engine';

/** The glossary answer: each hit with its entry's fields, its sources and its address. */
export function presentGlossary(
  hits: readonly GlossaryHit[],
  library: ContentLibrary,
  lang: Lang,
): string {
  const entries = hits.map(({ entry, term, match }) => {
    const path = glossaryEntryPath(entry.id);
    const hash = path.indexOf('#');
    return {
      id: entry.id,
      url: lang === 'sv' ? path : `${path.slice(0, hash)}?lang=${lang}${path.slice(hash)}`,
      term,
      matched: match,
      procurement: entry.procurement,
      civil: entry.civil,
      match: entry.match,
      definition: entry.definition,
      example: entry.example,
      legal: entry.legal,
      sources: entry.sources.flatMap((id) => library.sources.filter((s) => s.id === id)),
      forms: entry.forms,
      related: entry.related,
    };
  });
  return JSON.stringify({ count: entries.length, entries });
}
