// The owners' page of invitations: invite by e-mail address and role, see the invitations that
// wait, revoke one. Right after an invitation is made, its link is shown once, so that the owner
// can pass it on another way too.
import type { InvitationRecord, Membership } from '../../../accounts/index';
import { ROLES, type Role } from '../../../domain/accounts/index';
import type { Lang } from '../../../engine/index';
import { ACCOUNT_PATHS } from '../../auth/account-paths';
import { csrfField } from '../../auth/csrf-field';
import { errorSummary, fieldErrorMessage } from '../../error-summary';
import { textField } from '../../form-fields';
import { html, type Html } from '../../html';
import { organisationMessages, type OrganisationNotice } from '../../locales/organisation-messages';
import { renderPage } from '../../page-layout';
import { pathInLang } from '../../request-lang';
import { noticeBanner, organisationNav, timeElement } from './organisation-chrome';
import { ORGANISATION_FORM_PATHS } from './organisation-paths';

/** The invitation just made, shown once. */
export interface NewInvitation {
  email: string;
  link: string;
  expiresAt: Date;
  /** whether the mail went out (or into the outbox) */
  mailed: boolean;
}

/** What the invitations page shows. */
export interface InvitationsView {
  lang: Lang;
  csrfToken: string;
  membership: Membership;
  pending: readonly InvitationRecord[];
  values: { email?: string; role?: string };
  errors: { email?: string[]; role?: string[] };
  created?: NewInvitation | undefined;
  notice?: OrganisationNotice | undefined;
  /** a refusal that is about no field (too many invitations) */
  failure?: string | undefined;
}

/** The invitations page. */
export function renderInvitationsPage(view: InvitationsView): string {
  const { lang, membership } = view;
  const t = organisationMessages(lang);
  const v = t.invitations;
  const summary = [
    ...(view.failure !== undefined ? [{ text: view.failure }] : []),
    ...(view.errors.email ?? []).map((text) => ({ text, href: '#email' })),
    ...(view.errors.role ?? []).map((text) => ({ text, href: '#role-0' })),
  ];
  return renderPage({
    lang,
    path: ACCOUNT_PATHS.invitations,
    title: `${summary.length > 0 ? t.errorPrefix + ' ' : ''}${v.title} – ${membership.organisationName} – samverka`,
    main: html`${summary.length > 0 && errorSummary(t.summaryTitle, summary)}
      ${noticeBanner(lang, view.notice)} ${view.created && createdPanel(lang, view.created)}
      <p class="caption">${membership.organisationName}</p>
      <h1>${v.title}</h1>
      ${organisationNav(lang, ACCOUNT_PATHS.invitations, membership.role)}
      <p class="lead">${v.lead}</p>
      <form method="post" action="${pathInLang(ACCOUNT_PATHS.invitations, lang)}" novalidate>
        ${csrfField(view.csrfToken)}
        ${textField({
          id: 'email',
          name: 'email',
          label: v.email,
          hint: v.emailHint,
          type: 'email',
          value: view.values.email,
          errors: view.errors.email,
          errorPrefix: t.errorPrefix,
          autocomplete: 'off',
          spellcheck: false,
          widthClass: 'input--width-30',
        })}
        ${roleRadios(lang, view.values.role, view.errors.role)}
        <button type="submit" class="button">${v.button}</button>
      </form>
      <h2>${v.pendingHeading}</h2>
      ${
        view.pending.length === 0
          ? html`<p>${v.noPending}</p>`
          : pendingTable(lang, view.csrfToken, view.pending)
      }`,
  });
}

function createdPanel(lang: Lang, created: NewInvitation): Html {
  const v = organisationMessages(lang).invitations;
  const expires = organisationMessages(lang).dateTime(created.expiresAt);
  return html`<div class="callout" role="status">
    <h2>${v.sentTitle}</h2>
    <p>${created.mailed ? v.sent(created.email) : v.notSent(created.email)}</p>
    <div class="form-group">
      <label class="label label--bold" for="invitation-link">${v.linkLabel}</label>
      <div class="hint" id="invitation-link-hint">${v.linkNote(expires)}</div>
      <input
        class="input input--width-30"
        id="invitation-link"
        type="text"
        readonly
        spellcheck="false"
        aria-describedby="invitation-link-hint"
        value="${created.link}"
      />
    </div>
  </div>`;
}

/** The role to invite as: radios with what each role may do. */
function roleRadios(lang: Lang, value: string | undefined, errors: string[] | undefined): Html {
  const t = organisationMessages(lang);
  const invalid = (errors ?? []).length > 0;
  const checked: string = value ?? 'editor';
  return html`<div class="form-group${invalid ? ' form-group--error' : ''}">
    <fieldset class="fieldset" ${invalid && html`aria-describedby="role-error"`}>
      <legend class="fieldset__legend">${t.invitations.role}</legend>
      ${invalid && fieldErrorMessage(t.errorPrefix, 'role-error', errors ?? [])}
      <div class="radios">
        ${ROLES.map((role: Role, i) => {
          const id = `role-${String(i)}`;
          return html`<div class="radios__item">
            <input
              class="radios__input"
              id="${id}"
              name="role"
              type="radio"
              value="${role}"
              aria-describedby="${id}-hint"
              ${role === checked && html`checked`}
            />
            <label class="radios__label" for="${id}">${capitalise(t.roles[role])}</label>
            <div class="hint radios__hint" id="${id}-hint">${t.roleHints[role]}</div>
          </div>`;
        })}
      </div>
    </fieldset>
  </div>`;
}

/** The text with its first letter in capitals (role names stand inside sentences too). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function pendingTable(lang: Lang, csrfToken: string, pending: readonly InvitationRecord[]): Html {
  const t = organisationMessages(lang);
  const v = t.invitations;
  return html`<div
    class="table-scroll"
    role="region"
    aria-labelledby="pending-caption"
    tabindex="0"
  >
    <table class="data-table">
      <caption id="pending-caption">
        ${v.pendingCaption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${v.email}</th>
          <th scope="col">${v.role}</th>
          <th scope="col">${v.invitedBy}</th>
          <th scope="col">${v.expires}</th>
          <th scope="col"><span class="visually-hidden">${v.revoke}</span></th>
        </tr>
      </thead>
      <tbody>
        ${pending.map(
          (invitation) =>
            html`<tr>
              <th scope="row">${invitation.email}</th>
              <td>${t.roles[invitation.role]}</td>
              <td>${invitation.invitedByName ?? t.deletedUser}</td>
              <td>${timeElement(lang, invitation.expiresAt)}</td>
              <td>
                <form
                  method="post"
                  action="${pathInLang(ORGANISATION_FORM_PATHS.revokeInvitation, lang)}"
                  class="checks-form"
                  novalidate
                >
                  ${csrfField(csrfToken)}
                  <input type="hidden" name="invitationId" value="${invitation.id}" />
                  <button type="submit" class="button button--secondary">
                    ${v.revoke}<span class="visually-hidden">${v.revokeFor(invitation.email)}</span>
                  </button>
                </form>
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
