// The signed-in organisation's own entry in the directory: the form that creates, edits or
// claims it for owners and editors, the entry read-only for readers, a button that confirms it is
// still right, and for a public body why it has none and where to suggest one instead.
import type { Role } from '../../../domain/accounts/index';
import type { ActorRecord } from '../../../directory/index';
import { formatOrgnr } from '../../../domain/accounts/index';
import type { Lang } from '../../../engine/index';
import { ACCOUNT_PATHS } from '../../auth/account-paths';
import { csrfField } from '../../auth/csrf-field';
import { errorSummary, type ErrorSummaryItem } from '../../error-summary';
import { html, type Html } from '../../html';
import { directoryMessages, type OwnEntryNotice } from '../../locales/directory-messages';
import { renderPage } from '../../page-layout';
import { pathInLang } from '../../request-lang';
import { organisationNav } from '../organisation/organisation-chrome';
import { actorErrorItems, actorFormFields } from './actor-form-fields';
import type { ActorFormErrors, ActorFormValues } from './actor-form-input';
import { actorDetails, actorFacts } from './actor-page';
import { actorHref, DIRECTORY_PATHS } from './directory-paths';

/** What the page is about: no entry possible, or the entry (own, unclaimed or none yet). */
export type OwnEntryState =
  | { kind: 'public-body' }
  | { kind: 'no-orgnr' }
  | {
      kind: 'entry';
      orgnr: string;
      /** the entry the organisation keeps */
      own?: ActorRecord | undefined;
      /** an entry with the organisation's orgnr that nobody keeps yet */
      unclaimed?: ActorRecord | undefined;
      canEdit: boolean;
      values: ActorFormValues;
      errors: ActorFormErrors;
      /** problems of the whole form (a conflict), before those of fields */
      formProblems?: ErrorSummaryItem[] | undefined;
      /** the entry as it is now, shown after a conflict */
      current?: ActorRecord | undefined;
    };

/** What the page shows. */
export interface OwnEntryView {
  lang: Lang;
  csrfToken: string;
  organisationName: string;
  role: Role;
  notice?: OwnEntryNotice | undefined;
  state: OwnEntryState;
}

/** The page of the organisation's own entry. */
export function renderOwnEntryPage(view: OwnEntryView): string {
  const { lang, state } = view;
  const t = directoryMessages(lang);
  const o = t.own;
  const summary =
    state.kind === 'entry'
      ? [...(state.formProblems ?? []), ...actorErrorItems('own', state.errors)]
      : [];
  return renderPage({
    lang,
    path: DIRECTORY_PATHS.ownEntry,
    title: `${summary.length > 0 ? `${t.errorPrefix} ` : ''}${o.title} – ${view.organisationName} – samverka`,
    main: html`${summary.length > 0 && errorSummary(t.summaryTitle, summary)}
      ${
        view.notice !== undefined &&
        html`<div class="callout" role="status"><p>${o.notices[view.notice]}</p></div>`
      }
      <p class="caption">${view.organisationName}</p>
      <h1>${o.heading}</h1>
      ${organisationNav(lang, DIRECTORY_PATHS.ownEntry, view.role)} ${body(view)}`,
  });
}

function body(view: OwnEntryView): Html {
  const { lang, state } = view;
  const o = directoryMessages(lang).own;
  switch (state.kind) {
    case 'public-body':
      return html`<p>${o.publicBody}</p>
        <p><a href="${pathInLang(DIRECTORY_PATHS.suggest, lang)}">${o.suggestLink}</a></p>`;
    case 'no-orgnr':
      return html`<p>${o.noOrgnr}</p>
        <p><a href="${pathInLang(ACCOUNT_PATHS.organisation, lang)}">${o.organisationLink}</a></p>`;
    case 'entry':
      return state.canEdit ? editable(view, state) : readOnly(lang, state);
  }
}

type EntryState = Extract<OwnEntryState, { kind: 'entry' }>;

function readOnly(lang: Lang, state: EntryState): Html {
  const o = directoryMessages(lang).own;
  const shown = state.own ?? state.unclaimed;
  return html`<p>${o.readOnly}</p>
    ${
      state.own === undefined &&
      html`<p>${state.unclaimed !== undefined ? o.claimLead : o.noEntryYet}</p>`
    }
    ${shown !== undefined && html`${actorFacts(lang, shown)} ${actorDetails(lang, shown)}`}`;
}

function editable(view: OwnEntryView, state: EntryState): Html {
  const { lang } = view;
  const o = directoryMessages(lang).own;
  const shownNow = state.current ?? (state.own === undefined ? state.unclaimed : undefined);
  const button =
    state.own !== undefined
      ? o.saveButton
      : state.unclaimed !== undefined
        ? o.claimButton
        : o.createButton;
  return html`<p class="lead">${o.lead}</p>
    ${
      state.own !== undefined &&
      html`<p><a href="${actorHref(state.own.orgnr, lang)}">${o.viewEntry}</a></p>`
    }
    ${
      state.own === undefined &&
      (state.unclaimed !== undefined
        ? html`<div class="callout">
            <h2 class="heading-s">${o.claimHeading}</h2>
            <p>${o.claimLead}</p>
            <p>${state.unclaimed.source === 'suggestion' ? o.claimSuggested : o.claimImported}</p>
          </div>`
        : html`<p>${o.noEntryYet}</p>`)
    }
    ${
      shownNow !== undefined &&
      html`<section aria-labelledby="current-heading">
        <h2 id="current-heading">${o.importedHeading}</h2>
        ${actorFacts(lang, shownNow)} ${actorDetails(lang, shownNow)}
      </section>`
    }
    <form method="post" action="${pathInLang(DIRECTORY_PATHS.ownEntry, lang)}" novalidate>
      ${csrfField(view.csrfToken)}
      <input type="hidden" name="version" value="${state.values.version}" />
      <p>
        <strong>${o.orgnrOfOrganisation}:</strong>
        ${formatOrgnr(state.orgnr)}
      </p>
      ${actorFormFields('own', lang, state.values, state.errors)}
      <button type="submit" class="button">${button}</button>
    </form>
    ${state.own !== undefined && confirmForm(view, state.own)}`;
}

function confirmForm(view: OwnEntryView, own: ActorRecord): Html {
  const o = directoryMessages(view.lang).own;
  return html`<section aria-labelledby="confirm-heading">
    <h2 id="confirm-heading">${o.confirmHeading}</h2>
    <p>${o.confirmLead(own.lastConfirmedOn)}</p>
    <form
      method="post"
      action="${pathInLang(DIRECTORY_PATHS.confirmOwnEntry, view.lang)}"
      novalidate
    >
      ${csrfField(view.csrfToken)}
      <button type="submit" class="button button--secondary">${o.confirmButton}</button>
    </form>
  </section>`;
}
