// The result: the twelve forms grouped by verdict, each with its reasons, conditions and risks
// and their provisions; the rules that apply; what would change the answer; the questions still
// open; what is not verified; and the decision memo to download. Each form's block carries
// `data-form` and `data-verdict`, so that tests and other tools read the result without the prose.
import type { Lang } from '../../../engine/index';
import type { Goal, InterviewResult } from '../../../domain/interview/index';
import { interviewField, interviewMessages } from '../../../domain/interview/index';
import {
  VERDICTS,
  type FormAssessment,
  type FormId,
  type Reason,
  type Verdict,
} from '../../../rules/index';
import { loadContentLibrary } from '../../../content';
import { html, type Html } from '../../html';
import { webMessages } from '../../locales/index';
import { renderCitations } from './citation-list';
import { renderInterviewPage } from './interview-layout';
import { interviewHref, INTERVIEW_PATHS, questionHref } from './interview-urls';
import { TermExplainer } from '../../terms/term-explainer';
import { renderRegimeBox } from './regime-box';
import { renderSaveCaseSection } from '../cases/save-case-page';

/** The forms that serve each goal, shown first in their group. */
export const GOAL_FORMS: Record<Goal, readonly FormId[]> = {
  buy: [
    'direct-award',
    'advertised-procurement',
    'reserved-work-integration',
    'reserved-mission-based',
    'reserved-ideburen',
    'innovation-partnership',
  ],
  support: ['grant'],
  partner: ['iop'],
  choice: ['lov', 'lov-reserved-ideburen'],
  unsure: [],
};

/** Everything the result page shows. */
export interface ResultView {
  lang: Lang;
  result: InterviewResult;
  permalink: string;
  /** The date that stands in for an unknown start date. */
  today: string;
}

function reasonList(terms: TermExplainer, heading: string, reasons: readonly Reason[]): Html {
  if (reasons.length === 0) return html``;
  const t = webMessages(terms.lang).interview.result;
  return html`<h4>${heading}</h4>
    <ul class="list-bullet">
      ${reasons.map(
        (r) => html`<li>${terms.text(r.text)}${renderCitations(t.sources, r.citations)}</li>`,
      )}
    </ul>`;
}

function formBlock(terms: TermExplainer, option: FormAssessment, matchesGoal: boolean): Html {
  const { lang } = terms;
  const t = webMessages(lang).interview.result;
  return html`<div
    class="form-result form-result--${option.verdict}"
    id="form-${option.form}"
    data-form="${option.form}"
    data-verdict="${option.verdict}"
  >
    <h3>${option.label}</h3>
    <p>
      <strong class="tag tag--${option.verdict}">${t.verdicts[option.verdict]}</strong>
      ${matchesGoal && html`<strong class="tag tag--goal">${t.matchesGoal}</strong>`}
    </p>
    ${reasonList(terms, t.conditions, option.conditions)}
    ${reasonList(terms, t.reasons, option.reasons)} ${reasonList(terms, t.risks, option.risks)}
  </div>`;
}

