// The guide's start page: what it does, who it is for, what you need, and the way in.
import type { Lang } from '../../../engine/index';
import { html } from '../../html';
import { webMessages } from '../../locales/index';
import { pathInLang } from '../../request-lang';
import { renderInterviewPage } from './interview-layout';
import { INTERVIEW_PATHS, questionHref } from './interview-urls';

/** The field every journey starts with. */
export const FIRST_FIELD = 'startDate';

/** The start page in `lang`. */
export function renderStartPage(lang: Lang): string {
  const t = webMessages(lang).interview.start;
  return renderInterviewPage({
    lang,
    title: t.heading,
    path: INTERVIEW_PATHS.start,
    query: '',
    backHref: pathInLang('/', lang),
    main: html`<h1>${t.heading}</h1>
      <p class="lead">${t.lead}</p>
      <p>${t.intro}</p>

      <h2>${t.whoHeading}</h2>
      <ul class="list-bullet">
        ${t.who.map((line) => html`<li>${line}</li>`)}
      </ul>

      <h2>${t.needHeading}</h2>
      <ul class="list-bullet">
        ${t.need.map((line) => html`<li>${line}</li>`)}
      </ul>
      <p>${t.dontKnowNote}</p>
      <p>${t.duration}</p>

      <a class="button button--start" href="${questionHref(FIRST_FIELD, '', lang)}"
        >${t.startButton}<svg
          class="button__arrow"
          aria-hidden="true"
          focusable="false"
          width="17"
          height="19"
          viewBox="0 0 33 40"
        >
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" /></svg
      ></a>

      <h2>${t.privacyHeading}</h2>
      <p>${t.privacy}</p>`,
  });
}
