// The organisation the member works in: its number, kind and legal form (suggested by the number's
// group digit until an owner confirms it), the member's role, and the member's organisations with
// a switch between them. A signed-in person without an organisation is told why and can create one.
import type { Membership, OrganisationRecord, Session } from '../../../accounts/index';
import {
  formatOrgnr,
  ORGANISATION_KINDS,
  roleAllows,
  suggestedLegalForms,
} from '../../../domain/accounts/index';
import { orgnrGroup } from '../../../domain/orgnr/index';
import type { Lang } from '../../../engine/index';
import { LEGAL_FORMS, type LegalForm } from '../../../rules/index';
import { ACCOUNT_PATHS } from '../../auth/account-paths';
import { csrfField } from '../../auth/csrf-field';
import { errorSummary, fieldErrorItems } from '../../error-summary';
import { fieldErrorMessage } from '../../error-summary';
import { selectField, textField } from '../../form-fields';
import { html, type Html } from '../../html';
import { organisationMessages, type OrganisationNotice } from '../../locales/organisation-messages';
import { renderPage } from '../../page-layout';
import { pathInLang } from '../../request-lang';
import { noticeBanner, organisationNav } from './organisation-chrome';
import { ORGANISATION_FORM_PATHS } from './organisation-paths';

/** The fields of the form that creates an organisation. */
export const NEW_ORGANISATION_FIELDS = ['name', 'orgnr', 'kind'] as const;
/** One of {@link NEW_ORGANISATION_FIELDS}. */
export type NewOrganisationField = (typeof NEW_ORGANISATION_FIELDS)[number];

/** What the form that creates an organisation shows. */
export interface NewOrganisationForm {
  values: Partial<Record<NewOrganisationField, string>>;
  errors: Partial<Record<NewOrganisationField, string[]>>;
}

/** Whether `value` is a legal form of the case contract. */
export function isLegalForm(value: unknown): value is LegalForm {
  return typeof value === 'string' && (LEGAL_FORMS as readonly string[]).includes(value);
}

/** The legal forms an organisationsnummer suggests, most likely first. */
export function legalFormSuggestions(orgnr: string | null): LegalForm[] {
  if (orgnr === null) return [];
  return suggestedLegalForms(orgnrGroup(orgnr)).filter(isLegalForm);
}

/** What the organisation page shows. */
export interface OrganisationView {
  lang: Lang;
  csrfToken: string;
  session: Session;
  membership: Membership;
  organisation: OrganisationRecord;
  notice?: OrganisationNotice | undefined;
  /** the problem with a legal form sent without a choice */
  legalFormError?: string | undefined;
}

/** The organisation page of a member. */
export function renderOrganisationPage(view: OrganisationView): string {
  const { lang, organisation, membership } = view;
  const t = organisationMessages(lang);
  const o = t.overview;
  const canManage = roleAllows(membership.role, 'organisation.manage');
  const legalForm = isLegalForm(organisation.legalForm) ? organisation.legalForm : undefined;
  const summary = view.legalFormError !== undefined && [
    { text: view.legalFormError, href: '#legalForm-0' },
  ];
  return renderPage({
    lang,
    path: ACCOUNT_PATHS.organisation,
    title: `${summary ? t.errorPrefix + ' ' : ''}${organisation.name} – samverka`,
    main: html`${summary && errorSummary(t.summaryTitle, summary)}
      ${noticeBanner(lang, view.notice)}
      <p class="caption">${o.title}</p>
      <h1>${organisation.name}</h1>
      ${organisationNav(lang, ACCOUNT_PATHS.organisation, membership.role)}
      <dl class="summary-list">
        ${row(o.orgnr, organisation.orgnr !== null ? formatOrgnr(organisation.orgnr) : o.noOrgnr)}
        ${row(o.kind, t.kinds[organisation.kind])}
        ${row(o.legalForm, legalForm !== undefined ? t.legalForms[legalForm] : o.legalFormUnset)}
        ${row(o.yourRole, t.roles[membership.role])}
      </dl>
      ${
        canManage &&
        legalFormForm(lang, view.csrfToken, organisation, legalForm, view.legalFormError)
      }
      ${membershipList(lang, view.csrfToken, view.session)}
      <p>
        <a href="${pathInLang(ACCOUNT_PATHS.newOrganisation, lang)}">${o.createAnother}</a>
      </p>`,
  });
}

