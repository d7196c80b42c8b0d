// The addresses of the knowledge base, in one place for pages, links and the lint.

/** Fixed paths of the knowledge base and the pages it links to. */
export const CONTENT_PATHS = {
  knowledge: '/kunskap',
  rulesOverTime: '/kunskap/regler-over-tid',
  rulesFeed: '/kunskap/regler-over-tid.atom',
  glossary: '/ordlista',
  search: '/sok',
  interview: '/vagledning',
  home: '/',
} as const;

/** The address of a knowledge page. */
export function knowledgePagePath(id: string): string {
  return `${CONTENT_PATHS.knowledge}/${encodeURIComponent(id)}`;
}

/** The address of a glossary entry (an anchor on the glossary page). */
export function glossaryEntryPath(id: string): string {
  return `${CONTENT_PATHS.glossary}#${encodeURIComponent(id)}`;
}
