// The members of the organisation with their roles. Every member sees the list; owners also
// change roles and remove members from it.
import type { MemberRecord, Membership } from '../../../accounts/index';
import { roleAllows, ROLES } from '../../../domain/accounts/index';
import type { Lang } from '../../../engine/index';
import { ACCOUNT_PATHS } from '../../auth/account-paths';
import { csrfField } from '../../auth/csrf-field';
import { errorSummary } from '../../error-summary';
import { html, type Html } from '../../html';
import { organisationMessages, type OrganisationNotice } from '../../locales/organisation-messages';
import { renderPage } from '../../page-layout';
import { pathInLang } from '../../request-lang';
import { noticeBanner, organisationNav, timeElement } from './organisation-chrome';
import { ORGANISATION_FORM_PATHS } from './organisation-paths';

/** What the members page shows. */
export interface MembersView {
  lang: Lang;
  csrfToken: string;
  /** the viewer's membership */
  membership: Membership;
  viewerId: string;
  members: readonly MemberRecord[];
  notice?: OrganisationNotice | undefined;
  /** a change that was refused (the last owner) */
  error?: string | undefined;
}

/** The members page. */
export function renderMembersPage(view: MembersView): string {
  const { lang, membership } = view;
  const t = organisationMessages(lang);
  const m = t.members;
  const canManage = roleAllows(membership.role, 'members.manage');
  return renderPage({
    lang,
    path: ACCOUNT_PATHS.members,
    title: `${view.error !== undefined ? t.errorPrefix + ' ' : ''}${m.title} – ${membership.organisationName} – samverka`,
    main: html`${
        view.error !== undefined &&
        errorSummary(t.summaryTitle, [{ text: view.error, href: '#members' }])
      }
      ${noticeBanner(lang, view.notice)}
      <p class="caption">${membership.organisationName}</p>
      <h1>${m.title}</h1>
      ${organisationNav(lang, ACCOUNT_PATHS.members, membership.role)}
      <p class="lead">${m.lead}</p>
      <div
        class="table-scroll"
        role="region"
        aria-labelledby="members-caption"
        tabindex="0"
        id="members"
      >
        <table class="data-table">
          <caption id="members-caption">
            ${m.caption(membership.organisationName)}
          </caption>
          <thead>
            <tr>
              <th scope="col">${m.name}</th>
              <th scope="col">${m.email}</th>
              <th scope="col">${m.role}</th>
              <th scope="col">${m.since}</th>
              ${canManage && html`<th scope="col">${m.actions}</th>`}
            </tr>
          </thead>
          <tbody>
            ${view.members.map((member, i) => memberRow(view, member, i, canManage))}
          </tbody>
        </table>
      </div>
      ${
        canManage &&
        html`<p>
          <a class="button button--secondary" href="${pathInLang(ACCOUNT_PATHS.invitations, lang)}"
            >${m.inviteLink}</a
          >
        </p>`
      }`,
  });
}

function memberRow(view: MembersView, member: MemberRecord, i: number, canManage: boolean): Html {
  const { lang } = view;
  const t = organisationMessages(lang);
  const m = t.members;
  const you = member.userId === view.viewerId;
  const selectId = `role-${String(i)}`;
  return html`<tr>
    <th scope="row">${member.name}${you && html` ${t.you}`}</th>
    <td>${member.email}</td>
    <td>${t.roles[member.role]}</td>
    <td>${timeElement(lang, member.since, true)}</td>
    ${
      canManage &&
      html`<td>
        <form
          method="post"
          action="${pathInLang(ORGANISATION_FORM_PATHS.changeRole, lang)}"
          class="checks-form"
          novalidate
        >
          ${csrfField(view.csrfToken)}
          <input type="hidden" name="userId" value="${member.userId}" />
          <label class="visually-hidden" for="${selectId}">${m.roleFor(member.name)}</label>
          <select class="input" id="${selectId}" name="role">
            ${ROLES.map(
              (role) =>
                html`<option value="${role}" ${role === member.role && html`selected`}>
                  ${t.roles[role]}
                </option>`,
            )}
          </select>
          <button type="submit" class="button button--secondary">
            ${m.changeRole}<span class="visually-hidden">${m.changeRoleFor(member.name)}</span>
          </button>
        </form>
        <form
          method="post"
          action="${pathInLang(ORGANISATION_FORM_PATHS.removeMember, lang)}"
          class="checks-form"
          novalidate
        >
          ${csrfField(view.csrfToken)}
          <input type="hidden" name="userId" value="${member.userId}" />
          <button type="submit" class="button button--secondary">
            ${m.remove}<span class="visually-hidden">${m.removeFor(member.name)}</span>
          </button>
        </form>
      </td>`
    }
  </tr>`;
}
