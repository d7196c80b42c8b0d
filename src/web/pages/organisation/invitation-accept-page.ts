// The page an invitation link opens. A signed-in person joins with one button; a visitor whose
// address has no account creates one here (the address is the invited one); a visitor whose
// address has an account signs in first and comes back. A link that cannot be used gets one page
// that does not say why.
import type { LiveInvitation, Session } from '../../../accounts/index';
import { PASSWORD_MIN_LENGTH } from '../../../domain/accounts/index';
import type { Lang } from '../../../engine/index';
import { ACCOUNT_PATHS } from '../../auth/account-paths';
import { signInHref } from '../../auth/access-guard';
import { csrfField } from '../../auth/csrf-field';
import { errorSummary, fieldErrorItems } from '../../error-summary';
import { textField } from '../../form-fields';
import { html, type Html } from '../../html';
import { webMessages } from '../../locales/index';
import { organisationMessages } from '../../locales/organisation-messages';
import { renderPage } from '../../page-layout';
import { pathInLang } from '../../request-lang';
import { invitationPath } from './organisation-paths';

/** The fields of the form that creates an account through an invitation. */
export const INVITED_ACCOUNT_FIELDS = ['name', 'password', 'passwordConfirm'] as const;
/** One of {@link INVITED_ACCOUNT_FIELDS}. */
export type InvitedAccountField = (typeof INVITED_ACCOUNT_FIELDS)[number];

/** What the invitation page shows. */
export interface InvitationView {
  lang: Lang;
  csrfToken: string;
  token: string;
  invitation: LiveInvitation;
  /** the signed-in person, if any */
  session: Session | null;
  /** for a visitor: whether the invited address has an account already */
  accountExists: boolean;
  values: { name?: string };
  errors: Partial<Record<InvitedAccountField, string[]>>;
}

/** The invitation page. */
export function renderInvitationPage(view: InvitationView): string {
  const { lang, invitation } = view;
  const t = organisationMessages(lang);
  const a = t.accept;
  const role = t.roles[invitation.role];
  const summary = fieldErrorItems(INVITED_ACCOUNT_FIELDS, view.errors);
  const path = invitationPath(view.token);
  const facts = {
    email: invitation.email,
    organisation: invitation.organisationName,
    role,
  };
  return renderPage({
    lang,
    path,
    title: `${summary.length > 0 ? t.errorPrefix + ' ' : ''}${a.title(invitation.organisationName)} – samverka`,
    main: html`${summary.length > 0 && errorSummary(t.summaryTitle, summary)}
      <h1>${a.title(invitation.organisationName)}</h1>
      <p class="lead">
        ${
          invitation.invitedByName !== null
            ? a.invited({ ...facts, inviter: invitation.invitedByName })
            : a.invitedNoInviter(facts)
        }
      </p>
      <p>${t.roleHints[invitation.role]}</p>
      <p>${a.validUntil(t.dateTime(invitation.expiresAt))}</p>
      ${
        view.session !== null
          ? signedInPart(view, view.session)
          : view.accountExists
            ? html`<p>${a.signInFirst(invitation.email)}</p>
                <p>
                  <a class="button" href="${signInHref(pathInLang(path, lang), lang)}"
                    >${a.signInLink}</a
                  >
                </p>`
            : createAccountPart(view)
      }`,
  });
}

function signedInPart(view: InvitationView, session: Session): Html {
  const { lang, invitation } = view;
  const t = organisationMessages(lang);
  const a = t.accept;
  const membership = session.memberships.find(
    (m) => m.organisationId === invitation.organisationId,
  );
  if (membership) {
    return html`<p>${a.alreadyMember(invitation.organisationName, t.roles[membership.role])}</p>
      <p><a href="${pathInLang(ACCOUNT_PATHS.organisation, lang)}">${a.toOrganisation}</a></p>`;
  }
  const sameAddress = session.user.email.toLowerCase() === invitation.email.toLowerCase();
  return html`<p>${a.signedInAs(session.user.name, session.user.email)}</p>
    ${!sameAddress && html`<p>${a.otherAddress(invitation.email)}</p>`}
    <form method="post" action="${pathInLang(invitationPath(view.token), lang)}" novalidate>
      ${csrfField(view.csrfToken)}
      <button type="submit" class="button">${a.joinButton(invitation.organisationName)}</button>
    </form>`;
}

function createAccountPart(view: InvitationView): Html {
  const { lang, invitation } = view;
  const t = organisationMessages(lang);
  const a = t.accept;
  const path = invitationPath(view.token);
  const field = (
    name: InvitedAccountField,
    label: string,
    extra: Partial<Parameters<typeof textField>[0]>,
  ) =>
    textField({
      id: name,
      name,
      label,
      errors: view.errors[name],
      errorPrefix: t.errorPrefix,
      widthClass: 'input--width-20',
      ...extra,
    });
  return html`<h2>${a.createHeading}</h2>
    <p>${a.createLead(invitation.email)}</p>
    <form method="post" action="${pathInLang(path, lang)}" novalidate>
      ${csrfField(view.csrfToken)}
      ${field('name', a.name, {
        value: view.values.name,
        autocomplete: 'name',
        widthClass: 'input--width-30',
      })}
      ${field('password', a.password, {
        type: 'password',
        autocomplete: 'new-password',
        hint: a.passwordHint(PASSWORD_MIN_LENGTH),
      })}
      ${field('passwordConfirm', a.passwordConfirm, {
        type: 'password',
        autocomplete: 'new-password',
      })}
      <button type="submit" class="button">${a.createButton}</button>
    </form>
    <p><a href="${signInHref(pathInLang(path, lang), lang)}">${a.otherAccount}</a></p>`;
}

/** The page of a link that cannot be used: unknown, used, expired or revoked alike. */
export function renderInvitationGonePage(lang: Lang, path: string): string {
  const a = organisationMessages(lang).accept;
  return renderPage({
    lang,
    path,
    title: `${a.goneTitle} – samverka`,
    main: html`<h1>${a.goneTitle}</h1>
      <p>${a.goneBody}</p>
      <p><a href="${pathInLang('/', lang)}">${webMessages(lang).errors.backHome}</a></p>`,
  });
}
