// The public directory: a search with filters (a GET form, so every result has an address and
// works without a script), the number found, a page of entries, page links that keep the
// filters, help when nothing is found, the export and, for public bodies, a way to suggest.
import type { ActorSearchHit, ActorSearchResult } from '../../../directory/index';
import { ACTOR_KINDS, areaName, GOAL_IDS, goalName } from '../../../domain/directory/index';
import type { Lang } from '../../../engine/index';
import { countyList, findMunicipality, municipalityList } from '../../../reference/index';
import { LEGAL_FORMS } from '../../../rules/index';
import { selectField, textField } from '../../form-fields';
import { html, type Html } from '../../html';
import { directoryMessages } from '../../locales/directory-messages';
import { organisationMessages } from '../../locales/organisation-messages';
import { renderPage } from '../../page-layout';
import { pathInLang } from '../../request-lang';
import { actorHref, DIRECTORY_PATHS, exportHref, listHref } from './directory-paths';
import {
  ACTORS_PER_PAGE,
  directoryQueryText,
  FILTER_PARAMS,
  type DirectoryQuery,
} from './directory-search-query';

/** What the list shows. */
export interface DirectoryListView {
  lang: Lang;
  query: DirectoryQuery;
  result: ActorSearchResult;
  /** the viewer is a member of a public body who may suggest an organisation */
  canSuggest: boolean;
}

/** Areas shown in a hit before "and n more". */
const AREAS_SHOWN = 4;
/** Characters of the description shown in a hit. */
const SNIPPET_LENGTH = 220;

/** The list page. */
export function renderDirectoryListPage(view: DirectoryListView): string {
  const { lang, query, result } = view;
  const t = directoryMessages(lang).list;
  // Above the exact limit the number of pages is not known: there is a next page while pages
  // are full.
  const pages = result.exact
    ? Math.max(1, Math.ceil(result.total / ACTORS_PER_PAGE))
    : query.page + (result.hits.length === ACTORS_PER_PAGE ? 1 : 0);
  const heading = result.exact ? t.total(result.total) : t.totalMore(result.total);
  return renderPage({
    lang,
    path: DIRECTORY_PATHS.list,
    query: directoryQueryText(query.filters, query.page),
    title: `${t.title} – samverka`,
    main: html`<h1>${t.heading}</h1>
      <p class="lead">${t.lead}</p>
      ${ignoredNotice(view)} ${searchForm(view)}
      <section aria-labelledby="results-heading">
        <h2 id="results-heading">${heading}</h2>
        ${!result.exact && html`<p>${t.notCounted(result.total)}</p>`}
        ${query.filters.q !== '' && html`<p>${t.searchedFor(query.filters.q)}</p>`}
        ${
          result.hits.length > 0
            ? html`<ol class="search-results">
                ${result.hits.map((hit) => hitItem(lang, hit))}
              </ol>`
            : result.total > 0
              ? html`<p>${t.pastLastPage}</p>
                  <p>
                    <a href="${listHref(directoryQueryText(query.filters), lang)}"
                      >${t.backToFirstPage}</a
                    >
                  </p>`
              : directoryQueryText(query.filters) === ''
                ? html`<p>${t.emptyDirectory}</p>
                    <ul class="list-bullet">
                      ${t.emptyDirectoryHelp.map((line) => html`<li>${line}</li>`)}
                    </ul>`
                : html`<p>${t.noResults}</p>
                    <ul class="list-bullet">
                      ${t.noResultsHelp.map((line) => html`<li>${line}</li>`)}
                    </ul>`
        }
        ${pagination(view, pages)}
      </section>
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">${t.exportHeading}</h2>
        <p>${t.exportLead}</p>
        <ul class="list-bullet">
          <li><a href="${exportHref('csv')}">${t.exportCsv}</a></li>
          <li><a href="${exportHref('json')}">${t.exportJson}</a></li>
        </ul>
      </section>
      ${
        view.canSuggest &&
        html`<p>
          ${t.suggestLead}
          <a href="${pathInLang(DIRECTORY_PATHS.suggest, lang)}">${t.suggestLink}</a>
        </p>`
      }`,
  });
}

function ignoredNotice(view: DirectoryListView): Html | false {
  const t = directoryMessages(view.lang).list;
  return (
    view.query.ignored.length > 0 &&
    html`<div class="callout" role="status">
      <h2 class="heading-s">${t.ignoredHeading}</h2>
      <ul class="list-bullet">
        ${view.query.ignored.map((i) => html`<li>${t.ignored(t.params[i.param], i.value)}</li>`)}
      </ul>
    </div>`
  );
}

