// The inputs of a question, by the kind of its field: radios for yes/no and choices, a text
// input with its unit for amounts, months and shares, day/month/year for a date, checkboxes for
// CPV codes. Every question ends with "Vet inte": a radio among radios, elsewhere a checkbox,
// because a lone radio cannot be unchecked again without a script.
import type { Lang } from '../../../engine/index';
import type { CpvHit, InterviewField } from '../../../domain/interview/index';
import { UNKNOWN } from '../../../domain/interview/index';
import { html, type Html } from '../../html';
import type { TermExplainer } from '../../terms/term-explainer';
import { webMessages } from '../../locales/index';
import type { FormValues } from './form-values';

/** The id of the first input of a question: the error summary links to it. */
export const ANSWER_ID = 'answer';
/** The id of the "Vet inte" input. */
export const UNKNOWN_ID = 'answer-unknown';
/** The id of the per-field error message. */
export const ERROR_ID = 'answer-error';

/** What the inputs of one question need. */
export interface InputsContext {
  lang: Lang;
  field: InterviewField;
  values: FormValues;
  /** True when the answer has an error: inputs are marked invalid and point to the message. */
  invalid: boolean;
  /** For CPV questions: the codes already chosen and those the search found. */
  cpv?: { chosen: CpvHit[]; matches: CpvHit[] };
  /** Explains glossary terms in the option hints (never in labels: a button in a label is invalid). */
  terms?: TermExplainer;
}

/** The id of the `i`th radio or checkbox of a group (the first keeps {@link ANSWER_ID}). */
function optionId(i: number): string {
  return i === 0 ? ANSWER_ID : `${ANSWER_ID}-${i + 1}`;
}

function invalidAttrs(invalid: boolean): Html {
  return invalid ? html` aria-invalid="true" aria-describedby="${ERROR_ID}"` : html``;
}

function checked(on: boolean): Html {
  return on ? html` checked` : html``;
}

/** The "eller" divider and the "Vet inte" option. */
function unknownOption(ctx: InputsContext, type: 'radio' | 'checkbox'): Html {
  const t = webMessages(ctx.lang).interview;
  const block = type === 'radio' ? 'radios' : 'checkboxes';
  return html`<div class="${block}__divider">${t.or}</div>
    <div class="${block}__item">
      <input
        class="${block}__input"
        id="${UNKNOWN_ID}"
        name="answer"
        type="${type}"
        value="${UNKNOWN}"
        aria-describedby="${UNKNOWN_ID}-hint"
        ${checked(ctx.values.answer.includes(UNKNOWN))}${ctx.invalid && html` aria-invalid="true"`}
      />
      <label class="${block}__label" for="${UNKNOWN_ID}">${t.dontKnow}</label>
      <div class="hint ${block}__hint" id="${UNKNOWN_ID}-hint">${t.dontKnowHint}</div>
    </div>`;
}

/** Radios for a yes/no or a choice question. */
function radios(ctx: InputsContext): Html {
  const t = webMessages(ctx.lang).interview;
  const options =
    ctx.field.kind === 'boolean'
      ? [
          { value: 'true', label: t.yes, hint: undefined },
          { value: 'false', label: t.no, hint: undefined },
        ]
      : (ctx.field.options ?? []).map((o) => ({
          value: o.value,
          label: o.label[ctx.lang],
          hint: o.hint?.[ctx.lang],
        }));
  const current = ctx.values.answer.at(-1);
  return html`<div class="radios">
    ${options.map((o, i) => {
      const id = optionId(i);
      return html`<div class="radios__item">
        <input
          class="radios__input"
          id="${id}"
          name="answer"
          type="radio"
          value="${o.value}"
          ${checked(current === o.value)}${
            o.hint !== undefined && html` aria-describedby="${id}-item-hint"`
          }${ctx.invalid && html` aria-invalid="true"`}
        />
        <label class="radios__label" for="${id}">${o.label}</label>
        ${
          o.hint !== undefined &&
          html`<div class="hint radios__hint" id="${id}-item-hint">
            ${ctx.terms !== undefined ? ctx.terms.text(o.hint) : o.hint}
          </div>`
        }
      </div>`;
    })}
    ${unknownOption(ctx, 'radio')}
  </div>`;
}

