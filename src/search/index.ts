// Full-text search over the knowledge pages and the glossary.
export { SEARCH_KINDS, type SearchDocument, type SearchKind } from './search-document';
export {
  InvalidSearchDocumentError,
  SEARCH_INDEX_HASH_KEY,
  searchIndexHash,
  syncSearchIndex,
  type SearchIndexSync,
} from './search-index';
export {
  DEFAULT_SEARCH_LIMIT,
  searchDocuments,
  type SearchHit,
  type SearchRequest,
  type SearchResult,
} from './search-query';
export type { SnippetSegment } from './snippet-segments';
export { buildTsQuery, queryWords, type TsQuery } from './tsquery-builder';
export {
  integerParam,
  MAX_QUERY_LENGTH,
  MAX_SEARCH_LIMIT,
  MAX_SEARCH_OFFSET,
  readSearchParams,
  type SearchParams,
  type SearchParamsResult,
} from './search-params';
export { hrefOf } from './search-href';
