// The content as documents for the search index: one per page and glossary entry and language.
import { LANGS } from '../engine';
import type { SearchDocument } from '../search/search-document';
import { glossaryEntryPath, knowledgePagePath } from './content-paths';
import type { ContentLibrary } from './content-types';
import { plainText } from './markdown';

/** Every page and glossary entry, in both languages, as plain text for the search index. */
export function searchDocumentsOf(library: ContentLibrary): SearchDocument[] {
  const docs: SearchDocument[] = [];
  for (const lang of LANGS) {
    for (const page of library.pages) {
      docs.push({
        id: `knowledge:${page.id}`,
        lang,
        kind: 'knowledge',
        url: knowledgePagePath(page.id),
        title: page.title[lang],
        terms: page.summary[lang],
        body: plainText(page.body[lang]),
      });
    }
    for (const entry of library.glossary) {
      const words = [...entry.procurement[lang], ...entry.civil[lang]];
      docs.push({
        id: `glossary:${entry.id}`,
        lang,
        kind: 'glossary',
        url: glossaryEntryPath(entry.id),
        title: `${entry.procurement[lang].join(', ')} – ${entry.civil[lang].join(', ')}`,
        terms: [...words, ...entry.match[lang]].join(' '),
        body: `${entry.definition[lang]}\n${entry.example[lang]}`,
      });
    }
  }
  return docs;
}
