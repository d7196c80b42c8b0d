// The form that posts a challenge or an initiative, and the same form that edits one. Every field
// of the post, the goals as checkboxes, areas and CPV codes as `|`-separated codes, and a saved
// case of the organisation whose facts are copied for the engine. Shown again with the problems
// named field by field and everything typed kept.
import type { CaseSummary } from '../../../cases/index';
import {
  CHALLENGE_LIMITS,
  CHALLENGE_STATUSES,
  directoryTexts,
  GOAL_IDS,
  goalName,
} from '../../../domain/directory/index';
import type { Lang } from '../../../engine/index';
import { csrfField } from '../../auth/csrf-field';
import { errorSummary, fieldErrorMessage, type ErrorSummaryItem } from '../../error-summary';
import { formTextFields, selectField } from '../../form-fields';
import { html, type Html } from '../../html';
import { challengesMessages, type ChallengeFormField } from '../../locales/challenges-messages';
import { renderPage } from '../../page-layout';
import { pathInLang } from '../../request-lang';
import { CHALLENGE_PATHS, challengeEditPath, challengeHref, challengePath } from './challenge-urls';

/** The form's values as typed. */
export interface ChallengeFormValues {
  title: string;
  description: string;
  goals: string[];
  areaCodes: string;
  cpv: string;
  startsOn: string;
  endsOn: string;
  budgetSek: string;
  status: string;
  /** a saved case's id, '' (none, or keep the facts when editing) or 'remove' */
  caseId: string;
}

/** The order fields are listed in the error summary: the order of the form. */
export const CHALLENGE_FORM_FIELDS: readonly ChallengeFormField[] = [
  'title',
  'description',
  'goals',
  'areaCodes',
  'cpv',
  'startsOn',
  'endsOn',
  'budgetSek',
  'status',
  'caseId',
];

/** The value of the case choice that removes the facts a post has. */
export const REMOVE_CASE = 'remove';

/** What the form page shows. */
export interface ChallengeFormView {
  lang: Lang;
  csrfToken: string;
  organisationName: string;
  /** the kind the post will have, in words */
  kindText: string;
  /** the post being edited, or undefined for a new one */
  editing?: { id: string; title: string; version: number; hasFacts: boolean } | undefined;
  values: ChallengeFormValues;
  errors: Partial<Record<ChallengeFormField, readonly string[]>>;
  /** a sentence above the form (a version conflict) */
  failure?: string | undefined;
  cases: readonly CaseSummary[];
}

/** Empty values of a new post. */
export function emptyChallengeValues(): ChallengeFormValues {
  return {
    title: '',
    description: '',
    goals: [],
    areaCodes: '',
    cpv: '',
    startsOn: '',
    endsOn: '',
    budgetSek: '',
    status: 'ide',
    caseId: '',
  };
}

