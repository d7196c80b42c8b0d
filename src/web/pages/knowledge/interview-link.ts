// The way from a form's page into the guide, with what the page already says filled in: the front
// matter's `interview` parameters read as a permalink, leading to the first question the journey
// would still ask.
import type { KnowledgePage } from '../../../content/index';
import { readPermalink, writePermalink } from '../../../domain/interview/index';
import type { Lang } from '../../../engine/index';
import { interviewHref, questionHref } from '../interview/interview-urls';
import { stepAfter } from '../interview/journey-path';

/**
 * The guide's address for `page`: the first unanswered question with the page's answers in the
 * permalink. A parameter the guide cannot read is left out rather than sent on.
 */
export function interviewLinkFor(page: KnowledgePage, lang: Lang, today: string): string {
  const { state } = readPermalink(new URLSearchParams(page.interview), lang);
  const permalink = writePermalink(state);
  const step = stepAfter(state, lang, today);
  return step.kind === 'question'
    ? questionHref(step.field.path, permalink, lang)
    : interviewHref('check', permalink, lang);
}
