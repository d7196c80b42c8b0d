// What the search index holds: one document per knowledge page or glossary entry and language.

/** A text the search can find, as the content library hands it over. */
export interface SearchDocument {
  /** Stable id, e.g. `knowledge:iop` or `glossary:anbud`. */
  id: string;
  lang: 'sv' | 'en';
  kind: 'knowledge' | 'glossary';
  /** Path without language, e.g. `/kunskap/iop` or `/ordlista#anbud`. */
  url: string;
  title: string;
  /** Extra words weighted high (a glossary entry's terms of both sides); may be empty. */
  terms: string;
  /** Plain text, no markup. */
  body: string;
}

/** The kinds of document, in the order pages list them. */
export const SEARCH_KINDS = ['knowledge', 'glossary'] as const;

/** A kind of document. */
export type SearchKind = (typeof SEARCH_KINDS)[number];
