// The glossary (ordlista): every concept with the words of both sides next to each other, its
// plain-language meaning, an example, its sources and the forms it belongs to. A search form
// (GET, no script) finds a concept from either side's words; a listing by one side's words reads
// like a dictionary from that side.
import {
  CONTENT_PATHS,
  glossaryCollator,
  glossaryEntryPath,
  knowledgePagePath,
  type ContentLibrary,
  type GlossaryEntry,
  type GlossaryHit,
  type GlossarySide,
} from '../../../content';
import type { Lang } from '../../../engine/index';
import { errorSummary, fieldErrorMessage } from '../../error-summary';
import { html, type Html } from '../../html';
import { glossaryMessages } from '../../locales/glossary-messages';
import { webMessages } from '../../locales/index';
import { renderPage } from '../../page-layout';
import { hrefInLang, pathInLang } from '../../request-lang';

/** The `sida` parameter's values, in Swedish like the page's address. */
export const SIDE_PARAMS: Record<GlossarySide, string> = {
  procurement: 'upphandling',
  civil: 'civilsamhalle',
};

/** The ids of the search form's inputs: error messages link to them. */
export const GLOSSARY_INPUT_IDS = { q: 'q', side: 'sida' } as const;

/** A problem with the search, shown at the top and beside its input. */
export interface GlossaryInputError {
  input: keyof typeof GLOSSARY_INPUT_IDS;
  text: string;
}

/** Everything the glossary page shows. */
export interface GlossaryView {
  lang: Lang;
  library: ContentLibrary;
  /** The search text as typed. */
  q: string;
  /** The `sida` parameter as given ('' for none). */
  sideParam: string;
  side: GlossarySide | null;
  /** The result of the search; null when the request had errors. */
  hits: readonly GlossaryHit[] | null;
  errors: readonly GlossaryInputError[];
}

const OTHER_SIDE: Record<GlossarySide, GlossarySide> = {
  procurement: 'civil',
  civil: 'procurement',
};

/** The glossary page. */
export function renderGlossaryPage(view: GlossaryView): string {
  const { lang } = view;
  const t = glossaryMessages(lang);
  const q = view.q.trim();
  const listing = view.hits !== null && q === '' && view.side === null;
  const heading =
    view.hits === null
      ? null
      : q !== ''
        ? t.hitsHeading(view.hits.length, q)
        : view.side !== null
          ? t.sideHeading[view.side]
          : null;
  const main = html`${view.errors.length > 0 && renderErrors(lang, view.errors)}
    <h1>${t.title}</h1>
    <p class="lead">${t.lead}</p>
    <p>${t.intro}</p>
    ${searchForm(view)} ${listing && view.hits !== null && fullListing(view, view.hits)}
    ${
      !listing &&
      view.hits !== null &&
      html`<h2 id="glossary-result">${heading}</h2>
        ${view.hits.length === 0 ? noHits(lang, q) : results(view, view.hits)}`
    }`;
  const title = [
    view.errors.length > 0 ? t.errors.titlePrefix : '',
    heading !== null ? `${heading} – ${t.title}` : t.title,
    ' – samverka',
  ].join('');
  const query = new URLSearchParams();
  if (view.q !== '') query.set('q', view.q);
  if (view.sideParam !== '') query.set('sida', view.sideParam);
  return renderPage({
    lang,
    title,
    path: CONTENT_PATHS.glossary,
    query: query.toString(),
    description: t.metaDescription,
    main,
  });
}

function renderErrors(lang: Lang, errors: readonly GlossaryInputError[]): Html {
  return errorSummary(
    glossaryMessages(lang).errors.summaryTitle,
    errors.map((e) => ({ text: e.text, href: `#${GLOSSARY_INPUT_IDS[e.input]}` })),
  );
}

function fieldError(lang: Lang, error: GlossaryInputError | undefined, id: string): Html | false {
  return (
    error !== undefined &&
    fieldErrorMessage(webMessages(lang).interview.errorPrefix, id, [error.text])
  );
}

