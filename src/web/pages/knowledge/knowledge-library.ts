// The content library as the knowledge pages use it: read once, with its sources and pages by id.
// Content that is being written may be incomplete; the pages then show what can be read (the
// content lint in the test suite is what insists on completeness).
import {
  ContentError,
  loadContentLibrary,
  readContent,
  type ContentLibrary,
  type KnowledgePage,
  type Source,
} from '../../../content/index';

/** The library with look-ups the pages need. */
export interface KnowledgeLibrary {
  library: ContentLibrary;
  sources: ReadonlyMap<string, Source>;
  pages: ReadonlyMap<string, KnowledgePage>;
}

/** Indexes a content library for the pages. */
export function indexLibrary(library: ContentLibrary): KnowledgeLibrary {
  return {
    library,
    sources: new Map(library.sources.map((s) => [s.id, s])),
    pages: new Map(library.pages.map((p) => [p.id, p])),
  };
}

let cached: KnowledgeLibrary | undefined;

/** The installation's content library, indexed; what can be read when some content is broken. */
export function knowledgeLibrary(): KnowledgeLibrary {
  if (cached !== undefined) return cached;
  let library: ContentLibrary;
  try {
    library = loadContentLibrary();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    library = readContent().library;
  }
  cached = indexLibrary(library);
  return cached;
}
