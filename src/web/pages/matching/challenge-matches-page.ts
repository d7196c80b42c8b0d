// The organisations that fit a challenge: filters as a GET form, the ranked list with each score
// explained, and a contact link for the members of the organisation that posted the challenge.
import { areaOptions, areaName, GOAL_IDS, goalName } from '../../../domain/directory/index';
import type { Lang } from '../../../engine/index';
import type { ActorMatches } from '../../../matching/index';
import { LEGAL_FORMS } from '../../../rules/index';
import { errorSummary, type ErrorSummaryItem } from '../../error-summary';
import { selectField, textField } from '../../form-fields';
import { html } from '../../html';
import { matchingMessages } from '../../locales/matching-messages';
import { organisationMessages } from '../../locales/organisation-messages';
import { renderPage } from '../../page-layout';
import { hrefInLang, pathInLang } from '../../request-lang';
import { hrefWith, matchPagination, scoreAndReasons } from './match-list';

/** The filter values as typed, by the names of the form's fields. */
export type ActorFilterValues = Record<
  'kommun' | 'lan' | 'legalForm' | 'registered' | 'goal' | 'minScore',
  string
>;

/** What the page shows. */
export interface ChallengeMatchesView {
  lang: Lang;
  path: string;
  challengePath: string;
  result: ActorMatches;
  pool: number;
  page: number;
  values: ActorFilterValues;
  problems: ErrorSummaryItem[];
  fieldErrors: Partial<Record<keyof ActorFilterValues, string[]>>;
  /** whether the viewer is a member of the organisation that posted the challenge */
  poster: boolean;
  /**
   * The orgnrs on this page the viewer can write to in samverka (entries kept by an organisation,
   * for a member who may write); the others keep the link to the entry's contact details.
   */
  writable: ReadonlySet<string>;
}

/** The address of an actor's entry. */
export function actorPath(orgnr: string): string {
  return `/aktorer/${orgnr}`;
}

/** The page. */
export function renderChallengeMatchesPage(view: ChallengeMatchesView): string {
  const { lang, result, values } = view;
  const t = matchingMessages(lang);
  const f = t.forChallenge;
  const legal = organisationMessages(lang).legalForms;
  const areas = areaOptions();
  const field = {
    errorPrefix: t.errorPrefix,
  };
  const offset = (view.page - 1) * 20;
  return renderPage({
    lang,
    path: view.path,
    query: new URLSearchParams(Object.entries(values).filter(([, v]) => v !== '')).toString(),
    title: f.title(result.challenge.title),
    main: html`${view.problems.length > 0 && errorSummary(t.summaryTitle, view.problems)}
      <p><a href="${pathInLang(view.challengePath, lang)}">${f.backToChallenge}</a></p>
      <h1>${f.heading}: ${result.challenge.title}</h1>
      <p class="lead">${f.lead(result.challenge.title)}</p>
      <p>${result.challenge.caseFacts === null ? f.noCaseFacts : f.withCaseFacts}</p>
      <form method="get" action="${view.path}" class="match-filters">
        ${lang !== 'sv' && html`<input type="hidden" name="lang" value="${lang}" />`}
        <fieldset>
          <legend>${f.filters}</legend>
          ${selectField({
            ...field,
            id: 'kommun',
            name: 'kommun',
            label: f.kommun,
            value: values.kommun,
            errors: view.fieldErrors.kommun,
            options: [
              ['', f.any],
              ...areas
                .filter((a) => a.kind === 'municipality')
                .map((a) => [a.code, areaName(a.code, lang)] as const),
            ],
          })}
          ${selectField({
            ...field,
            id: 'lan',
            name: 'lan',
            label: f.lan,
            value: values.lan,
            errors: view.fieldErrors.lan,
            options: [
              ['', f.any],
              ...areas
                .filter((a) => a.kind === 'county')
                .map((a) => [a.code, areaName(a.code, lang)] as const),
            ],
          })}
          ${selectField({
            ...field,
            id: 'legalForm',
            name: 'legalForm',
            label: f.legalForm,
            value: values.legalForm,
            errors: view.fieldErrors.legalForm,
            options: [['', f.any], ...LEGAL_FORMS.map((l) => [l, legal[l]] as const)],
          })}
          ${selectField({
            ...field,
            id: 'registered',
            name: 'registered',
            label: f.registered,
            value: values.registered,
            errors: view.fieldErrors.registered,
            options: [
              ['', f.any],
              ['ja', f.yes],
              ['nej', f.no],
            ],
          })}
          ${selectField({
            ...field,
            id: 'goal',
            name: 'goal',
            label: f.goal,
            value: values.goal,
            errors: view.fieldErrors.goal,
            options: [['', f.any], ...GOAL_IDS.map((g) => [g, goalName(g, lang)] as const)],
          })}
          ${textField({
            ...field,
            id: 'minScore',
            name: 'minScore',
            label: f.minScore,
            hint: f.minScoreHint,
            value: values.minScore,
            errors: view.fieldErrors.minScore,
            widthClass: 'input--width-5',
          })}
        </fieldset>
        <button type="submit" class="button">${f.apply}</button>
        <a href="${pathInLang(view.path, lang)}">${f.clear}</a>
      </form>
      <p>${f.ranking(Math.min(view.pool, result.candidates), result.candidates)}</p>
      <h2>${f.count(result.total)}</h2>
      ${
        result.items.length === 0
          ? html`<p>${f.none}</p>`
          : html`<ol class="match-list" start="${String(offset + 1)}">
              ${result.items.map(
                (m, i) =>
                  html`<li class="match">
                    <h3>
                      <a href="${pathInLang(actorPath(m.item.orgnr), lang)}">${m.item.name}</a>
                    </h3>
                    ${scoreAndReasons(lang, 'challenge', m.score, m.reasons, `match-${offset + i + 1}`)}
                    ${
                      view.poster &&
                      html`<p>
                        ${
                          view.writable.has(m.item.orgnr)
                            ? html`<a
                                href="${hrefInLang(
                                  `/utmaningar/${result.challenge.id}/kontakta`,
                                  `orgnr=${m.item.orgnr}`,
                                  lang,
                                )}"
                                >${f.writeInSamverka(m.item.name)}</a
                              >`
                            : html`<a
                                href="${pathInLang(`${actorPath(m.item.orgnr)}#kontakt`, lang)}"
                                >${f.contact(m.item.name)}</a
                              >`
                        }
                      </p>`
                    }
                  </li>`,
              )}
            </ol>`
      }
      ${matchPagination(lang, view.page, result.total, (n) =>
        hrefWith(view.path, { ...values, page: n === 1 ? '' : String(n) }, lang),
      )}`,
  });
}