/** The form page, new or editing. */
export function renderChallengeFormPage(view: ChallengeFormView): string {
  const { lang, values, errors, editing } = view;
  const t = challengesMessages(lang);
  const f = t.form;
  const items: ErrorSummaryItem[] = CHALLENGE_FORM_FIELDS.flatMap((field) =>
    (errors[field] ?? []).map((text) => ({
      text: `${f.labels[field]}: ${text}`,
      href: `#${field === 'goals' ? 'goals-0' : field}`,
    })),
  );
  if (view.failure !== undefined) items.unshift({ text: view.failure });
  const heading = editing ? f.editTitle(editing.title) : f.newTitle;
  const action = editing ? challengeEditPath(editing.id) : CHALLENGE_PATHS.newChallenge;
  const field = formTextFields<ChallengeFormField>({
    values: values as unknown as Partial<Record<ChallengeFormField, string>>,
    errors,
    errorPrefix: t.errorPrefix,
  });
  const texts = directoryTexts(lang);
  const back = editing ? challengePath(editing.id) : CHALLENGE_PATHS.board;
  return renderPage({
    lang,
    path: editing ? challengeEditPath(editing.id) : CHALLENGE_PATHS.newChallenge,
    title: `${items.length > 0 ? `${t.errorPrefix} ` : ''}${heading} – samverka`,
    main: html`${items.length > 0 && errorSummary(t.summaryTitle, items)}
      <h1>${heading}</h1>
      <p class="lead">${editing ? f.editLead : f.newLead(view.organisationName, view.kindText)}</p>
      <form method="post" action="${pathInLang(action, lang)}" novalidate>
        ${csrfField(view.csrfToken)}
        ${editing && html`<input type="hidden" name="version" value="${String(editing.version)}" />`}
        ${field('title', f.labels.title, {
          widthClass: 'input--width-30',
          maxlength: CHALLENGE_LIMITS.title,
        })}
        ${field('description', f.labels.description, {
          hint: f.hints.description,
          rows: 8,
          maxlength: CHALLENGE_LIMITS.description,
        })}
        ${goalBoxes(lang, values.goals, errors.goals ?? [])}
        ${field('areaCodes', f.labels.areaCodes, {
          hint: f.hints.areaCodes,
          widthClass: 'input--width-20',
          spellcheck: false,
        })}
        ${field('cpv', f.labels.cpv, {
          hint: f.hints.cpv,
          widthClass: 'input--width-20',
          spellcheck: false,
        })}
        ${field('startsOn', f.labels.startsOn, {
          hint: f.hints.startsOn,
          widthClass: 'input--width-10',
        })}
        ${field('endsOn', f.labels.endsOn, { hint: f.hints.endsOn, widthClass: 'input--width-10' })}
        ${field('budgetSek', f.labels.budgetSek, {
          hint: f.hints.budgetSek,
          widthClass: 'input--width-10',
        })}
        ${selectField({
          id: 'status',
          name: 'status',
          label: f.labels.status,
          value: values.status,
          errors: errors.status ?? [],
          errorPrefix: t.errorPrefix,
          options: CHALLENGE_STATUSES.map((s) => [s, texts.statuses[s]] as const),
        })}
        ${caseChoice(view)}
        <button type="submit" class="button">${editing ? f.save : f.create}</button>
      </form>
      <p><a href="${challengeHref(back, lang)}">${f.cancel}</a></p>`,
  });
}

function goalBoxes(lang: Lang, chosen: readonly string[], errors: readonly string[]): Html {
  const t = challengesMessages(lang);
  const invalid = errors.length > 0;
  return html`<div class="form-group${invalid ? ' form-group--error' : ''}">
    <fieldset class="fieldset" aria-describedby="goals-hint${invalid ? ' goals-error' : ''}">
      <legend class="fieldset__legend label--bold">${t.form.labels.goals}</legend>
      <div class="hint" id="goals-hint">${t.form.hints.goals}</div>
      ${invalid && fieldErrorMessage(t.errorPrefix, 'goals-error', errors)}
      <div class="checkboxes">
        ${GOAL_IDS.map(
          (goal, i) =>
            html`<div class="checkboxes__item">
              <input
                class="checkboxes__input"
                id="goals-${String(i)}"
                name="goals"
                type="checkbox"
                value="${goal}"
                ${chosen.includes(goal) && html`checked`}
              />
              <label class="checkboxes__label" for="goals-${String(i)}"
                >${goalName(goal, lang)}</label
              >
            </div>`,
        )}
      </div>
    </fieldset>
  </div>`;
}

function caseChoice(view: ChallengeFormView): Html {
  const { lang } = view;
  const f = challengesMessages(lang).form;
  const first: [string, string][] = view.editing?.hasFacts
    ? [
        ['', f.keepCase],
        [REMOVE_CASE, f.removeCase],
      ]
    : [['', f.noCase]];
  return html`${selectField({
    id: 'caseId',
    name: 'caseId',
    label: f.labels.caseId,
    hint: f.hints.caseId,
    value: view.values.caseId,
    errors: view.errors.caseId ?? [],
    errorPrefix: challengesMessages(lang).errorPrefix,
    options: [...first, ...view.cases.map((c) => [c.id, c.title] as const)],
  })}
  ${view.cases.length === 0 && html`<p class="hint">${f.noSavedCases}</p>`}`;
}