function searchForm(view: GlossaryView): Html {
  const { lang } = view;
  const t = glossaryMessages(lang).search;
  const qError = view.errors.find((e) => e.input === 'q');
  const sideError = view.errors.find((e) => e.input === 'side');
  const ids = GLOSSARY_INPUT_IDS;
  const options: [string, string][] = [
    ['', t.sideAll],
    [SIDE_PARAMS.procurement, t.sides.procurement],
    [SIDE_PARAMS.civil, t.sides.civil],
  ];
  return html`<form
    class="glossary-search"
    method="get"
    action="${CONTENT_PATHS.glossary}"
    role="search"
    aria-labelledby="glossary-search-heading"
  >
    <h2 id="glossary-search-heading">${t.heading}</h2>
    ${lang !== 'sv' && html`<input type="hidden" name="lang" value="${lang}" />`}
    <div class="form-group${qError !== undefined ? ' form-group--error' : ''}">
      <label class="label label--bold" for="${ids.q}">${t.label}</label>
      <div class="hint" id="${ids.q}-hint">${t.hint}</div>
      ${fieldError(lang, qError, `${ids.q}-error`)}
      <input
        class="input input--width-20"
        id="${ids.q}"
        name="q"
        type="search"
        value="${view.q}"
        autocomplete="off"
        spellcheck="false"
        aria-describedby="${ids.q}-hint${qError !== undefined ? ` ${ids.q}-error` : ''}"
        ${qError !== undefined && html` aria-invalid="true"`}
      />
    </div>
    <div class="form-group${sideError !== undefined ? ' form-group--error' : ''}">
      <label class="label label--bold" for="${ids.side}">${t.sideLabel}</label>
      ${fieldError(lang, sideError, `${ids.side}-error`)}
      <select
        class="input"
        id="${ids.side}"
        name="sida"
        ${sideError !== undefined && html` aria-invalid="true" aria-describedby="${ids.side}-error"`}
      >
        ${options.map(
          ([value, label]) =>
            html`<option value="${value}" ${value === view.sideParam && html` selected`}>
              ${label}
            </option>`,
        )}
      </select>
    </div>
    <p class="search">
      <button type="submit" class="button">${t.button}</button>
      ${
        (view.q !== '' || view.sideParam !== '') &&
        html`<a class="glossary-search__all" href="${pathInLang(CONTENT_PATHS.glossary, lang)}"
          >${t.showAll}</a
        >`
      }
    </p>
  </form>`;
}

function noHits(lang: Lang, q: string): Html {
  const t = glossaryMessages(lang);
  const search = hrefInLang(CONTENT_PATHS.search, new URLSearchParams({ q }).toString(), lang);
  return html`<p>${t.noHits(q)}</p>
    <p><a href="${search}">${t.searchSiteLink}</a></p>`;
}

/** The first letter of a word, as the index groups it. */
function initial(word: string): string {
  return word.charAt(0).toLocaleUpperCase('sv');
}

/** Every entry, A–Ö by its procurement word, with an index of them at the top. */
function fullListing(view: GlossaryView, hits: readonly GlossaryHit[]): Html {
  const { lang } = view;
  const t = glossaryMessages(lang);
  const groups: { letter: string; hits: GlossaryHit[] }[] = [];
  const collator = glossaryCollator(lang);
  for (const hit of hits) {
    const letter = initial(hit.term);
    const last = groups.at(-1);
    if (last !== undefined && collator.compare(last.letter, letter) === 0) last.hits.push(hit);
    else groups.push({ letter, hits: [hit] });
  }
  // Entry ids are lower case: an id with an upper-case letter cannot clash with one.
  const letterId = (i: number) => `Letter-${i + 1}`;
  return html`<nav class="glossary-index" aria-labelledby="glossary-index-heading">
      <h2 id="glossary-index-heading">${t.indexHeading}</h2>
      <ul class="glossary-index__letters">
        ${groups.map(
          (g, i) =>
            html`<li>
              <a class="glossary-index__letter" href="#${letterId(i)}">${g.letter}</a>
              <ul class="glossary-index__entries">
                ${g.hits.map((h) => html`<li><a href="#${h.entry.id}">${h.term}</a></li>`)}
              </ul>
            </li>`,
        )}
      </ul>
    </nav>
    ${groups.map(
      (g, i) =>
        html`<div class="glossary-letter">
          <h2 id="${letterId(i)}">${g.letter}</h2>
          ${g.hits.map((h) => entrySection(view, h, true))}
        </div>`,
    )}`;
}

function results(view: GlossaryView, hits: readonly GlossaryHit[]): Html {
  return view.side === null
    ? html`${hits.map((h) => entrySection(view, h, false))}`
    : sideTable(view, view.side, hits);
}

