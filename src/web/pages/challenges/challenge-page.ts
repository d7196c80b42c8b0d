// The page of one post: everything it says, the forms the engine finds open, and what the viewer
// may do with it. The poster's members see an edit link and the interest registered, each with
// its conversation; another organisation's members register interest or open their
// conversation; a visitor is asked to sign in.
import type { ChallengeRecord, InterestSummary, OpenForms } from '../../../challenges/index';
import { formatRecordTime } from '../../../domain/cases/index';
import type { Lang } from '../../../engine/index';
import { csrfField } from '../../auth/csrf-field';
import { errorSummary } from '../../error-summary';
import { textField } from '../../form-fields';
import { html, type Html } from '../../html';
import { challengesMessages } from '../../locales/challenges-messages';
import { renderPage } from '../../page-layout';
import { pathInLang } from '../../request-lang';
import { MESSAGE_MAX_LENGTH } from '../../../challenges/index';
import { areasText, budgetText, goalsText, statusText, timelineText } from './challenge-summary';
import {
  CHALLENGE_PATHS,
  challengeEditPath,
  challengeHref,
  challengeMatchesPath,
  challengePath,
  conversationPath,
  interestPath,
} from './challenge-urls';
import { paragraphs } from './paragraphs';
import { renderOpenForms } from './open-forms-section';

/** Who is looking, and what they may do. */
export type ChallengeViewer =
  | { kind: 'signed-out'; signInHref: string }
  /** signed in without an organisation */
  | { kind: 'no-organisation' }
  | { kind: 'poster'; canEdit: boolean; interests: readonly InterestSummary[] }
  | {
      kind: 'other';
      canWrite: boolean;
      ownInterest: InterestSummary | undefined;
      csrfToken: string | undefined;
      form: { message: string; errors: readonly string[] };
    };

/** What the page shows. */
export interface ChallengePageView {
  lang: Lang;
  challenge: ChallengeRecord;
  openForms: OpenForms;
  viewer: ChallengeViewer;
  notice?: string | undefined;
}

/** The page of a post. */
export function renderChallengePage(view: ChallengePageView): string {
  const { lang, challenge: c } = view;
  const t = challengesMessages(lang);
  const p = t.page;
  const formErrors = view.viewer.kind === 'other' ? view.viewer.form.errors : [];
  const rows: [string, string][] = [
    [p.kindLabel, t.kinds[c.kind]],
    [p.statusLabel, statusText(c, lang)],
    [t.board.poster, c.organisationName],
    [t.board.goals, goalsText(c.goals, lang)],
    [t.board.areaLabel, areasText(c.areaCodes, lang)],
    [t.board.timeline, timelineText(c, lang)],
    [t.board.budget, budgetText(c.budgetSek, lang)],
    [p.cpv, c.cpv.length === 0 ? '–' : c.cpv.join(', ')],
    [p.posted, formatRecordTime(c.createdAt)],
    [p.updated, formatRecordTime(c.updatedAt)],
  ];
  return renderPage({
    lang,
    path: challengePath(c.id),
    title: `${formErrors.length > 0 ? `${t.errorPrefix} ` : ''}${c.title} – samverka`,
    main: html`${
        formErrors.length > 0 &&
        errorSummary(
          t.summaryTitle,
          formErrors.map((text) => ({ text: `${t.interest.message}: ${text}`, href: '#message' })),
        )
      }
      ${
        view.notice !== undefined &&
        html`<div class="callout" role="status"><p>${view.notice}</p></div>`
      }
      <p><a href="${pathInLang(CHALLENGE_PATHS.board, lang)}">${p.backToBoard}</a></p>
      <h1>${c.title}</h1>
      ${
        view.viewer.kind === 'poster' &&
        view.viewer.canEdit &&
        html`<p><a href="${challengeHref(challengeEditPath(c.id), lang)}">${p.edit}</a></p>`
      }
      <dl class="summary-list">
        ${rows.map(
          ([key, value]) =>
            html`<div class="summary-list__row">
              <dt class="summary-list__key">${key}</dt>
              <dd class="summary-list__value">${value}</dd>
            </div>`,
        )}
      </dl>
      <h2>${p.description}</h2>
      ${paragraphs(c.description)} ${renderOpenForms(lang, view.openForms)}
      <section aria-labelledby="matches">
        <h2 id="matches">${p.matches}</h2>
        <p>
          <a href="${challengeHref(challengeMatchesPath(c.id), lang)}">${p.matches}</a>:
          ${p.matchesLead}
        </p>
      </section>
      ${interestSection(view)}`,
  });
}

function interestSection(view: ChallengePageView): Html {
  const { lang, challenge: c, viewer } = view;
  const t = challengesMessages(lang).interest;
  let body: Html;
  switch (viewer.kind) {
    case 'signed-out':
      body = html`<p>${t.signedOut} <a href="${viewer.signInHref}">${t.signInLink}</a></p>`;
      break;
    case 'no-organisation':
      body = html`<p>${t.signedOut}</p>`;
      break;
    case 'poster':
      body = html`<p>${t.ownPost}</p>
        ${interestTable(lang, c, viewer.interests)}`;
      break;
    case 'other':
      if (viewer.ownInterest) {
        body = html`<p>${t.existing}</p>
          <p>
            <a href="${challengeHref(conversationPath(c.id, viewer.ownInterest.id), lang)}"
              >${t.openConversation}</a
            >
          </p>`;
      } else if (c.status === 'avslutad') body = html`<p>${t.closed}</p>`;
      else if (!viewer.canWrite || viewer.csrfToken === undefined) {
        body = html`<p>${t.cannotWrite}</p>`;
      } else {
        body = html`<p>${t.formLead(c.title)}</p>
          <form method="post" action="${pathInLang(interestPath(c.id), lang)}" novalidate>
            ${csrfField(viewer.csrfToken)}
            ${textField({
              id: 'message',
              name: 'message',
              label: t.message,
              hint: t.messageHint,
              rows: 6,
              maxlength: MESSAGE_MAX_LENGTH,
              value: viewer.form.message,
              errors: viewer.form.errors,
              errorPrefix: challengesMessages(lang).errorPrefix,
            })}
            <button type="submit" class="button">${t.register}</button>
          </form>`;
      }
      break;
  }
  return html`<section aria-labelledby="interest">
    <h2 id="interest">${t.heading}</h2>
    ${body}
  </section>`;
}

function interestTable(
  lang: Lang,
  c: ChallengeRecord,
  interests: readonly InterestSummary[],
): Html {
  const t = challengesMessages(lang).interest;
  if (interests.length === 0) return html`<p>${t.none}</p>`;
  return html`<table class="data-table">
    <caption>
      ${t.listHeading}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t.columns.organisation}</th>
        <th scope="col">${t.columns.since}</th>
        <th scope="col">${t.columns.messages}</th>
        <th scope="col">${t.columns.latest}</th>
      </tr>
    </thead>
    <tbody>
      ${interests.map(
        (i) =>
          html`<tr>
            <th scope="row">
              <a href="${challengeHref(conversationPath(c.id, i.id), lang)}"
                >${i.interestedOrganisationName}</a
              >
            </th>
            <td>${formatRecordTime(i.createdAt)}</td>
            <td>${String(i.messageCount)}</td>
            <td>${formatRecordTime(i.lastActivityAt)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
