// The search page (/sok): a GET form that works without script, and the hits with their kind,
// a snippet with the matched words in <mark>, the count and links to further pages. Snippets
// arrive as plain text segments and are escaped like any other text.
import type { Lang } from '../../../engine/index';
import { hrefOf, type SearchResult } from '../../../search/index';
import { errorSummary, fieldErrorMessage } from '../../error-summary';
import { html, type Html } from '../../html';
import { searchMessages } from '../../locales/search-messages';
import { webMessages } from '../../locales/index';
import { renderPage } from '../../page-layout';
import { hrefInLang, pathInLang } from '../../request-lang';

/** The search page's address, and those its advice links to. */
export const SEARCH_PATHS = { search: '/sok', glossary: '/ordlista', knowledge: '/kunskap' };

/** Hits per page. */
export const HITS_PER_PAGE = 20;

/** A problem with the request, shown at the top and beside the search field. */
export interface SearchPageError {
  input: 'q' | 'page';
  text: string;
}

/** Everything the search page shows. */
export interface SearchView {
  lang: Lang;
  /** The search words as typed; undefined before a search. */
  q: string | undefined;
  /** The page of hits, from 1. */
  page: number;
  result: SearchResult | undefined;
  errors: readonly SearchPageError[];
}

const Q_ID = 'q';

/** The search page. */
export function renderSearchPage(view: SearchView): string {
  const { lang, q } = view;
  const t = searchMessages(lang);
  const searched = q !== undefined && view.errors.length === 0 && view.result !== undefined;
  return renderPage({
    lang,
    path: SEARCH_PATHS.search,
    query: q === undefined ? '' : new URLSearchParams({ q }).toString(),
    title: `${searched && q.trim() !== '' ? t.resultsTitle(q.trim()) : t.title} – samverka`,
    description: t.metaDescription,
    main: html`${view.errors.length > 0 && renderErrors(lang, view.errors)}
      <h1>${t.title}</h1>
      <p class="lead">${t.lead}</p>
      ${searchForm(view)} ${searched && results(lang, q.trim(), view.page, view.result!)}`,
  });
}

function renderErrors(lang: Lang, errors: readonly SearchPageError[]): Html {
  return errorSummary(
    searchMessages(lang).errors.summaryTitle,
    errors.map((e) => ({ text: e.text, href: e.input === 'q' ? `#${Q_ID}` : undefined })),
  );
}

function searchForm(view: SearchView): Html {
  const { lang } = view;
  const t = searchMessages(lang);
  const qError = view.errors.find((e) => e.input === 'q');
  const errorId = `${Q_ID}-error`;
  return html`<form
    class="site-search"
    method="get"
    action="${SEARCH_PATHS.search}"
    role="search"
    aria-label="${t.formLabel}"
  >
    ${lang !== 'sv' && html`<input type="hidden" name="lang" value="${lang}" />`}
    <div class="form-group${qError !== undefined ? ' form-group--error' : ''}">
      <label class="label label--bold" for="${Q_ID}">${t.label}</label>
      <div class="hint" id="${Q_ID}-hint">${t.hint}</div>
      ${
        qError !== undefined &&
        fieldErrorMessage(webMessages(lang).interview.errorPrefix, errorId, [qError.text])
      }
      <div class="search">
        <input
          class="input input--width-20"
          id="${Q_ID}"
          name="q"
          type="search"
          value="${view.q ?? ''}"
          aria-describedby="${Q_ID}-hint${qError !== undefined ? ` ${errorId}` : ''}"
          ${qError !== undefined && html`aria-invalid="true"`}
        />
        <button type="submit" class="button">${t.button}</button>
      </div>
    </div>
  </form>`;
}

function results(lang: Lang, q: string, page: number, result: SearchResult): Html {
  const t = searchMessages(lang);
  if (result.words.length === 0) return html`<p class="search-status">${t.noWords}</p>`;
  if (result.total === 0) {
    const a = t.noHitsAdvice;
    return html`<p class="search-status">${t.noHits(q)}</p>
      <p>
        ${a.before}<a href="${pathInLang(SEARCH_PATHS.glossary, lang)}">${a.glossaryLink}</a
        >${a.between}<a href="${pathInLang(SEARCH_PATHS.knowledge, lang)}">${a.knowledgeLink}</a
        >${a.after}
      </p>`;
  }
  const first = (page - 1) * HITS_PER_PAGE + 1;
  const last = first + result.hits.length - 1;
  return html`<h2 class="search-status" id="search-count">${t.count(result.total, q)}</h2>
    ${
      result.hits.length > 0 &&
      result.total > HITS_PER_PAGE &&
      html`<p>${t.showing(first, last)}</p>`
    }
    <ol class="search-results" aria-labelledby="search-count">
      ${result.hits.map(
        (hit) =>
          html`<li class="search-hit">
            <h3 class="search-hit__title"><a href="${hrefOf(hit.url, lang)}">${hit.title}</a></h3>
            <p class="search-hit__kind">${t.kinds[hit.kind]}</p>
            <p class="search-hit__snippet">
              ${hit.snippet.map((s) => (s.mark ? html`<mark>${s.text}</mark>` : s.text))}
            </p>
          </li>`,
      )}
    </ol>
    ${pagination(lang, q, page, result.total)}`;
}

function pagination(lang: Lang, q: string, page: number, total: number): Html | false {
  const pages = Math.ceil(total / HITS_PER_PAGE);
  if (pages <= 1) return false;
  const t = searchMessages(lang).pagination;
  const href = (n: number) =>
    hrefInLang(
      SEARCH_PATHS.search,
      new URLSearchParams(n === 1 ? { q } : { q, page: String(n) }).toString(),
      lang,
    );
  return html`<nav class="pagination" aria-label="${t.label}">
    ${page > 1 && html`<a href="${href(Math.min(page - 1, pages))}" rel="prev">${t.previous}</a>`}
    <span>${t.pageOf(page, pages)}</span>
    ${page < pages && html`<a href="${href(page + 1)}" rel="next">${t.next}</a>`}
  </nav>`;
}
