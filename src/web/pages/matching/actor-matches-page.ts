// The challenges that fit an organisation of the directory, each score explained.
import { CHALLENGE_STATUSES, directoryTexts } from '../../../domain/directory/index';
import type { Lang } from '../../../engine/index';
import type { ChallengeMatches } from '../../../matching/index';
import { errorSummary, type ErrorSummaryItem } from '../../error-summary';
import { selectField, textField } from '../../form-fields';
import { html } from '../../html';
import { matchingMessages } from '../../locales/matching-messages';
import { renderPage } from '../../page-layout';
import { pathInLang } from '../../request-lang';
import { hrefWith, matchPagination, scoreAndReasons } from './match-list';

/** The filter values as typed. */
export type ChallengeFilterValues = Record<'status' | 'kind' | 'minScore', string>;

/** What the page shows. */
export interface ActorMatchesView {
  lang: Lang;
  path: string;
  actorPath: string;
  result: ChallengeMatches;
  pool: number;
  page: number;
  values: ChallengeFilterValues;
  problems: ErrorSummaryItem[];
  fieldErrors: Partial<Record<keyof ChallengeFilterValues, string[]>>;
}

/** The page. */
export function renderActorMatchesPage(view: ActorMatchesView): string {
  const { lang, result, values } = view;
  const t = matchingMessages(lang);
  const f = t.forActor;
  const statuses = directoryTexts(lang).statuses;
  const offset = (view.page - 1) * 20;
  return renderPage({
    lang,
    path: view.path,
    query: new URLSearchParams(Object.entries(values).filter(([, v]) => v !== '')).toString(),
    title: f.title(result.actor.name),
    main: html`${view.problems.length > 0 && errorSummary(t.summaryTitle, view.problems)}
      <p><a href="${pathInLang(view.actorPath, lang)}">${f.backToActor}</a></p>
      <h1>${f.heading}: ${result.actor.name}</h1>
      <p class="lead">${f.lead(result.actor.name)}</p>
      <form method="get" action="${view.path}" class="match-filters">
        ${lang !== 'sv' && html`<input type="hidden" name="lang" value="${lang}" />`}
        <fieldset>
          <legend>${f.filters}</legend>
          ${selectField({
            errorPrefix: t.errorPrefix,
            id: 'status',
            name: 'status',
            label: f.status,
            value: values.status,
            errors: view.fieldErrors.status,
            options: [
              ['', f.openStatuses],
              ...CHALLENGE_STATUSES.map((s) => [s, statuses[s]] as const),
            ],
          })}
          ${selectField({
            errorPrefix: t.errorPrefix,
            id: 'kind',
            name: 'kind',
            label: f.kind,
            value: values.kind,
            errors: view.fieldErrors.kind,
            options: [
              ['', t.forChallenge.any],
              ['challenge', f.kinds.challenge],
              ['initiative', f.kinds.initiative],
            ],
          })}
          ${textField({
            errorPrefix: t.errorPrefix,
            id: 'minScore',
            name: 'minScore',
            label: f.minScore,
            hint: t.forChallenge.minScoreHint,
            value: values.minScore,
            errors: view.fieldErrors.minScore,
            widthClass: 'input--width-5',
          })}
        </fieldset>
        <button type="submit" class="button">${f.apply}</button>
      </form>
      <p>${f.ranking(view.pool)}</p>
      <h2>${f.count(result.total)}</h2>
      ${
        result.items.length === 0
          ? html`<p>${f.none}</p>`
          : html`<ol class="match-list" start="${String(offset + 1)}">
              ${result.items.map(
                (m, i) =>
                  html`<li class="match">
                    <h3>
                      <a href="${pathInLang(`/utmaningar/${m.item.id}`, lang)}">${m.item.title}</a>
                    </h3>
                    <p>${statuses[m.item.status]}</p>
                    ${scoreAndReasons(lang, 'actor', m.score, m.reasons, `match-${offset + i + 1}`)}
                  </li>`,
              )}
            </ol>`
      }
      ${matchPagination(lang, view.page, result.total, (n) =>
        hrefWith(view.path, { ...values, page: n === 1 ? '' : String(n) }, lang),
      )}`,
  });
}
