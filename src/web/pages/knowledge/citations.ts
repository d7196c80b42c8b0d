// Citations of the knowledge pages: a page's legal basis (`2 kap. 1 § KL`, linked to the source)
// and the engine's citations behind a check.
import type { Citation } from '../../../engine/index';
import type { LegalBasisCitation } from '../../../domain/knowledge/index';
import { html, type Html } from '../../html';
import { renderCitations } from '../interview/citation-list';

/** One legal-basis citation, linked to its source when it has an address. */
export function renderLegalBasisCitation(c: LegalBasisCitation): Html {
  return c.url !== null
    ? html`<a class="citation" href="${c.url}">${c.text}</a>`
    : html`<span class="citation">${c.text}</span>`;
}

/** Legal-basis citations separated by commas. */
export function renderLegalBasisList(items: readonly LegalBasisCitation[]): Html {
  return html`${items.map((c, i) => html`${i > 0 && ', '}${renderLegalBasisCitation(c)}`)}`;
}

/** The engine's citations behind a statement, after a label. */
export function renderEngineCitations(label: string, citations: readonly Citation[]): Html {
  return renderCitations(label, citations);
}
