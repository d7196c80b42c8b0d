// Saving the guide's result as a case: the section on the result page (a form for members who may
// save, a way to sign in for visitors) and the page that shows the form again when the title was
// wrong. The guide's answers travel in the form's address (the permalink), as everywhere in the
// guide.
import { roleAllows } from '../../../domain/accounts/index';
import { TITLE_MAX_LENGTH, oneLine } from '../../../domain/cases/index';
import { cpvLabel, type InterviewResult } from '../../../domain/interview/index';
import type { Lang } from '../../../engine/index';
import { signInHref } from '../../auth/access-guard';
import { csrfField } from '../../auth/csrf-field';
import { currentViewer } from '../../auth/viewer-context';
import { errorSummary } from '../../error-summary';
import { textField } from '../../form-fields';
import { html, type Html } from '../../html';
import { casesMessages } from '../../locales/cases-messages';
import { renderPage } from '../../page-layout';
import { hrefInLang } from '../../request-lang';
import { INTERVIEW_PATHS, interviewHref } from '../interview/interview-urls';
import { CASES_PATH, NEW_CASE_PATH } from './case-urls';

/** A name for the case from its own words: its title, its description, or the service bought. */
export function suggestedTitle(result: InterviewResult, lang: Lang): string {
  const c = result.state.case;
  const code = c.subject?.cpv?.[0];
  const candidates = [
    c.title,
    c.subject?.description,
    code === undefined ? undefined : cpvLabel(code, lang),
  ];
  const own = candidates.map((s) => oneLine(s ?? '')).find((s) => s !== '');
  return (own ?? '').slice(0, TITLE_MAX_LENGTH);
}

function saveForm(options: {
  lang: Lang;
  csrfToken: string;
  permalink: string;
  title: string;
  errors?: readonly string[];
}): Html {
  const t = casesMessages(options.lang);
  return html`<form
    method="post"
    action="${hrefInLang(CASES_PATH, options.permalink, options.lang)}"
    novalidate
  >
    ${csrfField(options.csrfToken)}
    ${textField({
      id: 'title',
      name: 'title',
      label: t.save.titleLabel,
      hint: t.save.titleHint,
      value: options.title,
      errors: options.errors ?? [],
      errorPrefix: t.errorPrefix,
      widthClass: 'input--width-30',
      maxlength: TITLE_MAX_LENGTH,
    })}
    <button type="submit" class="button">${t.save.button}</button>
  </form>`;
}

/**
 * The section of the result page that saves the case: a form for a member whose role may save,
 * a sentence for one whose role may not, and a way to sign in for a visitor.
 */
export function renderSaveCaseSection(
  lang: Lang,
  result: InterviewResult,
  permalink: string,
): Html {
  const t = casesMessages(lang).save;
  const viewer = currentViewer();
  const heading = html`<h2 id="save-case">${t.heading}</h2>`;
  if (viewer.user === undefined) {
    const back = hrefInLang(INTERVIEW_PATHS.result, permalink, lang);
    return html`${heading}
      <p>${t.signInToSave} <a href="${signInHref(back, lang)}">${t.signInLink}</a></p>`;
  }
  const organisation = viewer.organisation;
  if (!organisation) return html``;
  if (!roleAllows(organisation.role, 'case.create') || viewer.csrfToken === undefined) {
    return html`${heading}
      <p>${t.readerCannotSave}</p>`;
  }
  return html`${heading}
    <p>${t.intro(organisation.organisationName)}</p>
    ${saveForm({
      lang,
      csrfToken: viewer.csrfToken,
      permalink,
      title: suggestedTitle(result, lang),
    })}`;
}

/** What the save page shows. */
export interface SaveCaseView {
  lang: Lang;
  csrfToken: string;
  result: InterviewResult;
  permalink: string;
  title: string;
  errors: readonly string[];
}

/** The page with the save form alone, shown again with the problem when the title was wrong. */
export function renderSaveCasePage(view: SaveCaseView): string {
  const { lang } = view;
  const t = casesMessages(lang);
  const { assessment } = view.result;
  const summary = view.errors.map((text) => ({ text, href: '#title' }));
  return renderPage({
    lang,
    path: NEW_CASE_PATH,
    query: view.permalink,
    title: `${summary.length > 0 ? `${t.errorPrefix} ` : ''}${t.save.pageTitle} – samverka`,
    main: html`${summary.length > 0 && errorSummary(t.summaryTitle, summary)}
      <h1>${t.save.pageTitle}</h1>
      <p class="lead">${t.save.pageLead(assessment.asOf, assessment.ruleSet.label)}</p>
      ${saveForm({
        lang,
        csrfToken: view.csrfToken,
        permalink: view.permalink,
        title: view.title,
        errors: view.errors,
      })}
      <p><a href="${interviewHref('result', view.permalink, lang)}">${t.save.backToResult}</a></p>`,
  });
}
