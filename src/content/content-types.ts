/**
 * The knowledge base as data: sources, knowledge pages and the two-way glossary, read from the
 * Markdown and YAML files in `content/` (see content/README.md for the format).
 */
import type { Lang, Localized } from '../engine';
import type { FormId } from '../rules';

/** What kind of document a source is. */
export const SOURCE_KINDS = ['act', 'eu-act', 'bill', 'judgment', 'guidance', 'report'] as const;
/** One of {@link SOURCE_KINDS}. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A legal or official source the content cites. */
export interface Source {
  id: string;
  /** How a citation names it after the chapter and section: `LOU`. */
  short: string;
  kind: SourceKind;
  title: Localized;
  url: string;
  /** False when samverka relies on it without having read it; `note` says what is open. */
  verified: boolean;
  note: Localized | null;
}

/** A citation in a page's legal basis: a source and, for an act, where in it. */
export interface LegalBasisItem {
  source: string;
  ref: string | null;
}

/** The aspects the comparison on /kunskap shows, one short phrase each. */
export const COMPARE_ASPECTS = [
  'initiative',
  'defines',
  'money',
  'competition',
  'length',
  'risks',
  'who',
] as const;
/** One of {@link COMPARE_ASPECTS}. */
export type CompareAspect = (typeof COMPARE_ASPECTS)[number];

/** The kinds of knowledge page. */
export const PAGE_KINDS = ['form', 'guide'] as const;
/** One of {@link PAGE_KINDS}. */
export type PageKind = (typeof PAGE_KINDS)[number];

/** A knowledge page: front matter and a Markdown body per language. */
export interface KnowledgePage {
  id: string;
  kind: PageKind;
  /** For form pages: the form the page explains (equal to `id`). */
  form: FormId | null;
  title: Localized;
  summary: Localized;
  sources: string[];
  verifiedOn: string;
  legalBasis: LegalBasisItem[];
  compare: Record<CompareAspect, Localized> | null;
  /** Permalink parameters that pre-fill the guided interview for this form. */
  interview: Record<string, string>;
  /** Markdown of each language part, without the marker comments. */
  body: Localized;
  /** The file the page was read from, relative to the content folder, for messages. */
  file: string;
}

/** Terms in both languages. */
export type Terms = Record<Lang, string[]>;

/** One concept of the glossary, seen from both sides. */
export interface GlossaryEntry {
  id: string;
  /** The public buyer's words. */
  procurement: Terms;
  /** The idéburen organisation's words. */
  civil: Terms;
  /** More word forms that mark the term up in running text. */
  match: Terms;
  /** Terms of the entry that are everyday words and are not marked up in running text. */
  skip: Terms;
  definition: Localized;
  example: Localized;
  /** True when the definition rests on law or official guidance. */
  legal: boolean;
  sources: string[];
  forms: FormId[];
  related: string[];
}

/** Everything in the content folder, parsed. */
export interface ContentLibrary {
  sources: Source[];
  pages: KnowledgePage[];
  glossary: GlossaryEntry[];
}

/** A problem found while reading or checking content, for the lint and for start-up errors. */
export interface ContentProblem {
  file: string;
  message: string;
}
