// The parts both matching pages share: a ranked entry with its score and reasons, and the pages.
import type { Lang } from '../../../engine/index';
import { matchReasonText, type MatchReason, type MatchView } from '../../../domain/matching/index';
import { html, type Html } from '../../html';
import { matchingMessages } from '../../locales/matching-messages';

/** Matches per page. */
export const MATCHES_PER_PAGE = 20;

/** The score and the reasons of one match, as sentences. */
export function scoreAndReasons(
  lang: Lang,
  view: MatchView,
  score: number,
  reasons: readonly MatchReason[],
  id: string,
): Html {
  const t = matchingMessages(lang);
  return html`<p class="match__score"><strong>${t.score(score)}</strong></p>
    <h3 class="visually-hidden" id="${id}-why">${t.reasonsLabel}</h3>
    <ul class="list-bullet match__reasons" aria-labelledby="${id}-why">
      ${reasons.map(
        (r) =>
          html`<li>
            ${matchReasonText(r, lang, view)}
            ${r.points > 0 && html` <span class="match__points">(+${r.points})</span>`}
          </li>`,
      )}
    </ul>`;
}

/** The links to the previous and next pages; `href(n)` is the address of page n. */
export function matchPagination(
  lang: Lang,
  page: number,
  total: number,
  href: (page: number) => string,
): Html | false {
  const pages = Math.max(1, Math.ceil(total / MATCHES_PER_PAGE));
  if (pages <= 1 && page <= 1) return false;
  const t = matchingMessages(lang).pagination;
  return html`<nav class="pagination" aria-label="${t.label}">
    ${page > 1 && html`<a href="${href(Math.min(page - 1, pages))}" rel="prev">${t.previous}</a>`}
    <span>${t.pageOf(page, pages)}</span>
    ${page < pages && html`<a href="${href(page + 1)}" rel="next">${t.next}</a>`}
  </nav>`;
}

/** The address of `path` with the query `params` (empty values left out) and the language. */
export function hrefWith(path: string, params: Record<string, string>, lang: Lang): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== '') query.set(key, value);
  if (lang !== 'sv') query.set('lang', lang);
  const text = query.toString();
  return text === '' ? path : `${path}?${text}`;
}
