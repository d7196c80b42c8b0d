// The section of a post's page that lists the collaboration forms the engine finds open for the
// case facts the poster gave: each form's verdict with its conditions, reasons, risks and their
// legal basis (the saved cases' rendering), the rule set, and a link into the guide with the
// same facts.
import type { OpenForms } from '../../../challenges/index';
import { stateFromCase, writePermalink } from '../../../domain/interview/index';
import type { Lang } from '../../../engine/index';
import { html, type Html } from '../../html';
import { challengesMessages } from '../../locales/challenges-messages';
import { renderVerdicts } from '../cases/case-assessment-section';
import { interviewHref } from '../interview/interview-urls';

/** The open forms section. */
export function renderOpenForms(lang: Lang, open: OpenForms): Html {
  const t = challengesMessages(lang).openForms;
  const heading = html`<h2 id="open-forms">${t.heading}</h2>`;
  let body: Html;
  if (open.status === 'no-facts') body = html`<p>${t.none}</p>`;
  else if (open.status === 'outside-coverage') {
    body = html`<p class="inset">${t.outsideCoverage(open.coverageStart)}</p>`;
  } else {
    const { assessment, facts } = open;
    body = html`<p>${t.lead(assessment.asOf)}</p>
      <p data-rule-set="${assessment.ruleSet.id}">${t.ruleSet(assessment.ruleSet.label)}</p>
      ${renderVerdicts(lang, assessment)}
      <p>
        <a href="${interviewHref('result', writePermalink(stateFromCase(facts)), lang)}"
          >${t.guide}</a
        >
      </p>`;
  }
  return html`<section aria-labelledby="open-forms">${heading} ${body}</section>`;
}
