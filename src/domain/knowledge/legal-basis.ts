/**
 * The legal basis of a knowledge page as citations: where in the act (`2 kap. 1 §`) and the
 * act's short name (`KL`), linked to the source.
 */
import type { LegalBasisItem, Source } from '../../content';

/** One legal-basis citation, ready to show. */
export interface LegalBasisCitation {
  source: string;
  ref: string | null;
  /** `2 kap. 1 § KL`, or the source's short name alone. */
  text: string;
  title: Source['title'] | null;
  url: string | null;
  verified: boolean;
}

/** The citations of a page's legal basis; a source the library lacks is cited by its id. */
export function legalBasisCitations(
  items: readonly LegalBasisItem[],
  sources: ReadonlyMap<string, Source>,
): LegalBasisCitation[] {
  return items.map((item) => {
    const source = sources.get(item.source);
    const name = source?.short ?? item.source;
    return {
      source: item.source,
      ref: item.ref,
      text: item.ref === null ? name : `${item.ref} ${name}`,
      title: source?.title ?? null,
      url: source?.url ?? null,
      verified: source?.verified ?? false,
    };
  });
}