function row(key: string, value: string): Html {
  return html`<div class="summary-list__row">
    <dt class="summary-list__key">${key}</dt>
    <dd class="summary-list__value">${value}</dd>
  </div>`;
}

/** The owners' form that confirms or changes the legal form. */
function legalFormForm(
  lang: Lang,
  csrfToken: string,
  organisation: OrganisationRecord,
  current: LegalForm | undefined,
  error: string | undefined,
): Html {
  const t = organisationMessages(lang);
  const o = t.overview;
  const suggested = legalFormSuggestions(organisation.orgnr);
  const options = [...suggested, ...LEGAL_FORMS.filter((f) => !suggested.includes(f))];
  const checked = error !== undefined ? undefined : (current ?? suggested[0]);
  const digit = organisation.orgnr?.[0] ?? '';
  const hint =
    suggested.length > 0
      ? o.legalFormSuggested(digit, suggested.map((f) => t.legalForms[f].toLowerCase()).join(', '))
      : o.legalFormNoSuggestion;
  return html`<form
    method="post"
    action="${pathInLang(ORGANISATION_FORM_PATHS.legalForm, lang)}"
    novalidate
  >
    ${csrfField(csrfToken)}
    <div class="form-group${error !== undefined ? ' form-group--error' : ''}">
      <fieldset
        class="fieldset"
        aria-describedby="legalForm-hint${error !== undefined ? ' legalForm-error' : ''}"
      >
        <legend class="fieldset__legend fieldset__legend--m">
          <h2 class="fieldset__heading">${o.legalFormHeading}</h2>
        </legend>
        <div class="hint" id="legalForm-hint">
          ${hint} ${current !== undefined ? o.legalFormConfirmed : o.legalFormNotConfirmed}
        </div>
        ${error !== undefined && fieldErrorMessage(t.errorPrefix, 'legalForm-error', [error])}
        <div class="radios">
          ${options.map(
            (form, i) =>
              html`<div class="radios__item">
                <input
                  class="radios__input"
                  id="legalForm-${String(i)}"
                  name="legalForm"
                  type="radio"
                  value="${form}"
                  ${form === checked && html`checked`}
                />
                <label class="radios__label" for="legalForm-${String(i)}"
                  >${t.legalForms[form]}${
                    suggested.includes(form) &&
                    html` <span class="small-note">${o.suggestedTag}</span>`
                  }</label
                >
              </div>`,
          )}
        </div>
      </fieldset>
    </div>
    <button type="submit" class="button">${o.legalFormButton}</button>
  </form>`;
}

/** The person's organisations, with a switch to each one they do not work in now. */
function membershipList(lang: Lang, csrfToken: string, session: Session): Html | false {
  if (session.memberships.length === 0) return false;
  const t = organisationMessages(lang);
  const o = t.overview;
  const current = session.organisation?.organisationId;
  return html`<h2>${o.yourOrganisations}</h2>
    <p>${current !== undefined ? o.yourOrganisationsLead : o.noOrganisationOthers}</p>
    <ul class="list-bullet">
      ${session.memberships.map(
        (m) =>
          html`<li>
            ${m.organisationName} (${t.roles[m.role]})
            ${
              m.organisationId === current
                ? html`<strong>– ${o.current}</strong>`
                : html`<form
                    method="post"
                    action="${pathInLang(ACCOUNT_PATHS.switchOrganisation, lang)}"
                    class="checks-form"
                    novalidate
                  >
                    ${csrfField(csrfToken)}
                    <input type="hidden" name="organisationId" value="${m.organisationId}" />
                    <button type="submit" class="button button--secondary">
                      ${o.switchButton(m.organisationName)}
                    </button>
                  </form>`
            }
          </li>`,
      )}
    </ul>`;
}

