// A conversation between a poster and an interested organisation, and the list of an
// organisation's conversations on both sides. Only the members of the two organisations reach
// these pages; the routes answer anyone else 404.
import {
  MESSAGE_MAX_LENGTH,
  sideOf,
  type Conversation,
  type InterestSummary,
} from '../../../challenges/index';
import { formatRecordTime } from '../../../domain/cases/index';
import type { Lang } from '../../../engine/index';
import { csrfField } from '../../auth/csrf-field';
import { errorSummary } from '../../error-summary';
import { textField } from '../../form-fields';
import { html, type Html } from '../../html';
import { challengesMessages } from '../../locales/challenges-messages';
import { renderPage } from '../../page-layout';
import { pathInLang } from '../../request-lang';
import { CHALLENGE_PATHS, challengeHref, challengePath, conversationPath } from './challenge-urls';
import { paragraphs } from './paragraphs';

/** What the conversation page shows. */
export interface ConversationView {
  lang: Lang;
  conversation: Conversation;
  /** the viewer's organisation, one of the two parties */
  organisationId: string;
  /** the CSRF token when the viewer may write; undefined for a reader */
  csrfToken: string | undefined;
  form: { body: string; errors: readonly string[] };
  notice?: string | undefined;
}

/** The conversation page. */
export function renderConversationPage(view: ConversationView): string {
  const { lang, conversation } = view;
  const { interest, challenge, messages } = conversation;
  const t = challengesMessages(lang);
  const c = t.conversation;
  const path = conversationPath(challenge.id, interest.id);
  const errors = view.form.errors;
  return renderPage({
    lang,
    path,
    title: `${errors.length > 0 ? `${t.errorPrefix} ` : ''}${c.title(challenge.title)} – samverka`,
    main: html`${
        errors.length > 0 &&
        errorSummary(
          t.summaryTitle,
          errors.map((text) => ({ text: `${c.reply}: ${text}`, href: '#body' })),
        )
      }
      ${
        view.notice !== undefined &&
        html`<div class="callout" role="status"><p>${view.notice}</p></div>`
      }
      <h1>${c.title(challenge.title)}</h1>
      <p class="lead">
        ${c.lead(interest.posterOrganisationName, interest.interestedOrganisationName)}
      </p>
      <p>
        ${c.about}:
        <a href="${challengeHref(challengePath(challenge.id), lang)}">${challenge.title}</a>
      </p>
      <h2 id="messages">${c.messages}</h2>
      <ol class="list-plain conversation" aria-labelledby="messages">
        ${messages.map(
          (m) =>
            html`<li
              class="conversation__message"
              data-from="${m.fromOrganisationId === view.organisationId ? 'us' : 'them'}"
            >
              <h3 class="conversation__author">
                ${c.from(m.fromOrganisationName, m.authorName)},
                <time datetime="${m.createdAt.toISOString()}"
                  >${formatRecordTime(m.createdAt)}</time
                >
              </h3>
              ${paragraphs(m.body)}
            </li>`,
        )}
      </ol>
      ${
        view.csrfToken === undefined
          ? html`<p>${c.readOnly}</p>`
          : html`<form method="post" action="${pathInLang(path, lang)}" novalidate>
              ${csrfField(view.csrfToken)}
              ${textField({
                id: 'body',
                name: 'body',
                label: c.reply,
                hint: c.replyHint,
                rows: 6,
                maxlength: MESSAGE_MAX_LENGTH,
                value: view.form.body,
                errors,
                errorPrefix: t.errorPrefix,
              })}
              <button type="submit" class="button">${c.send}</button>
            </form>`
      }
      <p>
        <a href="${challengeHref(challengePath(challenge.id), lang)}">${c.backToChallenge}</a>
      </p>`,
  });
}

/** What the list of conversations shows. */
export interface InboxView {
  lang: Lang;
  organisationId: string;
  organisationName: string;
  conversations: readonly InterestSummary[];
}

/** The organisation's conversations, on both sides, newest activity first. */
export function renderInboxPage(view: InboxView): string {
  const { lang } = view;
  const t = challengesMessages(lang).inbox;
  return renderPage({
    lang,
    path: CHALLENGE_PATHS.inbox,
    title: `${t.title} – samverka`,
    main: html`<h1>${t.heading}</h1>
      <p class="lead">${t.lead(view.organisationName)}</p>
      ${
        view.conversations.length === 0
          ? html`<p>${t.empty}</p>`
          : html`<table class="data-table">
              <caption class="visually-hidden">
                ${t.heading}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t.columns.challenge}</th>
                  <th scope="col">${t.columns.counterpart}</th>
                  <th scope="col">${t.columns.side}</th>
                  <th scope="col">${t.columns.messages}</th>
                  <th scope="col">${t.columns.latest}</th>
                </tr>
              </thead>
              <tbody>
                ${view.conversations.map((i) => inboxRow(view, i))}
              </tbody>
            </table>`
      }`,
  });
}

function inboxRow(view: InboxView, i: InterestSummary): Html {
  const t = challengesMessages(view.lang).inbox;
  const ours = sideOf(i, view.organisationId) === 'interested';
  return html`<tr>
    <th scope="row">
      <a href="${challengeHref(conversationPath(i.challengeId, i.id), view.lang)}"
        >${i.challengeTitle}</a
      >
    </th>
    <td>${ours ? i.posterOrganisationName : i.interestedOrganisationName}</td>
    <td>
      ${i.startedBy === 'interested' ? (ours ? t.ours : t.theirs) : ours ? t.theyWrote : t.weWrote}
    </td>
    <td>${String(i.messageCount)}</td>
    <td>${formatRecordTime(i.lastActivityAt)}</td>
  </tr>`;
}
