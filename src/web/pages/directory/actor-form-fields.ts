// The fields of an entry's form: the organisation's own entry has all of them, a public body's
// suggestion the few it can know. Areas are checkboxes grouped by län, each län in a <details>
// that is open when something in it is chosen: keyboard-usable and without a script. Every
// field's error stands beside it and the summary links to its input by id.
import {
  ACTOR_PROFILE_FIELDS,
  ACTOR_KINDS,
  areaName,
  COUNTRY_CODE,
  GOAL_IDS,
  goalName,
  SDG_GOAL_IDS,
} from '../../../domain/directory/index';
import { formLabels } from '../../../domain/cases/index';
import type { Lang } from '../../../engine/index';
import { countyList, municipalityList } from '../../../reference/index';
import { LEGAL_FORMS } from '../../../rules/index';
import type { ErrorSummaryItem } from '../../error-summary';
import { fieldErrorMessage } from '../../error-summary';
import { selectField, textField } from '../../form-fields';
import { html, type Html } from '../../html';
import { directoryMessages } from '../../locales/directory-messages';
import { organisationMessages } from '../../locales/organisation-messages';
import {
  COLLABORATION_PARTS,
  COLLABORATION_ROWS,
  collaborationId,
  type ActorFormErrors,
  type ActorFormValues,
} from './actor-form-input';

/** Which form: the own entry (every field) or a suggestion (the few a public body knows). */
export type ActorFormKind = 'own' | 'suggestion';

/** The ids of the inputs in page order, for the error summary. */
function fieldOrder(kind: ActorFormKind): string[] {
  if (kind === 'suggestion') {
    return ['orgnr', 'name', 'kind', 'legalForm', 'areaCodes', 'goals', 'description'];
  }
  return [
    ...ACTOR_PROFILE_FIELDS,
    ...Array.from({ length: COLLABORATION_ROWS }, (_, row) =>
      COLLABORATION_PARTS.map((p) => collaborationId(row, p)),
    ).flat(),
  ];
}

/** The error summary's items, field by field in page order, each linking to its input. */
export function actorErrorItems(kind: ActorFormKind, errors: ActorFormErrors): ErrorSummaryItem[] {
  const order = fieldOrder(kind);
  const known = order.filter((id) => errors[id] !== undefined);
  // A problem of a field the form does not show (it cannot be typed there) is listed unlinked.
  const other = Object.keys(errors).filter((id) => !order.includes(id));
  return [
    ...known.flatMap((id) => (errors[id] ?? []).map((text) => ({ text, href: `#${id}` }))),
    ...other.flatMap((id) => (errors[id] ?? []).map((text) => ({ text }))),
  ];
}

interface Ctx {
  lang: Lang;
  values: ActorFormValues;
  errors: ActorFormErrors;
}

function text(ctx: Ctx, id: keyof ActorFormValues['text'], label: string, extra = {}): Html {
  return textField({
    id,
    name: id,
    label,
    value: ctx.values.text[id],
    errors: ctx.errors[id],
    errorPrefix: directoryMessages(ctx.lang).errorPrefix,
    ...extra,
  });
}

/** Yes, no and not known as radios; the first radio carries the field's id. */
function yesNoRadios(
  ctx: Ctx,
  id: 'registeredIdeburen' | 'workIntegrationMainAim',
  legend: string,
  hint: string,
): Html {
  const f = directoryMessages(ctx.lang).fields;
  const errors = ctx.errors[id] ?? [];
  const current = ctx.values.text[id] || 'unknown';
  const options = [
    ['yes', f.yes],
    ['no', f.no],
    ['unknown', f.unknown],
  ] as const;
  return html`<div class="form-group${errors.length > 0 ? ' form-group--error' : ''}">
    <fieldset
      class="fieldset"
      aria-describedby="${id}-hint${errors.length > 0 ? ` ${id}-error` : ''}"
    >
      <legend class="fieldset__legend label--bold">${legend}</legend>
      <div class="hint" id="${id}-hint">${hint}</div>
      ${
        errors.length > 0 &&
        fieldErrorMessage(directoryMessages(ctx.lang).errorPrefix, `${id}-error`, errors)
      }
      <div class="radios">
        ${options.map(([value, label], i) => {
          const inputId = i === 0 ? id : `${id}-${value}`;
          return html`<div class="radios__item">
            <input
              class="radios__input"
              id="${inputId}"
              name="${id}"
              type="radio"
              value="${value}"
              ${value === current && html`checked`}
            />
            <label class="radios__label" for="${inputId}">${label}</label>
          </div>`;
        })}
      </div>
    </fieldset>
  </div>`;
}

