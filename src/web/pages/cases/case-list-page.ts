// The list of an organisation's saved cases: open or archived, the most recently changed first,
// a page at a time.
import type { CaseSummary } from '../../../cases/index';
import { formatRecordTime, formLabel } from '../../../domain/cases/index';
import type { Lang } from '../../../engine/index';
import { html, type Html } from '../../html';
import { casesMessages } from '../../locales/cases-messages';
import { renderPage } from '../../page-layout';
import { pathInLang } from '../../request-lang';
import { INTERVIEW_PATHS } from '../interview/interview-urls';
import { caseHref, caseListHref, CASES_PATH } from './case-urls';

/** Cases per page of the list. */
export const CASES_PER_PAGE = 20;

/** What the list shows. */
export interface CaseListView {
  lang: Lang;
  organisationName: string;
  status: 'open' | 'archived';
  page: number;
  total: number;
  cases: readonly CaseSummary[];
}

/** The list page. */
export function renderCaseListPage(view: CaseListView): string {
  const { lang, status } = view;
  const t = casesMessages(lang).list;
  const filterName = status === 'open' ? t.open : t.archived;
  const filter = (value: 'open' | 'archived', label: string) =>
    html`<li>
      <a href="${caseListHref(lang, value)}" ${value === status && html`aria-current="page"`}
        >${label}</a
      >
    </li>`;
  return renderPage({
    lang,
    path: CASES_PATH,
    query: status === 'archived' ? 'status=archived' : '',
    title: `${t.title} – samverka`,
    main: html`<h1>${t.heading}</h1>
      <p class="lead">${t.lead(view.organisationName)}</p>
      <p>
        ${t.newCase}
        <a href="${pathInLang(INTERVIEW_PATHS.start, lang)}">${t.newCaseLink}</a>
      </p>
      <nav aria-label="${t.filterLabel}">
        <ul class="list-bullet">
          ${filter('open', t.open)} ${filter('archived', t.archived)}
        </ul>
      </nav>
      ${
        view.cases.length === 0
          ? html`<p>${status === 'open' ? t.emptyOpen : t.emptyArchived}</p>`
          : html`<table class="data-table">
              <caption>
                ${t.caption(filterName, view.total)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t.columns.title}</th>
                  <th scope="col">${t.columns.rules}</th>
                  <th scope="col">${t.columns.decision}</th>
                  <th scope="col">${t.columns.updated}</th>
                </tr>
              </thead>
              <tbody>
                ${view.cases.map((c) => row(lang, c))}
              </tbody>
            </table>`
      }
      ${pagination(view)}`,
  });
}

function row(lang: Lang, c: CaseSummary): Html {
  const t = casesMessages(lang).list;
  return html`<tr>
    <th scope="row">
      <a href="${caseHref(c.id, lang)}">${c.title}</a>
      ${c.status === 'archived' && html` <strong class="tag">${t.archivedTag}</strong>`}
    </th>
    <td>${t.rulesOn(c.asOf, c.ruleSetId)}</td>
    <td>${c.decisionForm === null ? t.noDecision : formLabel(c.decisionForm, lang)}</td>
    <td>${formatRecordTime(c.updatedAt)}</td>
  </tr>`;
}

function pagination(view: CaseListView): Html | false {
  const pages = Math.ceil(view.total / CASES_PER_PAGE);
  if (pages <= 1 && view.page <= 1) return false;
  const t = casesMessages(view.lang).list.pagination;
  const href = (n: number) => caseListHref(view.lang, view.status, n);
  return html`<nav class="pagination" aria-label="${t.label}">
    ${
      view.page > 1 &&
      html`<a href="${href(Math.min(view.page - 1, Math.max(pages, 1)))}" rel="prev"
        >${t.previous}</a
      >`
    }
    <span>${t.pageOf(view.page, Math.max(pages, 1))}</span>
    ${view.page < pages && html`<a href="${href(view.page + 1)}" rel="next">${t.next}</a>`}
  </nav>`;
}
