// Check your answers (GOV.UK pattern): every answer with a link to change it, the questions that
// could still change the result, and the way to the result.
import type { Lang } from '../../../engine/index';
import type { InterviewState } from '../../../domain/interview/index';
import { answerLabel, INTERVIEW_FIELDS, interviewField } from '../../../domain/interview/index';
import { html } from '../../html';
import { webMessages } from '../../locales/index';
import { renderInterviewPage } from './interview-layout';
import { interviewHref, INTERVIEW_PATHS, questionHref } from './interview-urls';
import { FIRST_FIELD } from './start-page';

/** Everything the check-your-answers page shows. */
export interface CheckAnswersView {
  lang: Lang;
  state: InterviewState;
  permalink: string;
  /** The answered questions in the order they were asked. */
  asked: readonly string[];
  /** Field paths of the questions that could still change the result; `null` without a start date. */
  open: readonly string[] | null;
  backHref: string;
}

/** The check-your-answers page. */
export function renderCheckAnswersPage(view: CheckAnswersView): string {
  const { lang, state, permalink } = view;
  const t = webMessages(lang).interview;
  const inOrder = [
    ...view.asked,
    ...INTERVIEW_FIELDS.map((f) => f.path).filter(
      (p) => state.answers.has(p) && !view.asked.includes(p),
    ),
  ];
  const rows = inOrder.flatMap((path) => {
    const field = interviewField(path);
    const answer = state.answers.get(path);
    return field === undefined || answer === undefined ? [] : [{ field, answer }];
  });

  const answers =
    rows.length === 0
      ? html`<p>${t.check.noAnswers}</p>
          <p><a href="${questionHref(FIRST_FIELD, permalink, lang)}">${t.check.startLink}</a></p>`
      : html`<dl class="summary-list">
          ${rows.map(
            ({ field, answer }) =>
              html`<div class="summary-list__row">
                <dt class="summary-list__key">${field.question[lang]}</dt>
                <dd class="summary-list__value">${answerLabel(field, answer, lang)}</dd>
                <dd class="summary-list__actions">
                  <a href="${questionHref(field.path, permalink, lang)}"
                    >${t.check.change}<span class="visually-hidden">
                      ${field.question[lang]}</span
                    ></a
                  >
                </dd>
              </div>`,
          )}
        </dl>`;

  const open =
    view.open === null
      ? html`<p>
          <a href="${questionHref(FIRST_FIELD, permalink, lang)}">${t.check.missingStartDate}</a>
        </p>`
      : html`<h2>${t.check.openHeading}</h2>
          ${
            view.open.length === 0
              ? html`<p>${t.check.noneOpen}</p>`
              : html`<p>${t.check.openIntro}</p>
                  <ul class="list-bullet">
                    ${view.open.map((path) => {
                      const field = interviewField(path);
                      return html`<li>
                        <a href="${questionHref(path, permalink, lang)}"
                          >${field?.question[lang] ?? path}</a
                        >
                      </li>`;
                    })}
                  </ul>`
          }
          <a class="button" href="${interviewHref('result', permalink, lang)}"
            >${t.check.resultButton}</a
          >`;

  return renderInterviewPage({
    lang,
    title: t.check.heading,
    path: INTERVIEW_PATHS.check,
    query: permalink,
    backHref: view.backHref,
    main: html`<h1>${t.check.heading}</h1>
      <h2>${t.check.answersHeading}</h2>
      ${answers} ${open}`,
  });
}