/** The result page. */
export function renderResultPage(view: ResultView): string {
  const { lang, permalink } = view;
  const { state, assessment, changes } = view.result;
  const t = webMessages(lang).interview.result;
  const goalForms = new Set<FormId>(state.goal !== null ? GOAL_FORMS[state.goal] : []);
  const byVerdict = (verdict: Verdict) =>
    assessment.options
      .filter((o) => o.verdict === verdict)
      // A stable sort: within each group, the forms that fit the goal come first.
      .sort((a, b) => Number(goalForms.has(b.form)) - Number(goalForms.has(a.form)));
  const startUnknown = state.answers.get('startDate')?.kind === 'unknown';
  const labelOf = new Map(assessment.options.map((o) => [o.form, o.label]));

  const goalField = interviewField('goal');
  const goalLabel =
    state.goal !== null
      ? (goalField?.options?.find((o) => o.value === state.goal)?.label[lang] ?? state.goal)
      : null;
  const goalOptions = assessment.options.filter((o) => goalForms.has(o.form));
  // One explainer for the page: each glossary term is explained where it first appears.
  const terms = new TermExplainer(lang, loadContentLibrary().glossary);

  const main = html`<h1>${t.heading}</h1>
    <p class="lead">${t.lead(assessment.asOf, assessment.ruleSet.label)}</p>
    ${
      startUnknown &&
      html`<p class="inset">${interviewMessages(lang).startDateUnknown(view.today)}</p>`
    }

    <h2>${t.summaryHeading}</h2>
    <ul class="list-bullet">
      ${VERDICTS.map(
        (v) =>
          html`<li>
            <a href="#group-${v}">${t.summaryCount(byVerdict(v).length, t.groups[v].heading)}</a>
          </li>`,
      )}
    </ul>

    <h2>${t.goalHeading}</h2>
    ${
      goalLabel === null || goalOptions.length === 0
        ? html`<p>${goalLabel === null ? t.goalNone : `${goalLabel}.`}</p>`
        : html`<p>${t.goalIntro(goalLabel.charAt(0).toLowerCase() + goalLabel.slice(1))}</p>
            <ul class="list-bullet">
              ${goalOptions.map(
                (o) =>
                  html`<li>
                    <a href="#form-${o.form}">${o.label}</a>: ${t.verdicts[o.verdict].toLowerCase()}
                  </li>`,
              )}
            </ul>`
    }
    ${VERDICTS.map((verdict) => {
      const options = byVerdict(verdict);
      const group = t.groups[verdict];
      return html`<div class="verdict-group" id="group-${verdict}">
        <h2>${group.heading}</h2>
        ${
          options.length === 0
            ? html`<p>${group.none}</p>`
            : html`<p>${group.intro}</p>
                ${options.map((o) => formBlock(terms, o, goalForms.has(o.form)))}`
        }
      </div>`;
    })}
    ${renderRegimeBox(lang, assessment)}

    <h2>${t.changesHeading}</h2>
    ${
      changes.length === 0
        ? html`<p>${t.noChanges}</p>`
        : html`<ul class="list-bullet">
            ${changes.map((c) => html`<li>${terms.text(c.text)}</li>`)}
          </ul>`
    }

    <h2 id="open-questions">${t.openHeading}</h2>
    ${
      assessment.questions.length === 0
        ? html`<p>${t.noneOpen}</p>`
        : html`<p>${t.openIntro}</p>
            <ul class="list-bullet">
              ${assessment.questions.map((q) => {
                const field = interviewField(q.field);
                const affects = q.affects.map((f) => labelOf.get(f) ?? f).join('; ');
                return html`<li>
                  <a href="${questionHref(q.field, permalink, lang)}"
                    >${field?.question[lang] ?? q.text}</a
                  >
                  <span class="affects">${t.affects} ${affects}</span>
                </li>`;
              })}
            </ul>`
    }
    ${
      assessment.unverified.length > 0 &&
      html`<h2>${t.unverifiedHeading}</h2>
        <p>${t.unverifiedIntro}</p>
        <ul class="list-bullet">
          ${assessment.unverified.map(
            (r) => html`<li>${terms.text(r.text)}${renderCitations(t.sources, r.citations)}</li>`,
          )}
        </ul>`
    }

    <h2>${t.memoHeading}</h2>
    <p>${t.memoIntro}</p>
    <ul class="list-bullet">
      <li><a href="${interviewHref('memoPdf', permalink, lang)}">${t.memoPdf}</a></li>
      <li><a href="${interviewHref('memoDocx', permalink, lang)}">${t.memoDocx}</a></li>
      <li><a href="${interviewHref('memoMarkdown', permalink, lang)}">${t.memoMarkdown}</a></li>
    </ul>
    ${renderSaveCaseSection(lang, view.result, permalink)}

    <p>
      <a class="button button--secondary" href="${interviewHref('check', permalink, lang)}"
        >${t.changeAnswers}</a
      >
    </p>
    <p class="hint">${t.bookmark}</p>
    ${terms.footer()}`;

  return renderInterviewPage({
    lang,
    title: t.title(assessment.asOf),
    path: INTERVIEW_PATHS.result,
    query: permalink,
    backHref: interviewHref('check', permalink, lang),
    main,
  });
}
