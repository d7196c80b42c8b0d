// The sign-up page: the person and their organisation, created together; the person becomes the
// organisation's first owner.
import { ORGANISATION_KINDS, PASSWORD_MIN_LENGTH } from '../../../domain/accounts/index';
import type { Lang } from '../../../engine/index';
import { ACCOUNT_PATHS } from '../../auth/account-paths';
import { csrfField } from '../../auth/csrf-field';
import { errorSummary, fieldErrorItems } from '../../error-summary';
import { formTextFields, selectField } from '../../form-fields';
import { html } from '../../html';
import { signInMessages } from '../../locales/sign-in-messages';
import { renderPage } from '../../page-layout';
import { pathInLang } from '../../request-lang';

/** The fields of the sign-up form, in the order of the page. */
export const SIGN_UP_FIELDS = [
  'name',
  'email',
  'password',
  'passwordConfirm',
  'organisationName',
  'orgnr',
  'kind',
] as const;
/** One of {@link SIGN_UP_FIELDS}. */
export type SignUpField = (typeof SIGN_UP_FIELDS)[number];

/** What the sign-up page shows. */
export interface SignUpView {
  lang: Lang;
  csrfToken: string;
  values: Partial<Record<SignUpField, string>>;
  errors: Partial<Record<SignUpField, string[]>>;
}

/** The sign-up page. */
export function renderSignUpPage(view: SignUpView): string {
  const { lang, values, errors } = view;
  const t = signInMessages(lang);
  const s = t.signUp;
  const summary = fieldErrorItems(SIGN_UP_FIELDS, errors);
  const field = formTextFields<SignUpField>({
    // A password typed is never sent back.
    values: { ...values, password: '', passwordConfirm: '' },
    errors,
    errorPrefix: t.errorPrefix,
    defaults: { widthClass: 'input--width-30' },
  });
  return renderPage({
    lang,
    path: ACCOUNT_PATHS.signUp,
    title: `${summary.length > 0 ? t.errorPrefix + ' ' : ''}${s.title} – samverka`,
    main: html`${summary.length > 0 && errorSummary(t.summaryTitle, summary)}
      <h1>${s.title}</h1>
      <p class="lead">${s.lead}</p>
      <form method="post" action="${pathInLang(ACCOUNT_PATHS.signUp, lang)}" novalidate>
        ${csrfField(view.csrfToken)}
        <fieldset class="fieldset">
          <legend class="fieldset__legend">${s.personHeading}</legend>
          ${field('name', s.name, { autocomplete: 'name' })}
          ${field('email', s.email, {
            type: 'email',
            autocomplete: 'email',
            hint: s.emailHint,
            spellcheck: false,
          })}
          ${field('password', s.password, {
            type: 'password',
            autocomplete: 'new-password',
            hint: s.passwordHint(PASSWORD_MIN_LENGTH),
            widthClass: 'input--width-20',
          })}
          ${field('passwordConfirm', s.passwordConfirm, {
            type: 'password',
            autocomplete: 'new-password',
            widthClass: 'input--width-20',
          })}
        </fieldset>
        <fieldset class="fieldset">
          <legend class="fieldset__legend">${s.organisationHeading}</legend>
          <p>${s.organisationLead}</p>
          ${field('organisationName', s.organisationName, { autocomplete: 'organization' })}
          ${field('orgnr', s.orgnr, { hint: s.orgnrHint, widthClass: 'input--width-10' })}
          ${selectField({
            id: 'kind',
            name: 'kind',
            label: s.kind,
            value: values.kind,
            errors: errors.kind,
            errorPrefix: t.errorPrefix,
            options: [
              ['', s.chooseKind],
              ...ORGANISATION_KINDS.map((k) => [k, s.kinds[k]] as const),
            ],
          })}
        </fieldset>
        <p>
          ${s.privacyNote}
          <a href="${pathInLang(ACCOUNT_PATHS.privacy, lang)}">${s.privacyLink}</a>
        </p>
        <button type="submit" class="button">${s.button}</button>
      </form>
      <p>
        ${s.haveAccount} <a href="${pathInLang(ACCOUNT_PATHS.signIn, lang)}">${s.signInLink}</a>
      </p>`,
  });
}