/** One side's words, A–Ö, each with the other side's words and the meaning. */
function sideTable(view: GlossaryView, side: GlossarySide, hits: readonly GlossaryHit[]): Html {
  const { lang } = view;
  const t = glossaryMessages(lang);
  const other = OTHER_SIDE[side];
  return html`<div class="table-scroll">
    <table class="data-table glossary-table">
      <thead>
        <tr>
          <th scope="col">${t.says[side]}</th>
          <th scope="col">${t.says[other]}</th>
          <th scope="col">${t.columns.meaning}</th>
        </tr>
      </thead>
      <tbody>
        ${hits.map(
          (h) =>
            html`<tr>
              <th scope="row">
                <a href="${pathInLang(glossaryEntryPath(h.entry.id), lang)}">${h.term}</a>
              </th>
              <td>${h.entry[other][lang].join(', ')}</td>
              <td>
                ${h.entry.definition[lang]}
                ${h.match !== null && html`<span class="glossary-match">${matchText(lang, h)}</span>`}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function matchText(lang: Lang, hit: GlossaryHit): string {
  const m = hit.match;
  if (m === null) return '';
  return glossaryMessages(lang).matched(m.field, m.text, m.lang !== lang);
}

function termList(words: readonly string[], marked: string | null): Html {
  return html`<ul class="glossary-terms">
    ${words.map((w) => html`<li>${w === marked ? html`<mark>${w}</mark>` : w}</li>`)}
  </ul>`;
}

/**
 * One entry. On the full listing, related entries are anchors on the same page; in a search
 * result they may not be shown, so they link to the full listing.
 */
function entrySection(view: GlossaryView, hit: GlossaryHit, wholeList: boolean): Html {
  const { lang, library } = view;
  const t = glossaryMessages(lang);
  const forms = webMessages(lang).home.forms;
  const { entry, match } = hit;
  const marked = match !== null && match.lang === lang ? match.text : null;
  const sources = entry.sources.flatMap((id) => library.sources.filter((s) => s.id === id));
  const related = entry.related.flatMap((id) => library.glossary.filter((e) => e.id === id));
  const relatedHref = (e: GlossaryEntry) =>
    wholeList ? `#${e.id}` : pathInLang(glossaryEntryPath(e.id), lang);
  const row = (label: string, value: Html | string) =>
    html`<div class="glossary-details__row">
      <dt>${label}</dt>
      <dd>${value}</dd>
    </div>`;
  return html`<section class="glossary-entry" id="${entry.id}">
    <h3 class="glossary-entry__heading">${entry.procurement[lang].join(', ')}</h3>
    ${match !== null && html`<p class="glossary-match">${matchText(lang, hit)}</p>`}
    <dl class="glossary-sides">
      ${(['procurement', 'civil'] as const).map(
        (side) =>
          html`<div class="glossary-side glossary-side--${side}">
            <dt>${t.says[side]}</dt>
            <dd>${termList(entry[side][lang], match?.field === side ? marked : null)}</dd>
          </div>`,
      )}
    </dl>
    <dl class="glossary-details">
      ${row(t.definition, entry.definition[lang])} ${row(t.example, entry.example[lang])}
      ${
        sources.length > 0 &&
        row(
          t.sources,
          html`<ul class="glossary-list">
            ${sources.map(
              (s) =>
                html`<li>
                  <a href="${s.url}">${s.title[lang]}</a>
                  ${
                    !s.verified &&
                    html`<br /><span class="not-verified">${t.notVerified}</span> ${s.note?.[lang]}`
                  }
                </li>`,
            )}
          </ul>`,
        )
      }
      ${
        entry.forms.length > 0 &&
        row(
          t.forms,
          html`<ul class="glossary-list">
            ${entry.forms.map(
              (f) =>
                html`<li><a href="${pathInLang(knowledgePagePath(f), lang)}">${forms[f]}</a></li>`,
            )}
          </ul>`,
        )
      }
      ${
        related.length > 0 &&
        row(
          t.related,
          html`<ul class="glossary-list">
            ${related.map(
              (e) =>
                html`<li><a href="${relatedHref(e)}">${e.procurement[lang].join(', ')}</a></li>`,
            )}
          </ul>`,
        )
      }
    </dl>
  </section>`;
}
