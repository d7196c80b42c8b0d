// The case under today's rules: a plain statement of whether the rules changed since the saved
// assessment, then what changed and why — the date, the rule data, the rule set and amounts, each
// form whose verdict changed with its grounds now, the questions added or no longer needed — and
// the button that keeps the re-assessment.
import {
  describeDiff,
  savedCaseMessages,
  type AssessmentDiff,
  type AssessmentSnapshot,
} from '../../../domain/cases/index';
import type { Lang } from '../../../engine/index';
import { csrfField } from '../../auth/csrf-field';
import { html, type Html } from '../../html';
import { casesMessages } from '../../locales/cases-messages';
import { reasonList, renderRuleValues } from './case-assessment-section';
import { caseActionHref } from './case-urls';

/** What the section shows. */
export interface TodayView {
  lang: Lang;
  today: string;
  caseId: string;
  version: number;
  diff: AssessmentDiff;
  current: AssessmentSnapshot;
  /** the CSRF token when the viewer may keep the re-assessment; undefined otherwise */
  storeWith: string | undefined;
}

/** The section. */
export function renderTodaySection(view: TodayView): Html {
  const { lang, diff } = view;
  const t = casesMessages(lang).case;
  const a = t.assessment;
  const verdicts = savedCaseMessages(lang).verdicts;
  const text = describeDiff(diff, lang);
  const questions = [...text.questionsAdded, ...text.questionsRemoved];
  return html`<section aria-labelledby="today">
    <h2 id="today">${t.today.heading}</h2>
    <p>${t.today.lead(view.today)}</p>
    <div class="callout" data-outcome="${diff.outcome}">
      <p><strong>${text.headline}</strong></p>
    </div>
    ${
      text.rules.length > 0 &&
      html`<h3>${t.today.rulesHeading}</h3>
        <ul class="list-bullet">
          ${text.rules.map((line) => html`<li>${line}</li>`)}
        </ul>`
    }
    ${
      diff.forms.length > 0 &&
      html`<h3>${t.today.formsHeading}</h3>
        ${diff.forms.map(
          (f) =>
            html`<div class="form-result form-result--${f.to}" data-form="${f.form}">
              <h4>${f.label}</h4>
              <p>
                <strong class="tag tag--${f.from}" data-verdict-before="${f.from}"
                  >${verdicts[f.from]}</strong
                >
                →
                <strong class="tag tag--${f.to}" data-verdict="${f.to}">${verdicts[f.to]}</strong>
              </p>
              ${reasonList(lang, a.conditions, f.conditions)}
              ${reasonList(lang, a.reasons, f.reasons)} ${reasonList(lang, a.risks, f.risks)}
            </div>`,
        )}`
    }
    ${
      questions.length > 0 &&
      html`<h3>${t.today.questionsHeading}</h3>
        <ul class="list-bullet">
          ${questions.map((q) => html`<li>${q}</li>`)}
        </ul>`
    }
    ${
      diff.outcome !== 'no-change' &&
      renderRuleValues(lang, view.current.ruleValues, view.current.rulesVersion, 'today')
    }
    ${
      view.storeWith !== undefined &&
      html`<form method="post" action="${caseActionHref(view.caseId, 'reassess', lang)}">
        ${csrfField(view.storeWith)}
        <input type="hidden" name="version" value="${String(view.version)}" />
        <p>${t.today.storeIntro}</p>
        <button type="submit" class="button button--secondary">${t.today.storeButton}</button>
      </form>`
    }
  </section>`;
}