/** A text input with its label and unit (amounts, months, shares, names). */
function textInput(ctx: InputsContext): Html {
  const t = webMessages(ctx.lang).interview.inputs;
  const { kind } = ctx.field;
  const [label, suffix, width, inputmode] =
    kind === 'sek'
      ? [t.amountLabel, t.amountSuffix, 'input--width-10', 'numeric']
      : kind === 'months'
        ? [t.monthsLabel, t.monthsSuffix, 'input--width-4', 'numeric']
        : kind === 'share'
          ? // A share may have decimals (33,5 %): "decimal" gives a keyboard with a comma.
            [t.shareLabel, t.shareSuffix, 'input--width-4', 'decimal']
          : [t.textLabel, undefined, 'input--width-30', undefined];
  const value = ctx.values.answer.filter((v) => v !== UNKNOWN).at(-1) ?? '';
  return html`<div class="form-group form-group--nested">
      <label class="label" for="${ANSWER_ID}">${label}</label>
      <div class="input-wrapper">
        <input
          class="input ${width}"
          id="${ANSWER_ID}"
          name="answer"
          type="text"
          value="${value}"
          ${inputmode !== undefined && html` inputmode="${inputmode}"`}
          spellcheck="false"
          autocomplete="off"
          ${invalidAttrs(ctx.invalid)}
        />${
          suffix !== undefined &&
          html`<span class="input__suffix" aria-hidden="true">${suffix}</span>`
        }
      </div>
    </div>
    <div class="checkboxes">${unknownOption(ctx, 'checkbox')}</div>`;
}

/** Day, month and year of a date. */
function dateInput(ctx: InputsContext): Html {
  const t = webMessages(ctx.lang).interview.inputs;
  const parts = [
    { name: 'day', label: t.day, value: ctx.values.day, width: 'input--width-2', id: 'answer' },
    {
      name: 'month',
      label: t.month,
      value: ctx.values.month,
      width: 'input--width-2',
      id: 'answer-month',
    },
    {
      name: 'year',
      label: t.year,
      value: ctx.values.year,
      width: 'input--width-4',
      id: 'answer-year',
    },
  ];
  return html`<div class="date-input">
      ${parts.map(
        (p) =>
          html`<div class="date-input__item">
            <label class="label date-input__label" for="${p.id}">${p.label}</label>
            <input
              class="input ${p.width}"
              id="${p.id}"
              name="${p.name}"
              type="text"
              inputmode="numeric"
              value="${p.value}"
              autocomplete="off"
              ${invalidAttrs(ctx.invalid)}
            />
          </div>`,
      )}
    </div>
    <div class="checkboxes">${unknownOption(ctx, 'checkbox')}</div>`;
}

/** Checkboxes for the CPV codes already chosen and those the search found. */
function cpvCheckboxes(ctx: InputsContext): Html {
  const t = webMessages(ctx.lang).interview.cpv;
  const chosen = ctx.cpv?.chosen ?? [];
  const shown = new Set(chosen.map((c) => c.code));
  const hits = [...chosen, ...(ctx.cpv?.matches ?? []).filter((m) => !shown.has(m.code))];
  return html`<div class="checkboxes">
    ${hits.length === 0 && html`<p class="hint">${t.searchFirst}</p>`}
    ${hits.map((hit, i) => {
      const id = optionId(i);
      return html`<div class="checkboxes__item">
        <input
          class="checkboxes__input"
          id="${id}"
          name="answer"
          type="checkbox"
          value="${hit.code}"
          ${checked(ctx.values.answer.includes(hit.code))}${
            ctx.invalid && html` aria-invalid="true"`
          }
        />
        <label class="checkboxes__label" for="${id}"
          ><span class="cpv-code">${hit.code}</span> ${hit.label}</label
        >
      </div>`;
    })}
    ${unknownOption(ctx, 'checkbox')}
  </div>`;
}

/** The inputs of the question. */
export function renderInputs(ctx: InputsContext): Html {
  switch (ctx.field.kind) {
    case 'boolean':
    case 'choice':
      return radios(ctx);
    case 'date':
      return dateInput(ctx);
    case 'cpv':
      return cpvCheckboxes(ctx);
    default:
      return textInput(ctx);
  }
}

/** The id the error summary links to: the first input of the question. */
export function firstInputId(ctx: Pick<InputsContext, 'field' | 'cpv'>): string {
  if (ctx.field.kind === 'cpv') {
    const any = (ctx.cpv?.chosen.length ?? 0) + (ctx.cpv?.matches.length ?? 0) > 0;
    return any ? ANSWER_ID : UNKNOWN_ID;
  }
  return ANSWER_ID;
}
