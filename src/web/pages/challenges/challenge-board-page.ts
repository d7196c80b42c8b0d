// The board: every challenge and initiative, newest first, searchable and filtered by kind,
// status, goal and area, a page at a time. Public; a filter form that works without script.
import type { ChallengeRecord } from '../../../challenges/index';
import {
  areaName,
  areaOptions,
  CHALLENGE_KINDS,
  CHALLENGE_STATUSES,
  directoryTexts,
  GOAL_IDS,
  goalName,
  type ChallengeKind,
  type ChallengeStatus,
} from '../../../domain/directory/index';
import { roleAllows } from '../../../domain/accounts/index';
import type { Lang } from '../../../engine/index';
import { signInHref } from '../../auth/access-guard';
import { currentViewer } from '../../auth/viewer-context';
import { selectField, textField } from '../../form-fields';
import { html, type Html } from '../../html';
import { challengesMessages } from '../../locales/challenges-messages';
import { renderPage } from '../../page-layout';
import { hrefInLang, pathInLang } from '../../request-lang';
import {
  areasText,
  budgetText,
  firstLine,
  goalsText,
  statusText,
  timelineText,
} from './challenge-summary';
import { CHALLENGE_PATHS, challengeHref, challengePath } from './challenge-urls';

/** Posts per page of the board. */
export const CHALLENGES_PER_PAGE = 20;

/** The board's filters as asked in the address. */
export interface BoardFilters {
  q: string;
  kind: ChallengeKind | '';
  status: ChallengeStatus | '';
  goal: string;
  area: string;
}

/** What the board shows. */
export interface BoardView {
  lang: Lang;
  filters: BoardFilters;
  page: number;
  total: number;
  items: readonly ChallengeRecord[];
}

/** The query of the filters (without page and lang), for links that keep them. */
export function filterQuery(filters: BoardFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters) as [string, string][]) {
    if (value !== '') params.set(key, value);
  }
  return params.toString();
}

/** The board page. */
export function renderBoardPage(view: BoardView): string {
  const { lang, filters } = view;
  const t = challengesMessages(lang).board;
  const viewer = currentViewer();
  const query = filterQuery(filters);
  const withPage = view.page > 1 ? [query, `page=${view.page}`].filter(Boolean).join('&') : query;
  return renderPage({
    lang,
    path: CHALLENGE_PATHS.board,
    query: withPage,
    title: `${t.title} – samverka`,
    main: html`<h1>${t.heading}</h1>
      <p class="lead">${t.lead}</p>
      ${
        viewer.organisation
          ? html`${
                roleAllows(viewer.organisation.role, 'challenge.create') &&
                html`<p>
                  <a class="button" href="${pathInLang(CHALLENGE_PATHS.newChallenge, lang)}"
                    >${t.newPost}</a
                  >
                </p>`
              }
              <p><a href="${pathInLang(CHALLENGE_PATHS.inbox, lang)}">${t.inbox}</a></p>`
          : viewer.user === undefined &&
            html`<p>
              ${t.signInToPost}
              <a href="${signInHref(hrefInLang(CHALLENGE_PATHS.board, withPage, lang), lang)}"
                >${t.signInLink}</a
              >
            </p>`
      }
      ${filterForm(lang, filters)}
      <h2 id="results">${t.results(view.total)}</h2>
      ${
        view.items.length === 0
          ? html`<p>${t.empty}</p>`
          : html`<ol class="result-list" aria-labelledby="results">
              ${view.items.map((item) => boardItem(lang, item))}
            </ol>`
      }
      ${pagination(view)}`,
  });
}

function filterForm(lang: Lang, filters: BoardFilters): Html {
  const t = challengesMessages(lang).board;
  const texts = directoryTexts(lang);
  const kinds = challengesMessages(lang).kinds;
  const any: [string, string] = ['', t.any];
  const areaChoices = areaOptions()
    .filter((a) => a.kind !== 'country')
    .map((a) => [a.code, `${areaName(a.code, lang)} (${a.code})`] as const);
  return html`<form method="get" action="${CHALLENGE_PATHS.board}" role="search">
    <h2>${t.filters}</h2>
    ${lang !== 'sv' && html`<input type="hidden" name="lang" value="${lang}" />`}
    ${textField({
      id: 'q',
      name: 'q',
      type: 'search',
      label: t.q,
      hint: t.qHint,
      value: filters.q,
      errorPrefix: '',
      widthClass: 'input--width-30',
      maxlength: 200,
    })}
    ${selectField({
      id: 'kind',
      name: 'kind',
      label: t.kind,
      value: filters.kind,
      errorPrefix: '',
      options: [any, ...CHALLENGE_KINDS.map((k) => [k, kinds[k]] as const)],
    })}
    ${selectField({
      id: 'status',
      name: 'status',
      label: t.status,
      value: filters.status,
      errorPrefix: '',
      options: [any, ...CHALLENGE_STATUSES.map((s) => [s, texts.statuses[s]] as const)],
    })}
    ${selectField({
      id: 'goal',
      name: 'goal',
      label: t.goal,
      value: filters.goal,
      errorPrefix: '',
      options: [any, ...GOAL_IDS.map((g) => [g, goalName(g, lang)] as const)],
    })}
    ${selectField({
      id: 'area',
      name: 'area',
      label: t.area,
      value: filters.area,
      errorPrefix: '',
      options: [any, ...areaChoices],
    })}
    <button type="submit" class="button">${t.apply}</button>
    <p><a href="${pathInLang(CHALLENGE_PATHS.board, lang)}">${t.clear}</a></p>
  </form>`;
}

function boardItem(lang: Lang, c: ChallengeRecord): Html {
  const t = challengesMessages(lang);
  const b = t.board;
  return html`<li class="result-list__item" data-challenge="${c.id}">
    <h3><a href="${challengeHref(challengePath(c.id), lang)}">${c.title}</a></h3>
    <p>
      <strong class="tag">${t.kinds[c.kind]}</strong>
      <strong class="tag">${statusText(c, lang)}</strong>
    </p>
    <p>${firstLine(c.description)}</p>
    <dl class="summary-list summary-list--compact">
      ${row(b.poster, c.organisationName)} ${row(b.goals, goalsText(c.goals, lang))}
      ${row(b.areaLabel, areasText(c.areaCodes, lang))} ${row(b.timeline, timelineText(c, lang))}
      ${row(b.budget, budgetText(c.budgetSek, lang))}
    </dl>
  </li>`;
}

function row(key: string, value: string): Html {
  return html`<div class="summary-list__row">
    <dt class="summary-list__key">${key}</dt>
    <dd class="summary-list__value">${value}</dd>
  </div>`;
}

function pagination(view: BoardView): Html | false {
  const pages = Math.ceil(view.total / CHALLENGES_PER_PAGE);
  if (pages <= 1 && view.page <= 1) return false;
  const t = challengesMessages(view.lang).board.pagination;
  const query = filterQuery(view.filters);
  const href = (n: number) =>
    hrefInLang(
      CHALLENGE_PATHS.board,
      [query, n > 1 ? `page=${n}` : ''].filter(Boolean).join('&'),
      view.lang,
    );
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
