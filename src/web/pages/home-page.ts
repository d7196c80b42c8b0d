// The home page: what samverka does, and links to what it offers.
import type { Lang } from '../../engine/index';
import { CONTENT_PATHS, knowledgePagePath } from '../../content/index';
import { FORM_IDS } from '../../rules/assessment';
import { html } from '../html';
import { webMessages } from '../locales/index';
import { renderPage } from '../page-layout';
import { pathInLang } from '../request-lang';
import { INTERVIEW_PATHS } from './interview/interview-urls';

/** Where the home page's links lead; the API serves them. */
export const HOME_LINKS = {
  openApi: '/api/v1/openapi.json',
  rules: '/api/v1/rules',
} as const;

/** The home page in `lang`. */
export function renderHomePage(lang: Lang): string {
  const t = webMessages(lang).home;
  return renderPage({
    lang,
    path: '/',
    title: t.title,
    description: t.metaDescription,
    main: html` <h1>samverka</h1>
      <p class="lead">${t.lead}</p>
      <p>${t.intro}</p>

      <section class="callout" aria-labelledby="guide-heading">
        <h2 id="guide-heading">${t.guide.heading}</h2>
        <p>${t.guide.intro}</p>
        <p>
          <a class="button button--start" href="${pathInLang(INTERVIEW_PATHS.start, lang)}"
            >${t.guide.link}</a
          >
        </p>
      </section>

      <section aria-labelledby="forms-heading">
        <h2 id="forms-heading">${t.formsHeading}</h2>
        <ul class="forms-list">
          ${FORM_IDS.map(
            (id) =>
              html`<li>
                <a href="${pathInLang(knowledgePagePath(id), lang)}">${t.forms[id]}</a>
              </li>`,
          )}
        </ul>
      </section>

      <section aria-labelledby="knowledge-heading">
        <h2 id="knowledge-heading">${t.knowledge.heading}</h2>
        <p>${t.knowledge.intro}</p>
        <ul>
          <li>
            <a href="${pathInLang(CONTENT_PATHS.knowledge, lang)}">${t.knowledge.overview.label}</a
            >: ${t.knowledge.overview.description}
          </li>
          <li>
            <a href="${pathInLang(CONTENT_PATHS.glossary, lang)}">${t.knowledge.glossary.label}</a>:
            ${t.knowledge.glossary.description}
          </li>
        </ul>
      </section>

      <section aria-labelledby="how-heading">
        <h2 id="how-heading">${t.howHeading}</h2>
        <ul>
          ${t.how.map((point) => html`<li>${point}</li>`)}
        </ul>
      </section>

      <section aria-labelledby="use-heading">
        <h2 id="use-heading">${t.useHeading}</h2>
        <h3>${t.apiHeading}</h3>
        <p>${t.apiIntro}</p>
        <ul>
          <li><a href="${HOME_LINKS.openApi}">${t.openApi.label}</a>: ${t.openApi.description}</li>
          <li><a href="${HOME_LINKS.rules}">${t.rules.label}</a>: ${t.rules.description}</li>
        </ul>
        <p>${t.assessEndpoint}</p>
        <h3>${t.cliHeading}</h3>
        <p>${t.cliIntro}</p>
        <dl class="commands">
          ${t.cliExamples.map(
            (example) =>
              html`<dt><code>${example.command}</code></dt>
                <dd>${example.description}</dd>`,
          )}
        </dl>
      </section>`,
  });
}
