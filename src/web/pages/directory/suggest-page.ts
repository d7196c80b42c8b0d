// A public body suggests an organisation for the directory: the form, and after it the outcome
// (saved and unlisted until the organisation claims it, or already there).
import type { Lang } from '../../../engine/index';
import { csrfField } from '../../auth/csrf-field';
import { errorSummary } from '../../error-summary';
import { html, type Html } from '../../html';
import { directoryMessages } from '../../locales/directory-messages';
import { renderPage } from '../../page-layout';
import { pathInLang } from '../../request-lang';
import { actorErrorItems, actorFormFields } from './actor-form-fields';
import type { ActorFormErrors, ActorFormValues } from './actor-form-input';
import { actorHref, DIRECTORY_PATHS } from './directory-paths';

/** The outcome of a suggestion, told after the redirect. */
export type SuggestOutcome =
  | { kind: 'created'; orgnr: string; name: string }
  /** `visible`: the entry can be shown to the viewer (listed, or suggested by them) */
  | { kind: 'exists'; orgnr: string; visible: boolean };

/** What the page shows. */
export interface SuggestView {
  lang: Lang;
  csrfToken: string;
  values: ActorFormValues;
  errors: ActorFormErrors;
  outcome?: SuggestOutcome | undefined;
}

function outcomeBox(lang: Lang, outcome: SuggestOutcome): Html {
  const s = directoryMessages(lang).suggest;
  if (outcome.kind === 'created') {
    return html`<div class="callout" role="status">
      <h2 class="heading-s">${s.createdHeading}</h2>
      <p>${s.created(outcome.name)}</p>
      <p>${s.createdNext}</p>
      <p><a href="${actorHref(outcome.orgnr, lang)}">${s.viewEntry}</a></p>
    </div>`;
  }
  return html`<div class="callout" role="status">
    <h2 class="heading-s">${s.existsHeading}</h2>
    <p>${s.exists}</p>
    ${
      outcome.visible
        ? html`<p><a href="${actorHref(outcome.orgnr, lang)}">${s.viewEntry}</a></p>`
        : html`<p>${s.existsHidden}</p>`
    }
  </div>`;
}

/** The suggestion page. */
export function renderSuggestPage(view: SuggestView): string {
  const { lang } = view;
  const t = directoryMessages(lang);
  const s = t.suggest;
  const summary = actorErrorItems('suggestion', view.errors);
  return renderPage({
    lang,
    path: DIRECTORY_PATHS.suggest,
    title: `${summary.length > 0 ? `${t.errorPrefix} ` : ''}${s.title} – samverka`,
    main: html`${summary.length > 0 && errorSummary(t.summaryTitle, summary)}
      ${view.outcome !== undefined && outcomeBox(lang, view.outcome)}
      <h1>${view.outcome !== undefined ? s.another : s.heading}</h1>
      <p class="lead">${s.lead}</p>
      <form method="post" action="${pathInLang(DIRECTORY_PATHS.suggest, lang)}" novalidate>
        ${csrfField(view.csrfToken)}
        ${actorFormFields('suggestion', lang, view.values, view.errors)}
        <button type="submit" class="button">${s.button}</button>
      </form>`,
  });
}
