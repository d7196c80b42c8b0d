/**
 * The content lint: what must hold across the content files for the knowledge base to be
 * trustworthy — every translation present, every internal link alive, every citation backed by a
 * source, every form explained.
 */
import { LANGS } from '../engine';
import { FORM_IDS } from '../rules';
import { CONTENT_PATHS, glossaryEntryPath, knowledgePagePath } from './content-paths';
import type { ContentLibrary, ContentProblem, KnowledgePage } from './content-types';
import { COMPARE_ASPECTS } from './content-types';
import { renderMarkdown } from './markdown';

/**
 * Text that cites law or case law: a chapter, a section sign, a judgment, a bill, an SFS number,
 * an article, a government report.
 */
export const CITATION_PATTERN =
  /\d+\s*kap\.|§|\bHFD\s+\d{4}|\bC-\d+\/\d{2}\b|\bprop\.\s*\d{4}|\bSFS\s*\d{4}|\(\d{4}:\d+\)|\bart(?:\.|ikel|icle)\s*\d+|\bDs\s+\d{4}:\d+|\bSOU\s+\d{4}:\d+/i;

/** Every internal path a link in content may point to. */
export function internalPaths(library: ContentLibrary): Set<string> {
  return new Set<string>([
    ...Object.values(CONTENT_PATHS),
    ...library.pages.map((p) => knowledgePagePath(p.id)),
    ...library.glossary.map((e) => glossaryEntryPath(e.id)),
  ]);
}

function h2Count(markdown: string): number {
  return renderMarkdown(markdown).headings.filter((h) => h.level === 2).length;
}

function lintPage(
  page: KnowledgePage,
  library: ContentLibrary,
  paths: Set<string>,
  sourceIds: Set<string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (message: string) => problems.push({ file: page.file, message });
  for (const id of page.sources) {
    if (!sourceIds.has(id)) at(`sources: unknown source ${id} (add it to sources.yaml)`);
  }
  if (page.kind === 'form' && page.sources.length === 0) at('sources: a form page needs sources');
  for (const item of page.legalBasis) {
    if (!page.sources.includes(item.source)) {
      at(`legalBasis: ${item.source} is not in the page's sources`);
    }
  }
  const texts: [string, string][] = [
    ['title', `${page.title.sv} ${page.title.en}`],
    ['summary', `${page.summary.sv} ${page.summary.en}`],
    ...COMPARE_ASPECTS.map((a): [string, string] => [
      `compare.${a}`,
      `${page.compare?.[a].sv} ${page.compare?.[a].en}`,
    ]),
  ];
  for (const [field, text] of texts) {
    if (CITATION_PATTERN.test(text)) {
      at(`${field}: holds a citation; put citations in legalBasis or as source: links in the body`);
    }
  }
  if (h2Count(page.body.sv) !== h2Count(page.body.en)) {
    at(
      `body: the Swedish part has ${h2Count(page.body.sv)} sections (##) and the English part ` +
        `${h2Count(page.body.en)}; a section is missing its translation`,
    );
  }
  for (const lang of LANGS) {
    const rendered = renderMarkdown(page.body[lang]);
    for (const citation of rendered.citations) {
      if (!sourceIds.has(citation.href)) {
        at(`body.${lang}: citation "${citation.text}" names unknown source ${citation.href}`);
      } else if (!page.sources.includes(citation.href)) {
        at(
          `body.${lang}: citation "${citation.text}" cites ${citation.href}, not in the page's sources`,
        );
      }
    }
    for (const text of rendered.uncitedText) {
      const m = CITATION_PATTERN.exec(text);
      if (m !== null) {
        at(
          `body.${lang}: citation without a source near "${text.trim().slice(0, 60)}" (make "${m[0]}" part of a [..](source:id) link)`,
        );
      }
    }
    for (const link of rendered.links) {
      if (/^https?:\/\//.test(link.href) || link.href.startsWith('mailto:')) continue;
      if (!paths.has(link.href)) at(`body.${lang}: dead internal link ${link.href}`);
    }
  }
  return problems;
}

/** Checks the content as a whole; an empty list means the content is sound. */
export function lintContent(library: ContentLibrary): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sourceIds = new Set(library.sources.map((s) => s.id));
  const paths = internalPaths(library);
  const seen = new Set<string>();
  for (const source of library.sources) {
    if (seen.has(`source:${source.id}`)) {
      problems.push({ file: 'sources.yaml', message: `source ${source.id} is listed twice` });
    }
    seen.add(`source:${source.id}`);
  }
  for (const page of library.pages) {
    if (seen.has(`page:${page.id}`)) {
      problems.push({ file: page.file, message: `page id ${page.id} is used twice` });
    }
    seen.add(`page:${page.id}`);
    problems.push(...lintPage(page, library, paths, sourceIds));
  }
  for (const form of FORM_IDS) {
    if (!library.pages.some((p) => p.kind === 'form' && p.form === form)) {
      problems.push({ file: `kunskap/${form}.md`, message: `the form ${form} has no page` });
    }
  }
  const entryIds = new Set<string>();
  for (const entry of library.glossary) {
    const at = (message: string) =>
      problems.push({ file: 'ordlista.yaml', message: `entry ${entry.id}: ${message}` });
    if (entryIds.has(entry.id)) at('the id is used twice');
    entryIds.add(entry.id);
    for (const id of entry.sources) if (!sourceIds.has(id)) at(`unknown source ${id}`);
    const text = LANGS.map((l) => `${entry.definition[l]} ${entry.example[l]}`).join(' ');
    if (CITATION_PATTERN.test(text) && entry.sources.length === 0) {
      at('the definition or example cites law but the entry has no sources');
    }
  }
  for (const entry of library.glossary) {
    for (const id of entry.related) {
      if (!entryIds.has(id)) {
        problems.push({
          file: 'ordlista.yaml',
          message: `entry ${entry.id}: related ${id} does not exist`,
        });
      }
    }
  }
  return problems;
}
