// Form fields of the account areas, built the same way everywhere: label, hint, the error beside
// the field (announced with its prefix), and aria-describedby tying them to the input.
import { fieldErrorMessage } from './error-summary';
import { html, type Html } from './html';

/** A text-like input. */
export interface TextFieldOptions {
  /** The input's id, also the `#id` the error summary links to. */
  id: string;
  name: string;
  label: string;
  hint?: string | undefined;
  type?: 'text' | 'email' | 'password' | 'search' | 'date' | 'url';
  value?: string | undefined;
  autocomplete?: string | undefined;
  /** The messages of this field's problems; the field is marked invalid when there are any. */
  errors?: readonly string[];
  /** The prefix screen readers announce before an error ("Fel:"). */
  errorPrefix: string;
  /** A CSS width modifier, e.g. `input--width-20`. */
  widthClass?: string;
  required?: boolean;
  spellcheck?: boolean;
  /** Rows for a multi-line field (a textarea) instead of an input. */
  rows?: number;
  maxlength?: number;
}

/** A labelled input with its hint and errors. */
export function textField(o: TextFieldOptions): Html {
  const errors = o.errors ?? [];
  const invalid = errors.length > 0;
  const describedBy = [o.hint !== undefined && `${o.id}-hint`, invalid && `${o.id}-error`]
    .filter(Boolean)
    .join(' ');
  const common = html`class="${o.rows !== undefined ? 'textarea' : `input ${o.widthClass ?? ''}`}"
  id="${o.id}" name="${o.name}"
  ${o.autocomplete !== undefined && html`autocomplete="${o.autocomplete}"`}
  ${describedBy !== '' && html`aria-describedby="${describedBy}"`}
  ${invalid && html`aria-invalid="true"`} ${o.required === true && html`required`}
  ${o.maxlength !== undefined && html`maxlength="${String(o.maxlength)}"`}
  ${o.spellcheck === false && html`spellcheck="false"`}`;
  return html`<div class="form-group${invalid ? ' form-group--error' : ''}">
    <label class="label label--bold" for="${o.id}">${o.label}</label>
    ${o.hint !== undefined && html`<div class="hint" id="${o.id}-hint">${o.hint}</div>`}
    ${invalid && fieldErrorMessage(o.errorPrefix, `${o.id}-error`, errors)}
    ${
      o.rows !== undefined
        ? html`<textarea ${common} rows="${String(o.rows)}">${o.value ?? ''}</textarea>`
        : html`<input ${common} type="${o.type ?? 'text'}" value="${o.value ?? ''}" />`
    }
  </div>`;
}

/**
 * The text fields of one form: each identified and named by its field and holding the form's value
 * and errors; `defaults` are what the form's fields share unless one says otherwise.
 */
export function formTextFields<F extends string>(form: {
  values: Partial<Record<F, string>>;
  errors: Partial<Record<F, readonly string[]>>;
  errorPrefix: string;
  defaults?: Partial<TextFieldOptions>;
}): (name: F, label: string, extra?: Partial<TextFieldOptions>) => Html {
  return (name, label, extra = {}) =>
    textField({
      id: name,
      name,
      label,
      value: form.values[name],
      errors: form.errors[name],
      errorPrefix: form.errorPrefix,
      ...form.defaults,
      ...extra,
    });
}

/** A select with a label, its hint and errors. */
export function selectField(
  o: Omit<TextFieldOptions, 'type' | 'autocomplete' | 'rows' | 'spellcheck' | 'maxlength'> & {
    options: ReadonlyArray<readonly [value: string, label: string]>;
  },
): Html {
  const errors = o.errors ?? [];
  const invalid = errors.length > 0;
  const describedBy = [o.hint !== undefined && `${o.id}-hint`, invalid && `${o.id}-error`]
    .filter(Boolean)
    .join(' ');
  return html`<div class="form-group${invalid ? ' form-group--error' : ''}">
    <label class="label label--bold" for="${o.id}">${o.label}</label>
    ${o.hint !== undefined && html`<div class="hint" id="${o.id}-hint">${o.hint}</div>`}
    ${invalid && fieldErrorMessage(o.errorPrefix, `${o.id}-error`, errors)}
    <select
      class="input"
      id="${o.id}"
      name="${o.name}"
      ${describedBy !== '' && html`aria-describedby="${describedBy}"`}
      ${invalid && html`aria-invalid="true"`}
    >
      ${o.options.map(
        ([value, label]) =>
          html`<option value="${value}" ${value === o.value && html`selected`}>${label}</option>`,
      )}
    </select>
  </div>`;
}
