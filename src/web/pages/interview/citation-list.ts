// Citations as a lawyer writes them, each linked to its legal source where one is known.
import { formatCitation, type Citation } from '../../../engine/index';
import { html, type Html } from '../../html';

/** One citation, linked when it has an address. */
export function renderCitation(c: Citation): Html {
  const text = formatCitation(c);
  return c.url !== null ? html`<a href="${c.url}">${text}</a>` : html`${text}`;
}

/** The citations behind a statement, after a label ("Lagrum:"); nothing when there are none. */
export function renderCitations(label: string, citations: readonly Citation[]): Html {
  if (citations.length === 0) return html``;
  const seen = new Set<string>();
  const unique = citations.filter((c) => {
    const key = `${formatCitation(c)} ${c.url ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return html` <span class="citations"
    >${label} ${unique.map((c, i) => html`${i > 0 && ', '}${renderCitation(c)}`)}</span
  >`;
}
