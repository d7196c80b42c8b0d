// The knowledge base's front page: the forms compared side by side, the guides, and the ways on
// to the rules over time, the glossary and search.
import { COMPARE_ASPECTS, CONTENT_PATHS, knowledgePagePath } from '../../../content/index';
import { legalBasisCitations } from '../../../domain/knowledge/index';
import type { Lang } from '../../../engine/index';
import { FORM_IDS } from '../../../rules/assessment';
import { html, type Html } from '../../html';
import { webMessages } from '../../locales/index';
import { renderPage } from '../../page-layout';
import { pathInLang } from '../../request-lang';
import { renderLegalBasisList } from './citations';
import type { KnowledgeLibrary } from './knowledge-library';

/** The id of the comparison table's caption, which names its scrolling region. */
export const COMPARE_CAPTION_ID = 'compare-caption';

function compareTable(lang: Lang, kb: KnowledgeLibrary): Html {
  const t = webMessages(lang).knowledge.overview;
  const formNames = webMessages(lang).home.forms;
  return html`<div
      class="table-scroll"
      role="region"
      aria-labelledby="${COMPARE_CAPTION_ID}"
      tabindex="0"
    >
      <table class="data-table data-table--wide">
        <caption id="${COMPARE_CAPTION_ID}">
          ${t.compareCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.formColumn}</th>
            ${COMPARE_ASPECTS.map((a) => html`<th scope="col">${t.aspects[a]}</th>`)}
            <th scope="col">${t.legalBasisColumn}</th>
          </tr>
        </thead>
        <tbody>
          ${FORM_IDS.map((form) => {
            const page = kb.pages.get(form);
            if (page === undefined) {
              return html`<tr>
                <th scope="row">${formNames[form]}</th>
                <td colspan="${COMPARE_ASPECTS.length + 1}">${t.noPage}</td>
              </tr>`;
            }
            return html`<tr>
              <th scope="row">
                <a href="${pathInLang(knowledgePagePath(page.id), lang)}">${page.title[lang]}</a>
              </th>
              ${COMPARE_ASPECTS.map((a) => html`<td>${page.compare?.[a][lang] ?? ''}</td>`)}
              <td>${renderLegalBasisList(legalBasisCitations(page.legalBasis, kb.sources))}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    <p class="small-note">${t.compareScrollHint}</p>`;
}

/** The knowledge base's front page in `lang`. */
export function renderOverviewPage(lang: Lang, kb: KnowledgeLibrary): string {
  const t = webMessages(lang).knowledge.overview;
  const guides = kb.library.pages.filter((p) => p.kind === 'guide');
  const more: [string, { label: string; description: string }][] = [
    [CONTENT_PATHS.rulesOverTime, t.rulesLink],
    [CONTENT_PATHS.glossary, t.glossaryLink],
    [CONTENT_PATHS.search, t.searchLink],
    [CONTENT_PATHS.interview, t.interviewLink],
  ];
  return renderPage({
    lang,
    path: CONTENT_PATHS.knowledge,
    title: t.title,
    description: t.metaDescription,
    main: html`<h1>${t.heading}</h1>
      <p class="lead">${t.lead}</p>
      <p>${t.intro}</p>

      <section aria-labelledby="compare-heading">
        <h2 id="compare-heading">${t.compareHeading}</h2>
        ${compareTable(lang, kb)}
      </section>

      ${
        guides.length > 0 &&
        html`<section aria-labelledby="guides-heading">
          <h2 id="guides-heading">${t.guidesHeading}</h2>
          <p>${t.guidesIntro}</p>
          <ul>
            ${guides.map(
              (g) =>
                html`<li>
                  <a href="${pathInLang(knowledgePagePath(g.id), lang)}">${g.title[lang]}</a>:
                  ${g.summary[lang]}
                </li>`,
            )}
          </ul>
        </section>`
      }

      <section aria-labelledby="more-heading">
        <h2 id="more-heading">${t.moreHeading}</h2>
        <ul>
          ${more.map(
            ([href, link]) =>
              html`<li>
                <a href="${pathInLang(href, lang)}">${link.label}</a>: ${link.description}
              </li>`,
          )}
        </ul>
      </section>`,
  });
}