function checkbox(id: string, name: string, value: string, label: string, on: boolean): Html {
  return html`<div class="checkboxes__item">
    <input
      class="checkboxes__input"
      id="${id}"
      name="${name}"
      type="checkbox"
      value="${value}"
      ${on && html`checked`}
    />
    <label class="checkboxes__label" for="${id}">${label}</label>
  </div>`;
}

/** A group of checkboxes with a legend, its hint and errors. */
function checkboxGroup(
  ctx: Ctx,
  id: 'areaCodes' | 'goals',
  legend: string,
  hint: string,
  body: Html,
): Html {
  const errors = ctx.errors[id] ?? [];
  return html`<div class="form-group${errors.length > 0 ? ' form-group--error' : ''}">
    <fieldset
      class="fieldset"
      aria-describedby="${id}-hint${errors.length > 0 ? ` ${id}-error` : ''}"
    >
      <legend class="fieldset__legend label--bold">${legend}</legend>
      <div class="hint" id="${id}-hint">${hint}</div>
      ${
        errors.length > 0 &&
        fieldErrorMessage(directoryMessages(ctx.lang).errorPrefix, `${id}-error`, errors)
      }
      ${body}
    </fieldset>
  </div>`;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'sv');

function areaCheckboxes(ctx: Ctx): Html {
  const f = directoryMessages(ctx.lang).fields;
  const chosen = new Set(ctx.values.areaCodes);
  const counties = [...countyList()].sort(byName);
  const kommuner = [...municipalityList()].sort(byName);
  return checkboxGroup(
    ctx,
    'areaCodes',
    f.areaCodes,
    f.areaCodesHint,
    html`<div class="checkboxes">
        ${checkbox('areaCodes', 'areaCodes', COUNTRY_CODE, areaName(COUNTRY_CODE, ctx.lang), chosen.has(COUNTRY_CODE))}
      </div>
      ${counties.map((county) => {
        const inCounty = kommuner.filter((k) => k.countyCode === county.code);
        const count =
          (chosen.has(county.code) ? 1 : 0) + inCounty.filter((k) => chosen.has(k.code)).length;
        return html`<details class="area-group" ${count > 0 && html`open`}>
          <summary>${f.areaGroup(county.name, count)}</summary>
          <fieldset class="fieldset">
            <legend class="visually-hidden">${county.name}</legend>
            <div class="checkboxes">
              ${checkbox(
                `area-${county.code}`,
                'areaCodes',
                county.code,
                f.wholeCounty(county.name),
                chosen.has(county.code),
              )}
              ${inCounty.map((k) =>
                checkbox(`area-${k.code}`, 'areaCodes', k.code, k.name, chosen.has(k.code)),
              )}
            </div>
          </fieldset>
        </details>`;
      })}`,
  );
}

function goalCheckboxes(ctx: Ctx): Html {
  const f = directoryMessages(ctx.lang).fields;
  const chosen = new Set(ctx.values.goals);
  const themes = GOAL_IDS.filter((g) => !SDG_GOAL_IDS.includes(g));
  // The first checkbox carries the group's id, where the error summary leads.
  const box = (goal: string) =>
    checkbox(
      goal === GOAL_IDS[0] ? 'goals' : `goal-${goal}`,
      'goals',
      goal,
      goalName(goal, ctx.lang),
      chosen.has(goal),
    );
  return checkboxGroup(
    ctx,
    'goals',
    f.goals,
    f.goalsHint,
    html`<fieldset class="fieldset">
        <legend class="fieldset__legend">${f.sdgs}</legend>
        <div class="checkboxes">${SDG_GOAL_IDS.map(box)}</div>
      </fieldset>
      <fieldset class="fieldset">
        <legend class="fieldset__legend">${f.themes}</legend>
        <div class="checkboxes">${themes.map(box)}</div>
      </fieldset>`,
  );
}

function kindSelect(ctx: Ctx): Html {
  const t = directoryMessages(ctx.lang);
  return selectField({
    id: 'kind',
    name: 'kind',
    label: t.fields.kind,
    value: ctx.values.text.kind,
    errors: ctx.errors.kind,
    errorPrefix: t.errorPrefix,
    options: ACTOR_KINDS.map((k) => [k, t.kinds[k]] as const),
  });
}

function legalFormSelect(ctx: Ctx): Html {
  const t = directoryMessages(ctx.lang);
  const labels = organisationMessages(ctx.lang).legalForms;
  return selectField({
    id: 'legalForm',
    name: 'legalForm',
    label: t.fields.legalForm,
    value: ctx.values.text.legalForm,
    errors: ctx.errors.legalForm,
    errorPrefix: t.errorPrefix,
    options: [['', t.fields.legalFormUnknown], ...LEGAL_FORMS.map((f) => [f, labels[f]] as const)],
  });
}