function option(value: string, label: string, selected: boolean): Html {
  return html`<option value="${value}" ${selected && html`selected`}>${label}</option>`;
}

/** A fieldset of checkboxes or radios named `name`. */
function choiceGroup(
  type: 'checkbox' | 'radio',
  name: string,
  legend: string,
  choices: readonly { value: string; label: string; checked: boolean }[],
): Html | false {
  if (choices.length === 0) return false;
  const kind = type === 'checkbox' ? 'checkboxes' : 'radios';
  return html`<div class="form-group">
    <fieldset class="fieldset">
      <legend class="fieldset__legend label--bold">${legend}</legend>
      <div class="${kind}">
        ${choices.map((c, i) => {
          const id = `${name}-${i}`;
          return html`<div class="${kind}__item">
            <input
              class="${kind}__input"
              id="${id}"
              name="${name}"
              type="${type}"
              value="${c.value}"
              ${c.checked && html`checked`}
            />
            <label class="${kind}__label" for="${id}">${c.label}</label>
          </div>`;
        })}
      </div>
    </fieldset>
  </div>`;
}

function searchForm(view: DirectoryListView): Html {
  const { lang, query, result } = view;
  const { filters } = query;
  const { facets } = result;
  const t = directoryMessages(lang);
  const l = t.list;
  const f = t.fields;
  const lanCount = new Map(facets.lan.map((x) => [x.code, x.count]));
  const goalCount = new Map(facets.goals.map((x) => [x.id, x.count]));
  const formCount = new Map(facets.legalForms.map((x) => [x.id, x.count]));
  // Without counts, every option is offered, by its name alone.
  const counted = (label: string, count: number) =>
    result.exact ? l.withCount(label, count) : label;
  const counties = [...countyList()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const kommuner = (
    result.exact ? facets.kommun : municipalityList().map((m) => ({ code: m.code, count: 0 }))
  )
    .map((k) => ({ code: k.code, count: k.count, name: findMunicipality(k.code)?.name ?? k.code }))
    .concat(
      filters.kommun !== undefined &&
        result.exact &&
        !facets.kommun.some((k) => k.code === filters.kommun)
        ? [{ code: filters.kommun, count: 0, name: areaName(filters.kommun, lang) }]
        : [],
    )
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const goals = result.exact
    ? [...goalCount.keys(), ...filters.goals.filter((g) => !goalCount.has(g))]
    : GOAL_IDS;
  const legalLabels = organisationMessages(lang).legalForms;
  const yesNo = (
    name: string,
    legend: string,
    current: string | undefined,
    yes: string,
    no: string,
    counts?: { yes: number; no: number },
  ) =>
    choiceGroup('radio', name, legend, [
      { value: '', label: l.any, checked: current === undefined },
      {
        value: 'yes',
        label: counts && result.exact ? l.withCount(yes, counts.yes) : yes,
        checked: current === 'yes',
      },
      {
        value: 'no',
        label: counts && result.exact ? l.withCount(no, counts.no) : no,
        checked: current === 'no',
      },
    ]);
  return html`<form method="get" action="${DIRECTORY_PATHS.list}" role="search" novalidate>
    ${lang !== 'sv' && html`<input type="hidden" name="lang" value="${lang}" />`}
    ${textField({
      id: 'q',
      name: FILTER_PARAMS.q,
      type: 'search',
      label: l.searchLabel,
      hint: l.searchHint,
      value: filters.q,
      errorPrefix: t.errorPrefix,
      widthClass: 'input--width-30',
    })}
    <button type="submit" class="button">${l.searchButton}</button>
    <h2>${l.filtersHeading}</h2>
    <div class="form-group">
      <label class="label label--bold" for="lan">${l.lanLabel}</label>
      <select class="input" id="lan" name="${FILTER_PARAMS.lan}">
        ${option('', l.anyLan, filters.lan === undefined)}
        ${counties.map((c) =>
          option(c.code, counted(c.name, lanCount.get(c.code) ?? 0), c.code === filters.lan),
        )}
      </select>
    </div>
    ${selectField({
      id: 'kommun',
      name: FILTER_PARAMS.kommun,
      label: l.kommunLabel,
      hint: l.kommunHint,
      value: filters.kommun ?? '',
      errorPrefix: t.errorPrefix,
      options: [
        ['', l.anyKommun],
        ...kommuner.map((k) => [k.code, counted(k.name, k.count)] as const),
      ],
    })}
    ${choiceGroup(
      'checkbox',
      FILTER_PARAMS.goals,
      f.goals,
      goals.map((g) => ({
        value: g,
        label: counted(goalName(g, lang), goalCount.get(g) ?? 0),
        checked: filters.goals.includes(g),
      })),
    )}
    ${choiceGroup(
      'checkbox',
      FILTER_PARAMS.legalForms,
      f.legalForm,
      LEGAL_FORMS.map((form) => ({
        value: form,
        label: counted(legalLabels[form], formCount.get(form) ?? 0),
        checked: filters.legalForms.includes(form),
      })),
    )}
    ${yesNo(
      FILTER_PARAMS.registered,
      f.registeredIdeburen,
      filters.registered,
      l.registeredYes,
      l.registeredNo,
      facets.registered,
    )}
    ${selectField({
      id: 'kind',
      name: FILTER_PARAMS.kind,
      label: f.kind,
      value: filters.kind ?? '',
      errorPrefix: t.errorPrefix,
      options: [['', l.anyKind], ...ACTOR_KINDS.map((k) => [k, t.kinds[k]] as const)],
    })}
    ${yesNo(
      FILTER_PARAMS.workIntegration,
      f.workIntegrationMainAim,
      filters.workIntegration,
      l.workIntegrationYes,
      l.workIntegrationNo,
    )}
    <button type="submit" class="button">${l.applyButton}</button>
    <p><a href="${pathInLang(DIRECTORY_PATHS.list, lang)}">${l.clearFilters}</a></p>
  </form>`;
}

/** The first line of a description, cut at a word near {@link SNIPPET_LENGTH}. */
export function snippet(description: string): string {
  const line = description.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  if ([...line].length <= SNIPPET_LENGTH) return line.trim();
  const cut = [...line].slice(0, SNIPPET_LENGTH).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > SNIPPET_LENGTH / 2 ? cut.slice(0, space) : cut).trim()} …`;
}

function hitItem(lang: Lang, hit: ActorSearchHit): Html {
  const t = directoryMessages(lang);
  const l = t.list;
  const legal =
    hit.legalForm !== null
      ? organisationMessages(lang).legalForms[hit.legalForm]
      : t.kinds[hit.kind];
  const areas = hit.areaCodes.slice(0, AREAS_SHOWN).map((c) => areaName(c, lang));
  const more = hit.areaCodes.length - AREAS_SHOWN;
  const text = snippet(hit.description);
  return html`<li class="search-hit">
    <h3 class="search-hit__title"><a href="${actorHref(hit.orgnr, lang)}">${hit.name}</a></h3>
    <p class="search-hit__kind">
      ${legal}${
        areas.length > 0 &&
        html` · ${l.areasServed(areas.join(', '))}${more > 0 && html` ${l.moreAreas(more)}`}`
      }
    </p>
    ${text !== '' && html`<p class="search-hit__snippet">${text}</p>`}
    ${
      hit.goals.length > 0 &&
      html`<p class="search-hit__snippet">
        ${t.fields.goals}: ${hit.goals.map((g) => goalName(g, lang)).join(', ')}
      </p>`
    }
    <p class="small-note">
      ${hit.lastConfirmedOn !== null ? l.lastConfirmed(hit.lastConfirmedOn) : l.notConfirmed}${
        hit.organisationId === null && html` · ${l.fromImport}`
      }
    </p>
  </li>`;
}

function pagination(view: DirectoryListView, pages: number): Html | false {
  const { lang, query } = view;
  if (pages <= 1 && query.page <= 1) return false;
  const t = directoryMessages(lang).list.pagination;
  const href = (n: number) => listHref(directoryQueryText(query.filters, n), lang);
  return html`<nav class="pagination" aria-label="${t.label}">
    ${
      query.page > 1 &&
      html`<a href="${href(Math.min(query.page - 1, pages))}" rel="prev">${t.previous}</a>`
    }
    <span>${view.result.exact ? t.pageOf(query.page, pages) : t.page(query.page)}</span>
    ${query.page < pages && html`<a href="${href(query.page + 1)}" rel="next">${t.next}</a>`}
  </nav>`;
}
