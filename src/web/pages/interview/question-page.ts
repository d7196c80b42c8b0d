// One question per page (GOV.UK pattern): the question is the page's heading and the label of its
// inputs, with the civil-society wording beside it where it differs, a hint, a link to the
// knowledge page, and "Vet inte". The form posts to the page's own address with the answers so
// far in the query; an error shows the page again with a summary that takes focus.
import type { Lang } from '../../../engine/index';
import type { CpvHit, InterviewField } from '../../../domain/interview/index';
import { CONTENT_PATHS, loadContentLibrary } from '../../../content';
import { html, type Html } from '../../html';
import { webMessages } from '../../locales/index';
import { hrefInLang, pathInLang } from '../../request-lang';
import { TermExplainer } from '../../terms/term-explainer';
import type { FormValues } from './form-values';
import {
  renderErrorSummary,
  renderFieldError,
  renderInterviewPage,
  type ErrorItem,
} from './interview-layout';
import { questionHref, questionPath } from './interview-urls';
import { ERROR_ID, firstInputId, renderInputs, type InputsContext } from './question-inputs';

/** Everything a question page shows. */
export interface QuestionView {
  lang: Lang;
  field: InterviewField;
  /** The answers so far, as a query string without `lang`. */
  permalink: string;
  backHref: string;
  values: FormValues;
  /** Error messages about the answer, after a submission. */
  errors: readonly string[];
  /** For a CPV question: the search text, its matches and the codes already chosen. */
  cpv?: { q: string; matches: CpvHit[]; chosen: CpvHit[] };
}

const HINT_ID = 'question-hint';
const CIVIL_ID = 'question-civil';

/** The question page. */
export function renderQuestionPage(view: QuestionView): string {
  const { lang, field } = view;
  const t = webMessages(lang).interview;
  const invalid = view.errors.length > 0;
  // One explainer for the page: each glossary term is explained where it first appears.
  const terms = new TermExplainer(lang, loadContentLibrary().glossary);
  const ctx: InputsContext = {
    lang,
    field,
    values: view.values,
    invalid,
    terms,
    ...(view.cpv !== undefined && { cpv: view.cpv }),
  };
  const summary: ErrorItem[] = view.errors.map((text) => ({
    text,
    href: `#${firstInputId(ctx)}`,
  }));
  const question = field.question[lang];
  const civil = field.questionCivil?.[lang];
  const describedBy = [
    civil !== undefined && CIVIL_ID,
    field.kind !== 'cpv' && HINT_ID,
    invalid && ERROR_ID,
  ]
    .filter((id) => id !== false)
    .join(' ');
  const action = questionHref(field.path, view.permalink, lang);

  // In the order the page shows them, so that a term is explained where it first appears.
  const heading = terms.text(question);
  const civilLine =
    civil !== undefined &&
    html`<p class="civil-wording" id="${CIVIL_ID}">
      <span class="civil-wording__label">${t.inOtherWords}</span> ${terms.text(civil)}
    </p>`;
  const hint = html`<div class="hint" id="${HINT_ID}">${terms.text(field.hint[lang])}</div>`;
  const knowledge =
    field.knowledgePath !== undefined &&
    html`<p class="knowledge-link">
      <a href="${pathInLang(field.knowledgePath, lang)}"
        >${
          field.knowledgePath.startsWith(`${CONTENT_PATHS.glossary}#`)
            ? t.glossaryLink
            : t.knowledgeLink
        }</a
      >
    </p>`;
  const error = invalid && renderFieldError(lang, ERROR_ID, view.errors);

  const main =
    field.kind === 'cpv'
      ? html`${invalid && renderErrorSummary(lang, summary)}
          <p class="caption">${t.topics[field.topic]}</p>
          <h1>${heading}</h1>
          ${civilLine} ${hint} ${knowledge} ${cpvForm(view, ctx, action, describedBy, error)}
          ${terms.footer()}`
      : html`${invalid && renderErrorSummary(lang, summary)}
          <p class="caption">${t.topics[field.topic]}</p>
          <form method="post" action="${action}" novalidate>
            <div class="form-group${invalid ? ' form-group--error' : ''}">
              <fieldset class="fieldset" aria-describedby="${describedBy}">
                <legend class="fieldset__legend">
                  <h1 class="fieldset__heading">${heading}</h1>
                </legend>
                ${civilLine} ${hint} ${knowledge} ${error} ${renderInputs(ctx)}
              </fieldset>
            </div>
            <button type="submit" class="button">${t.continueButton}</button>
          </form>
          ${terms.footer()}`;

  return renderInterviewPage({
    lang,
    title: question,
    path: questionPath(field.path),
    // The language switch keeps a CPV search too.
    query: [view.permalink, searchQuery(view.cpv?.q)].filter((p) => p !== '').join('&'),
    hasErrors: invalid,
    backHref: view.backHref,
    main,
  });
}

function searchQuery(q: string | undefined): string {
  return q === undefined || q.trim() === '' ? '' : new URLSearchParams({ q: q.trim() }).toString();
}

/**
 * The CPV question is one form. Its search button sends it by GET to this same page, with the
 * codes checked so far, so that codes found by several searches can be chosen together; its
 * continue button posts the answer (`formmethod`), so neither needs a script. A browser drops the
 * query of a GET form's action, so the answers so far travel as hidden inputs.
 */
function cpvForm(
  view: QuestionView,
  ctx: InputsContext,
  action: string,
  describedBy: string,
  error: Html | false,
): Html {
  const t = webMessages(view.lang).interview;
  const q = (view.cpv?.q ?? '').trim();
  const hidden = [...new URLSearchParams(hrefInLang('', view.permalink, view.lang).slice(1))];
  const matches = view.cpv?.matches ?? [];
  const invalid = view.errors.length > 0;
  return html`<form method="get" action="${questionPath(view.field.path)}" novalidate>
    ${hidden.map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}" />`)}
    <div class="form-group cpv-search" role="search">
      <label class="label label--bold" for="q">${t.cpv.searchLabel}</label>
      <div class="hint" id="q-hint">${t.cpv.searchHint}</div>
      <div class="search">
        <input
          class="input input--width-20"
          id="q"
          name="q"
          type="search"
          value="${q}"
          aria-describedby="q-hint"
          autocomplete="off"
        />
        <button type="submit" class="button button--secondary">${t.cpv.searchButton}</button>
      </div>
    </div>
    ${
      q !== '' &&
      html`<h2 class="heading-s">${t.cpv.matchesHeading(q)}</h2>
        ${matches.length === 0 && html`<p>${t.cpv.noMatches(q)}</p>`}`
    }
    <div class="form-group${invalid ? ' form-group--error' : ''}">
      <fieldset class="fieldset" aria-describedby="${describedBy}">
        <legend class="fieldset__legend fieldset__legend--m">${t.cpv.chooseLegend}</legend>
        ${error} ${renderInputs(ctx)}
      </fieldset>
    </div>
    <button type="submit" class="button" formmethod="post" formaction="${action}">
      ${t.continueButton}
    </button>
  </form>`;
}
