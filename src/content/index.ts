/**
 * The knowledge base: sources, knowledge pages and the two-way glossary, read from `content/`,
 * with the Markdown renderer, the term matcher and the content lint.
 */
export * from './content-types';
export * from './content-paths';
export { parseSources } from './parse-sources';
export { parsePage, splitPage } from './parse-page';
export { parseGlossary } from './parse-glossary';
export { readContent, loadContentLibrary, contentFolder, ContentError } from './load-content';
export {
  renderMarkdown,
  plainText,
  slugify,
  type RenderedMarkdown,
  type TermRenderer,
} from './markdown';
export { termMatcher, surfaceForms, type TermMatcher, type TextSegment } from './term-matcher';
export { lintContent, CITATION_PATTERN, internalPaths } from './content-lint';
export { searchDocumentsOf } from './search-documents';
export {
  searchGlossary,
  glossaryCollator,
  glossaryHeadword,
  normalizeGlossaryText,
  GLOSSARY_SIDES,
  GLOSSARY_QUERY_MAX_LENGTH,
  type GlossarySide,
  type GlossaryHit,
  type GlossaryMatch,
  type GlossaryMatchField,
  type GlossaryQuery,
} from './glossary-search';
