// The decision memo as a small document tree: headings, paragraphs, lists, tables and fields to
// fill in. The model builds it once; the Markdown, DOCX and PDF renderers only lay it out, so the
// three formats cannot say different things.
import type { Lang } from '../engine';

/** A run of text; a link when `url` is set. */
export interface Inline {
  text: string;
  url?: string;
}

/** One block of the memo. */
export type MemoBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; content: Inline[] }
  /** A short bold label that introduces the list after it ("Skäl", "Villkor"). */
  | { kind: 'label'; text: string }
  | { kind: 'list'; items: Inline[][] }
  /** A table with one header row; every cell is plain text. */
  | { kind: 'table'; head: string[]; rows: string[][] }
  /** Fields for the reader to fill in by hand: a label and an empty space each. */
  | { kind: 'fill-in'; head: [string, string]; fields: readonly string[] };

/** A whole memo, ready to render. */
export interface MemoDocument {
  lang: Lang;
  /** BCP 47 tag of the text (`sv-SE`). */
  languageTag: string;
  title: string;
  /** Short name for page footers (`Beslutsunderlag`). */
  documentName: string;
  /** The day the memo was produced (YYYY-MM-DD). */
  producedOn: string;
  /** The download's file name without extension: `beslutsunderlag-2026-11-27`. */
  fileName: string;
  /** Footer of every page with `{page}` and `{pages}` to fill in: `Sida {page} av {pages}`. */
  pageTemplate: string;
  blocks: MemoBlock[];
}

/** The plain text of a run of inlines. */
export function inlineText(content: readonly Inline[]): string {
  return content.map((i) => i.text).join('');
}

/** The page footer of page `page` of `pages`. */
export function pageLabel(template: string, page: number, pages: number): string {
  return template.replace('{page}', String(page)).replace('{pages}', String(pages));
}