function collaborationRows(ctx: Ctx): Html {
  const t = directoryMessages(ctx.lang);
  const f = t.fields;
  const forms = formLabels(ctx.lang);
  return html`<h3>${f.collaborations}</h3>
    <p class="hint">${f.collaborationsHint}</p>
    ${Array.from({ length: COLLABORATION_ROWS }, (_, row) => {
      const values = ctx.values.collaborations[row] ?? {};
      const part = (p: (typeof COLLABORATION_PARTS)[number], label: string, extra = {}) =>
        textField({
          id: collaborationId(row, p),
          name: collaborationId(row, p),
          label,
          value: values[p],
          errors: ctx.errors[collaborationId(row, p)],
          errorPrefix: t.errorPrefix,
          ...extra,
        });
      return html`<fieldset class="fieldset" id="collaborations-${row}">
        <legend class="fieldset__legend label--bold">${f.collaboration(row + 1)}</legend>
        ${part('title', f.collaborationTitle, { widthClass: 'input--width-30' })}
        ${part('partner', f.collaborationPartner, { widthClass: 'input--width-30' })}
        ${part('year', f.collaborationYear, { widthClass: 'input--width-4' })}
        ${selectField({
          id: collaborationId(row, 'form'),
          name: collaborationId(row, 'form'),
          label: f.collaborationForm,
          value: values.form,
          errors: ctx.errors[collaborationId(row, 'form')],
          errorPrefix: t.errorPrefix,
          options: [['', f.collaborationFormNone], ...forms.entries()],
        })}
        ${part('description', f.collaborationDescription, { rows: 3 })}
      </fieldset>`;
    })}`;
}

/** The fields of the form of `kind`; `orgnr` is a field only in a suggestion. */
export function actorFormFields(
  kind: ActorFormKind,
  lang: Lang,
  values: ActorFormValues,
  errors: ActorFormErrors,
): Html {
  const ctx: Ctx = { lang, values, errors };
  const t = directoryMessages(lang);
  const f = t.fields;
  if (kind === 'suggestion') {
    return html`${text(ctx, 'orgnr', f.orgnr, {
      hint: f.orgnrHint,
      widthClass: 'input--width-10',
      spellcheck: false,
    })}
    ${text(ctx, 'name', f.name, { widthClass: 'input--width-30' })} ${kindSelect(ctx)}
    ${legalFormSelect(ctx)} ${areaCheckboxes(ctx)} ${goalCheckboxes(ctx)}
    ${text(ctx, 'description', f.description, { rows: 6, hint: f.descriptionHint })}`;
  }
  const o = t.own;
  return html`<h2>${o.sectionBasics}</h2>
    ${text(ctx, 'name', f.name, { widthClass: 'input--width-30', autocomplete: 'organization' })}
    ${kindSelect(ctx)} ${legalFormSelect(ctx)}
    <h2>${o.sectionRegister}</h2>
    ${yesNoRadios(ctx, 'registeredIdeburen', f.registeredIdeburen, f.registeredIdeburenHint)}
    ${text(ctx, 'registeredIdeburenOn', f.registeredIdeburenOn, {
      hint: f.registeredIdeburenOnHint,
      widthClass: 'input--width-10',
    })}
    ${yesNoRadios(ctx, 'workIntegrationMainAim', f.workIntegrationMainAim, f.workIntegrationMainAimHint)}
    ${text(ctx, 'disadvantagedStaffShare', f.disadvantagedStaffShare, {
      hint: f.disadvantagedStaffShareHint,
      widthClass: 'input--width-4',
    })}
    <h2>${o.sectionAreas}</h2>
    ${areaCheckboxes(ctx)} ${goalCheckboxes(ctx)}
    ${text(ctx, 'description', f.description, { rows: 8, hint: f.descriptionHint })}
    <h2>${o.sectionServices}</h2>
    ${text(ctx, 'cpv', f.cpv, { hint: f.cpvHint, widthClass: 'input--width-30', spellcheck: false })}
    ${text(ctx, 'capacity', f.capacity, { rows: 4, hint: f.capacityHint })}
    ${collaborationRows(ctx)}
    <h2>${o.sectionContact}</h2>
    ${text(ctx, 'contactName', f.contactName, { widthClass: 'input--width-20', autocomplete: 'name' })}
    ${text(ctx, 'contactEmail', f.contactEmail, {
      type: 'email',
      widthClass: 'input--width-30',
      autocomplete: 'email',
      spellcheck: false,
    })}
    ${text(ctx, 'contactPhone', f.contactPhone, { widthClass: 'input--width-20', autocomplete: 'tel' })}
    ${text(ctx, 'website', f.website, {
      type: 'url',
      widthClass: 'input--width-30',
      autocomplete: 'url',
      spellcheck: false,
    })}`;
}
