// "What samverka checks": the engine's reasons, conditions and risks for the form on a date,
// with a GET form to choose the date; works without JavaScript.
import type { CheckDate, FormChecks } from '../../../domain/knowledge/index';
import type { Lang } from '../../../engine/index';
import { COVERAGE_START, type Reason } from '../../../rules/index';
import { fieldErrorMessage } from '../../error-summary';
import { html, type Html } from '../../html';
import { webMessages } from '../../locales/index';
import { renderCitations } from '../interview/citation-list';

/** The name of the date field, in the query and the form. */
export const DATE_FIELD = 'datum';
/** The id of the checks section, where the date form returns to. */
export const CHECKS_ID = 'kontroller';

/** The date field's error in words, or null. */
export function dateError(lang: Lang, date: CheckDate): string | null {
  const t = webMessages(lang).knowledge.page;
  if (date.ok) return null;
  return date.problem === 'invalid'
    ? t.dateInvalid(date.value)
    : t.dateBeforeCoverage(date.value, COVERAGE_START);
}

function reasonList(lang: Lang, heading: string, reasons: readonly Reason[]): Html {
  const t = webMessages(lang).knowledge;
  return html`<h3>${heading}</h3>
    ${
      reasons.length === 0
        ? html`<p>${t.page.noneFound}</p>`
        : html`<ul class="check-list">
            ${reasons.map(
              (r) =>
                html`<li data-code="${r.code}">
                  ${r.text}${renderCitations(t.citationsLabel, r.citations)}
                </li>`,
            )}
          </ul>`
    }`;
}

/** What the section shows. */
export interface ChecksSectionInput {
  lang: Lang;
  /** The page's path, where the form sends the date. */
  path: string;
  /** The date as asked (kept in the field), empty when none was asked. */
  asked: string;
  error: string | null;
  checks: FormChecks | null;
}

/** The checks section of a form page. */
export function renderChecksSection(input: ChecksSectionInput): Html {
  const { lang, checks, error } = input;
  const t = webMessages(lang).knowledge;
  const p = t.page;
  const describedBy =
    error !== null ? `${DATE_FIELD}-hint ${DATE_FIELD}-error` : `${DATE_FIELD}-hint`;
  return html`<section aria-labelledby="${CHECKS_ID}-heading" id="${CHECKS_ID}">
    <h2 id="${CHECKS_ID}-heading">${p.checksHeading}</h2>
    <p>${p.checksIntro}</p>
    ${
      error !== null &&
      html`<div class="error-summary" role="alert" aria-labelledby="date-error-summary-title">
        <h3 class="error-summary__title" id="date-error-summary-title">${t.errorSummaryTitle}</h3>
        <ul class="error-summary__list">
          <li><a href="#${DATE_FIELD}">${error}</a></li>
        </ul>
      </div>`
    }
    <form class="checks-form" method="get" action="${input.path}#${CHECKS_ID}" novalidate>
      ${lang !== 'sv' && html`<input type="hidden" name="lang" value="${lang}" />`}
      <div class="form-group${error !== null ? ' form-group--error' : ''}">
        <label class="label label--bold" for="${DATE_FIELD}">${p.dateLabel}</label>
        <p class="hint" id="${DATE_FIELD}-hint">${p.dateHint}</p>
        ${error !== null && fieldErrorMessage(t.errorPrefix, `${DATE_FIELD}-error`, [error])}
        <input
          class="input input--width-10"
          id="${DATE_FIELD}"
          name="${DATE_FIELD}"
          type="text"
          autocomplete="off"
          spellcheck="false"
          value="${input.asked !== '' ? input.asked : (checks?.date ?? '')}"
          aria-describedby="${describedBy}"
          ${error !== null && html`aria-invalid="true"`}
        />
      </div>
      <button class="button button--secondary" type="submit">${p.dateButton}</button>
    </form>
    ${
      checks !== null &&
      html`<p class="rule-set" data-rule-set="${checks.ruleSet.id}">
          ${p.checksFor(
            checks.date,
            `${checks.ruleSet.label} (${checks.ruleSet.id})`,
            p.validity(checks.ruleSet.validFrom, checks.ruleSet.validTo),
          )}
        </p>
        <h3>${p.verdictHeading}</h3>
        <p>
          <strong data-verdict="${checks.form.verdict}">${p.verdicts[checks.form.verdict]}</strong>
        </p>
        <p class="small-note">${p.verdictNote}</p>
        ${reasonList(lang, p.conditionsHeading, checks.form.conditions)}
        ${reasonList(lang, p.reasonsHeading, checks.form.reasons)}
        ${reasonList(lang, p.risksHeading, checks.form.risks)}
        ${
          checks.questions.length > 0 &&
          html`<h3>${p.questionsHeading}</h3>
            <ul>
              ${checks.questions.map((q) => html`<li data-field="${q.field}">${q.text}</li>`)}
            </ul>`
        }`
    }
  </section>`;
}
