// The shape of the search page's texts (/sok), and the texts by language.
import type { Lang } from '../../engine/index';
import type { SearchKind } from '../../search/index';
import { searchEn } from './search-en';
import { searchSv } from './search-sv';

/** Every text of the search page, in one language. */
export interface SearchPageMessages {
  title: string;
  metaDescription: string;
  lead: string;
  formLabel: string;
  label: string;
  hint: string;
  button: string;
  /** The page title of a search: "”anbud” – Sök". */
  resultsTitle: (q: string) => string;
  /** "3 träffar för ”anbud”". */
  count: (total: number, q: string) => string;
  /** The hits shown: "Träff 21–40". */
  showing: (first: number, last: number) => string;
  /** What kind of page a hit is, shown with it. */
  kinds: Record<SearchKind, string>;
  noWords: string;
  noHits: (q: string) => string;
  /** The advice after no hits, with links to the glossary and the knowledge base between. */
  noHitsAdvice: {
    before: string;
    glossaryLink: string;
    between: string;
    knowledgeLink: string;
    after: string;
  };
  pagination: {
    label: string;
    previous: string;
    next: string;
    pageOf: (page: number, pages: number) => string;
  };
  errors: {
    summaryTitle: string;
    qTooLong: (max: number, length: number) => string;
    pageInvalid: (max: number) => string;
  };
}

/** The search page's texts in `lang`. */
export function searchMessages(lang: Lang): SearchPageMessages {
  return lang === 'en' ? searchEn : searchSv;
}
