// The saved assessment of a case: when and by whom it was made, the rules and amounts it was made
// under, and the verdict for each form with its grounds; and the history of every assessment.
import type { CaseActor, SavedCase, StoredAssessment } from '../../../cases/index';
import {
  amountText,
  formatRecordTime,
  ruleSetName,
  savedCaseMessages,
  type RuleValues,
} from '../../../domain/cases/index';
import type { Lang } from '../../../engine/index';
import type { Assessment, Reason } from '../../../rules/index';
import { html, type Html } from '../../html';
import { casesMessages } from '../../locales/cases-messages';
import { renderCitations } from '../interview/citation-list';

/** Who did something, in words. */
export function actorName(actor: CaseActor, lang: Lang): string {
  return actor.name ?? casesMessages(lang).unknownPerson;
}

/** A list of grounds (conditions, reasons or risks) with their legal basis. */
export function reasonList(lang: Lang, heading: string, reasons: readonly Reason[]): Html {
  if (reasons.length === 0) return html``;
  const t = casesMessages(lang).case.assessment;
  return html`<h4>${heading}</h4>
    <ul class="list-bullet">
      ${reasons.map((r) => html`<li>${r.text}${renderCitations(t.sources, r.citations)}</li>`)}
    </ul>`;
}

function flag(lang: Lang, value: boolean | null): string {
  const t = casesMessages(lang).case.assessment;
  return value === null ? t.unknown : value ? t.yes : t.no;
}

/** The rules and amounts an assessment was made under, from its saved rule values. */
export function renderRuleValues(
  lang: Lang,
  values: RuleValues,
  rulesVersion: string,
  idPrefix: string,
): Html {
  const t = casesMessages(lang).case.assessment;
  const rows: [string, Html | string][] = [
    [
      t.ruleSet,
      `${ruleSetName(values.ruleSet, lang)}, ${t.validity(values.ruleSet.validFrom, values.ruleSet.validTo)}`,
    ],
    [t.act, html`${values.act}${renderCitations(t.sources, values.citations)}`],
    [
      t.threshold,
      html`${amountText(values.threshold, lang)}${renderCitations(
        t.sources,
        values.threshold?.citations ?? [],
      )}`,
    ],
    [
      t.directAwardLimit,
      html`${amountText(values.directAwardLimit, lang)}${renderCitations(
        t.sources,
        values.directAwardLimit?.citations ?? [],
      )}`,
    ],
    [t.bilaga2, flag(lang, values.bilaga2)],
    [t.aboveThreshold, flag(lang, values.aboveThreshold)],
    [t.fingerprint, html`<code>${rulesVersion}</code>`],
  ];
  return html`<table class="data-table" id="${idPrefix}-rules">
    <caption>
      ${t.rulesCaption}
    </caption>
    <tbody>
      ${rows.map(
        ([key, value]) =>
          html`<tr>
            <th scope="row">${key}</th>
            <td>${value}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The verdict of each form, with its grounds behind a disclosure. */
export function renderVerdicts(lang: Lang, assessment: Assessment): Html {
  const t = casesMessages(lang).case.assessment;
  const verdicts = savedCaseMessages(lang).verdicts;
  return html`<h3>${t.verdictsHeading}</h3>
    ${assessment.options.map(
      (o) =>
        html`<details class="form-result form-result--${o.verdict}" data-form="${o.form}">
          <summary>
            ${o.label}:
            <strong class="tag tag--${o.verdict}" data-verdict="${o.verdict}"
              >${verdicts[o.verdict]}</strong
            >
          </summary>
          ${reasonList(lang, t.conditions, o.conditions)} ${reasonList(lang, t.reasons, o.reasons)}
          ${reasonList(lang, t.risks, o.risks)}
        </details>`,
    )}
    <p>${t.openQuestions(assessment.questions.length)}</p>`;
}

/** The saved assessment section. */
export function renderSavedAssessment(
  lang: Lang,
  saved: SavedCase,
  stored: StoredAssessment,
  shown: { assessment: Assessment; translated: boolean },
): Html {
  const t = casesMessages(lang);
  const a = t.case.assessment;
  const when = t.by(formatRecordTime(stored.assessedAt), actorName(stored.assessedBy, lang));
  return html`<section aria-labelledby="saved-assessment">
    <h2 id="saved-assessment">${a.heading}</h2>
    <p>
      ${a.lead(when, stored.asOf)}
      ${stored.asOf !== saved.facts.startDate && a.reassessmentNote(saved.facts.startDate)}
    </p>
    ${renderRuleValues(lang, stored.ruleValues, stored.rulesVersion, 'saved')}
    ${
      shown.translated
        ? renderVerdicts(lang, shown.assessment)
        : html`<p class="inset">${a.untranslated}</p>
            <div lang="sv">${renderVerdicts('sv', shown.assessment)}</div>`
    }
  </section>`;
}

/** Every assessment of the case, the first first. */
export function renderHistory(lang: Lang, saved: SavedCase): Html {
  const t = casesMessages(lang);
  const h = t.case.history;
  return html`<section aria-labelledby="history">
    <h2 id="history">${h.heading}</h2>
    <table class="data-table">
      <caption>
        ${h.caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${h.made}</th>
          <th scope="col">${h.asOf}</th>
          <th scope="col">${h.ruleSet}</th>
          <th scope="col">${h.fingerprint}</th>
        </tr>
      </thead>
      <tbody>
        ${saved.assessments.map(
          (s) =>
            html`<tr>
              <td>${t.by(formatRecordTime(s.assessedAt), actorName(s.assessedBy, lang))}</td>
              <td>${s.asOf}</td>
              <td>${ruleSetName(s.ruleValues.ruleSet, lang)}</td>
              <td><code>${s.rulesVersion.slice(0, 19)}</code></td>
            </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}
