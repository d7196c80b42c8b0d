// The error summary at the top of a page that refused its input, and the message beside a field.
import { html, type Html } from './html';

/** One problem in the summary; `href` leads to the field when there is one. */
export interface ErrorSummaryItem {
  text: string;
  href?: string | undefined;
}

/** The summary's items for a form's problems: field by field in `fields` order, each linking to it. */
export function fieldErrorItems<F extends string>(
  fields: readonly F[],
  errors: Partial<Record<F, readonly string[]>>,
): ErrorSummaryItem[] {
  return fields.flatMap((field) =>
    (errors[field] ?? []).map((text) => ({ text, href: `#${field}` })),
  );
}

/**
 * The error summary. It is an alert and takes focus when the page loads (`autofocus` on an
 * element with `tabindex="-1"`), so that a screen reader reads it first and a keyboard user
 * starts from it, with no script.
 */
export function errorSummary(title: string, items: readonly ErrorSummaryItem[]): Html {
  return html`<div
    class="error-summary"
    role="alert"
    aria-labelledby="error-summary-title"
    tabindex="-1"
    autofocus
  >
    <h2 class="error-summary__title" id="error-summary-title">${title}</h2>
    <ul class="error-summary__list">
      ${items.map(
        (item) =>
          html`<li>
            ${item.href !== undefined ? html`<a href="${item.href}">${item.text}</a>` : item.text}
          </li>`,
      )}
    </ul>
  </div>`;
}

/**
 * The message beside an input with an error, each line led by a prefix ("Fel:") that only screen
 * readers announce, so the message is not read as the field's hint.
 */
export function fieldErrorMessage(prefix: string, id: string, messages: readonly string[]): Html {
  return html`<p class="error-message" id="${id}">
    ${messages.map(
      (m, i) => html`${i > 0 && html`<br />`}<span class="visually-hidden">${prefix}</span> ${m}`,
    )}
  </p>`;
}
