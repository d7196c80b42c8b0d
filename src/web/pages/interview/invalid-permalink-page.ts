// The page for an address whose answers cannot be used (a tampered or cut-off permalink): the
// same field errors as the interview and the API, each linked to the question that fixes it.
import type { Lang } from '../../../engine/index';
import type { InterviewState } from '../../../domain/interview/index';
import { interviewField, writePermalink } from '../../../domain/interview/index';
import type { ValidationError } from '../../../domain/case-input/index';
import { html } from '../../html';
import { webMessages } from '../../locales/index';
import { renderErrorSummary, renderInterviewPage, type ErrorItem } from './interview-layout';
import { interviewHref, questionHref } from './interview-urls';

/** The question that answers the field at `path` (`subject.cpv.0` is answered by `subject.cpv`). */
export function fieldOfErrorPath(path: string): string | undefined {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('.');
    if (interviewField(candidate) !== undefined) return candidate;
  }
  return undefined;
}

/** Everything the page shows. */
export interface InvalidPermalinkView {
  lang: Lang;
  /** The page asked for and its query without `lang`, for the language switch. */
  path: string;
  query: string;
  errors: readonly ValidationError[];
  /** The answers that could be read; links lead on with them. */
  state: InterviewState;
}

/** The invalid-permalink page. */
export function renderInvalidPermalinkPage(view: InvalidPermalinkView): string {
  const { lang } = view;
  const t = webMessages(lang).interview;
  const permalink = writePermalink(view.state);
  const items: ErrorItem[] = view.errors.map((e) => {
    const field = fieldOfErrorPath(e.path);
    const named = e.path === '' || e.message.startsWith(`${e.path}:`);
    const text = named ? e.message : `${e.path}: ${e.message}`;
    return field !== undefined ? { text, href: questionHref(field, permalink, lang) } : { text };
  });
  return renderInterviewPage({
    lang,
    title: t.invalid.heading,
    path: view.path,
    // The switch shows the same errors in the other language, so it keeps the query as asked.
    query: view.query,
    hasErrors: true,
    main: html`${renderErrorSummary(lang, items)}
      <h1>${t.invalid.heading}</h1>
      <p>${t.invalid.intro}</p>
      <ul class="list-bullet">
        <li><a href="${interviewHref('check', permalink, lang)}">${t.invalid.continueLink}</a></li>
        <li><a href="${interviewHref('start', '', lang)}">${t.invalid.restartLink}</a></li>
      </ul>`,
  });
}