/** The fields of a new organisation, with their errors. */
function newOrganisationFields(lang: Lang, form: NewOrganisationForm): Html {
  const t = organisationMessages(lang);
  const c = t.create;
  const { values, errors } = form;
  return html`${textField({
    id: 'name',
    name: 'name',
    label: c.name,
    value: values.name,
    errors: errors.name,
    errorPrefix: t.errorPrefix,
    autocomplete: 'organization',
    widthClass: 'input--width-30',
  })}
  ${textField({
    id: 'orgnr',
    name: 'orgnr',
    label: c.orgnr,
    hint: c.orgnrHint,
    value: values.orgnr,
    errors: errors.orgnr,
    errorPrefix: t.errorPrefix,
    widthClass: 'input--width-10',
    spellcheck: false,
  })}
  ${selectField({
    id: 'kind',
    name: 'kind',
    label: c.kind,
    value: values.kind,
    errors: errors.kind,
    errorPrefix: t.errorPrefix,
    options: [['', c.chooseKind], ...ORGANISATION_KINDS.map((k) => [k, t.kinds[k]] as const)],
  })}`;
}

function newOrganisationSummary(lang: Lang, form: NewOrganisationForm): Html | false {
  const t = organisationMessages(lang);
  const items = fieldErrorItems(NEW_ORGANISATION_FIELDS, form.errors);
  return items.length > 0 && errorSummary(t.summaryTitle, items);
}

function hasErrors(form: NewOrganisationForm): boolean {
  return NEW_ORGANISATION_FIELDS.some((f) => (form.errors[f] ?? []).length > 0);
}

function newOrganisationForm(lang: Lang, csrfToken: string, form: NewOrganisationForm): Html {
  return html`<form
    method="post"
    action="${pathInLang(ACCOUNT_PATHS.newOrganisation, lang)}"
    novalidate
  >
    ${csrfField(csrfToken)} ${newOrganisationFields(lang, form)}
    <button type="submit" class="button">${organisationMessages(lang).create.button}</button>
  </form>`;
}

/** The page that creates another organisation. */
export function renderNewOrganisationPage(view: {
  lang: Lang;
  csrfToken: string;
  form: NewOrganisationForm;
}): string {
  const { lang } = view;
  const t = organisationMessages(lang);
  return renderPage({
    lang,
    path: ACCOUNT_PATHS.newOrganisation,
    title: `${hasErrors(view.form) ? t.errorPrefix + ' ' : ''}${t.create.title} – samverka`,
    main: html`${newOrganisationSummary(lang, view.form)}
      <h1>${t.create.title}</h1>
      <p class="lead">${t.create.lead}</p>
      ${newOrganisationForm(lang, view.csrfToken, view.form)}`,
  });
}

/**
 * The organisation page of a signed-in person who works in no organisation: why, their other
 * organisations if they have any, and the form that creates one.
 */
export function renderNoOrganisationPage(view: {
  lang: Lang;
  csrfToken: string;
  session: Session;
  notice?: OrganisationNotice | undefined;
}): string {
  const { lang } = view;
  const t = organisationMessages(lang);
  const form: NewOrganisationForm = { values: {}, errors: {} };
  return renderPage({
    lang,
    path: ACCOUNT_PATHS.organisation,
    title: `${t.overview.noOrganisationTitle} – samverka`,
    main: html`${noticeBanner(lang, view.notice)}
      <h1>${t.overview.noOrganisationTitle}</h1>
      <p class="lead">${t.overview.noOrganisationLead}</p>
      ${membershipList(lang, view.csrfToken, view.session)}
      <h2>${t.create.title}</h2>
      ${newOrganisationForm(lang, view.csrfToken, form)}`,
  });
}
