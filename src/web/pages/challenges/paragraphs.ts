// Text as people typed it, in paragraphs and lines, escaped like every other text.
import { html, type Html } from '../../html';

/** Paragraphs at blank lines, line breaks kept within them. */
export function paragraphs(text: string): Html {
  return html`${text
    .split(/\r?\n\s*\r?\n/)
    .map((para) => para.trim())
    .filter((para) => para !== '')
    .map(
      (para) =>
        html`<p>${para.split(/\r?\n/).map((line, i) => html`${i > 0 && html`<br />`}${line}`)}</p>`,
    )}`;
}
