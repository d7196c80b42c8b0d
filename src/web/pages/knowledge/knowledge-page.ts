// One knowledge page: its Markdown with glossary terms explained in place, and for a form its
// legal basis, the checks the rules make on a date, related terms, sources and a way into the
// guide.
import { CONTENT_PATHS, renderMarkdown, type KnowledgePage } from '../../../content/index';
import {
  legalBasisCitations,
  type CheckDate,
  type FormChecks,
} from '../../../domain/knowledge/index';
import type { Lang } from '../../../engine/index';
import { html, rendererHtml, type Html } from '../../html';
import { webMessages } from '../../locales/index';
import { renderPage } from '../../page-layout';
import { pathInLang } from '../../request-lang';
import { headword, TermExplainer } from '../../terms/term-explainer';
import { renderLegalBasisCitation } from './citations';
import { dateError, renderChecksSection } from './form-checks-section';
import type { KnowledgeLibrary } from './knowledge-library';

/** What a knowledge page is rendered from. */
export interface KnowledgePageInput {
  lang: Lang;
  page: KnowledgePage;
  kb: KnowledgeLibrary;
  /** The date asked for with `datum`, as typed ('' when none). */
  asked: string;
  /** The date read; for a form page, the checks are made for it when it is valid. */
  date: CheckDate;
  /** The checks for the date, for a form page with a valid date. */
  checks: FormChecks | null;
  /** The guide's address pre-filled for the page. */
  interviewHref: string | null;
}

function legalBasisSection(input: KnowledgePageInput): Html {
  const { lang, page, kb } = input;
  const t = webMessages(lang).knowledge.page;
  const items = legalBasisCitations(page.legalBasis, kb.sources);
  return html`<section aria-labelledby="legal-basis-heading">
    <h2 id="legal-basis-heading">${t.legalBasisHeading}</h2>
    <ul class="legal-basis">
      ${items.map(
        (c) =>
          html`<li>
            ${renderLegalBasisCitation(c)}${c.title !== null && html` – ${c.title[lang]}`}
          </li>`,
      )}
    </ul>
  </section>`;
}

function relatedTermsSection(input: KnowledgePageInput): Html {
  const { lang, page, kb } = input;
  const t = webMessages(lang).knowledge.page;
  const form = page.form;
  const entries = kb.library.glossary.filter((e) => form !== null && e.forms.includes(form));
  return html`<section aria-labelledby="related-terms-heading">
    <h2 id="related-terms-heading">${t.relatedTermsHeading}</h2>
    ${
      entries.length === 0
        ? html`<p>${t.noRelatedTerms}</p>`
        : html`<ul class="related-terms">
            ${entries.map(
              (e) =>
                html`<li>
                  <a href="${glossaryHref(e.id, lang)}">${headword(e, lang)}</a>
                  (${e.civil[lang].join(', ')})
                </li>`,
            )}
          </ul>`
    }
  </section>`;
}

function sourcesSection(input: KnowledgePageInput): Html {
  const { lang, page, kb } = input;
  const t = webMessages(lang).knowledge.page;
  return html`<section aria-labelledby="sources-heading">
    <h2 id="sources-heading">${t.sourcesHeading}</h2>
    <ul class="sources">
      ${page.sources.map((id) => {
        const s = kb.sources.get(id);
        if (s === undefined) return html`<li>${id}</li>`;
        return html`<li data-source="${s.id}">
          <a href="${s.url}">${s.title[lang]}</a>
          ${
            !s.verified &&
            html`<br /><strong class="not-verified">${t.notVerified}</strong>
              ${s.note?.[lang] ?? ''}`
          }
        </li>`;
      })}
    </ul>
  </section>`;
}

/** The page's HTML and the status to send it with (400 when the date asked for is refused). */
export function renderKnowledgePage(input: KnowledgePageInput): { status: number; html: string } {
  const { lang, page, kb } = input;
  const t = webMessages(lang).knowledge;
  const path = pathForPage(page);
  const error = page.kind === 'form' ? dateError(lang, input.date) : null;
  const explainer = new TermExplainer(lang, kb.library.glossary);
  const body = renderMarkdown(page.body[lang], {
    sources: kb.sources,
    terms: { matcher: explainer.matcher, render: explainer.render },
  });
  const isForm = page.kind === 'form';
  const main = html`<nav class="breadcrumbs" aria-label="${t.page.breadcrumbLabel}">
      <a href="${pathInLang(CONTENT_PATHS.knowledge, lang)}">${t.page.overviewLink}</a>
    </nav>
    <h1>${page.title[lang]}</h1>
    <p class="lead">${page.summary[lang]}</p>
    <div class="knowledge-body">${rendererHtml(body.html)}</div>
    ${isForm && legalBasisSection(input)}
    ${
      isForm && renderChecksSection({ lang, path, asked: input.asked, error, checks: input.checks })
    }
    ${isForm && relatedTermsSection(input)}
    ${
      input.interviewHref !== null &&
      html`<section class="callout" aria-labelledby="interview-link-heading">
        <h2 id="interview-link-heading">${t.page.interviewHeading}</h2>
        <p>${t.page.interviewIntro}</p>
        <p>
          <a class="button" href="${input.interviewHref}">${t.page.interviewLink}</a>
        </p>
      </section>`
    }
    ${sourcesSection(input)}
    <section aria-labelledby="last-checked-heading">
      <h2 id="last-checked-heading">${t.page.lastCheckedHeading}</h2>
      <p>${t.page.lastChecked(page.verifiedOn)}</p>
    </section>
    ${explainer.footer()}`;
  return {
    status: error !== null ? 400 : 200,
    html: renderPage({
      lang,
      path,
      query: input.asked !== '' ? new URLSearchParams({ datum: input.asked }).toString() : '',
      title: `${error !== null ? t.titleErrorPrefix : ''}${page.title[lang]} – ${t.serviceName}`,
      description: page.summary[lang],
      main,
    }),
  };
}

/** A glossary entry in `lang`: the language in the query, before the entry's anchor. */
export function glossaryHref(id: string, lang: Lang): string {
  return `${pathInLang(CONTENT_PATHS.glossary, lang)}#${encodeURIComponent(id)}`;
}

/** A knowledge page's path. */
function pathForPage(page: KnowledgePage): string {
  return `${CONTENT_PATHS.knowledge}/${encodeURIComponent(page.id)}`;
}
