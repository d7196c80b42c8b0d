// The poster writes first to an organisation that fits its challenge: who they write to, about
// which challenge, and the message. When there is nobody in samverka to write to (the entry is
// not claimed, it is the poster's own, the challenge is closed) the page says so instead of the
// form, and points to the entry's own contact details.
import { MESSAGE_MAX_LENGTH, type ChallengeRecord } from '../../../challenges/index';
import type { Lang } from '../../../engine/index';
import { csrfField } from '../../auth/csrf-field';
import { errorSummary } from '../../error-summary';
import { textField } from '../../form-fields';
import { html } from '../../html';
import { challengesMessages } from '../../locales/challenges-messages';
import { renderPage } from '../../page-layout';
import { pathInLang } from '../../request-lang';
import {
  challengeHref,
  challengeMatchesPath,
  challengePath,
  contactPath,
  conversationPath,
} from './challenge-urls';

/** Why the form is not shown. */
export type ContactRefusal = 'not-claimed' | 'own-organisation' | 'closed';

/** What the contact page shows. */
export interface ContactView {
  lang: Lang;
  challenge: ChallengeRecord;
  target: { orgnr: string; formattedOrgnr: string; name: string };
  csrfToken: string;
  /** the conversation the two already have, if any */
  existingInterestId: string | undefined;
  refusal: ContactRefusal | undefined;
  form: { message: string; errors: readonly string[] };
}

/** The contact page. */
export function renderContactPage(view: ContactView): string {
  const { lang, challenge, target } = view;
  const t = challengesMessages(lang);
  const c = t.contact;
  const errors = view.form.errors;
  const entry = pathInLang(`/aktorer/${target.orgnr}`, lang);
  const refusalText =
    view.refusal === 'not-claimed'
      ? c.notClaimed(target.name)
      : view.refusal === 'own-organisation'
        ? c.ownOrganisation
        : view.refusal === 'closed'
          ? c.closed
          : undefined;
  return renderPage({
    lang,
    path: contactPath(challenge.id),
    query: `orgnr=${target.orgnr}`,
    title: `${errors.length > 0 ? `${t.errorPrefix} ` : ''}${c.title(target.name)} – samverka`,
    main: html`${
        errors.length > 0 &&
        errorSummary(
          t.summaryTitle,
          errors.map((text) => ({ text: `${c.message}: ${text}`, href: '#message' })),
        )
      }
      <p>
        <a href="${challengeHref(challengeMatchesPath(challenge.id), lang)}">${c.backToMatches}</a>
      </p>
      <h1>${c.heading(target.name)}</h1>
      <dl class="summary-list">
        <div class="summary-list__row">
          <dt class="summary-list__key">${c.to}</dt>
          <dd class="summary-list__value">
            <a href="${entry}">${target.name}</a> (${target.formattedOrgnr})
          </dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key">${c.about}</dt>
          <dd class="summary-list__value">
            <a href="${challengeHref(challengePath(challenge.id), lang)}">${challenge.title}</a>
          </dd>
        </div>
      </dl>
      ${
        refusalText !== undefined
          ? html`<div class="callout" role="status"><p>${refusalText}</p></div>
              ${
                view.refusal === 'not-claimed' &&
                html`<p>
                  <a href="${pathInLang(`/aktorer/${target.orgnr}`, lang)}#kontakt"
                    >${c.contactDetails(target.name)}</a
                  >
                </p>`
              }`
          : html`<p class="lead">${c.lead(target.name, challenge.title)}</p>
              ${
                view.existingInterestId !== undefined &&
                html`<p>
                  ${c.existing}
                  <a
                    href="${challengeHref(
                      conversationPath(challenge.id, view.existingInterestId),
                      lang,
                    )}"
                    >${c.openConversation}</a
                  >
                </p>`
              }
              <form
                method="post"
                action="${pathInLang(contactPath(challenge.id), lang)}"
                novalidate
              >
                ${csrfField(view.csrfToken)}
                <input type="hidden" name="orgnr" value="${target.orgnr}" />
                ${textField({
                  id: 'message',
                  name: 'message',
                  label: c.message,
                  hint: c.messageHint,
                  rows: 8,
                  maxlength: MESSAGE_MAX_LENGTH,
                  value: view.form.message,
                  errors,
                  errorPrefix: t.errorPrefix,
                })}
                <button type="submit" class="button">${c.send}</button>
              </form>`
      }`,
  });
}
