// HTML from tagged templates: every interpolated value is escaped unless it is itself the result
// of `html`, so text from a request or a database can never become markup. See
// docs/adr/0005-server-rendered-html.md.

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use between tags and inside quoted attribute values. */
export function escapeHtml(text: string): string {
  // Most text has nothing to escape; testing first spares the replacement's callbacks.
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPE_ALL, (c) => ESCAPES[c] ?? c) : text;
}

const NEEDS_ESCAPE = /[&<>"']/;
const ESCAPE_ALL = /[&<>"']/g;

// Not exported: only this module can vouch for markup.
const TRUSTED: unique symbol = Symbol('trusted html');

/** Markup made by {@link html}; only this is inserted without escaping. */
export class Html {
  readonly value: string;

  constructor(token: typeof TRUSTED, value: string) {
    if (token !== TRUSTED) throw new TypeError('Html is made only by the html template tag');
    this.value = value;
  }

  toString(): string {
    return this.value;
  }
}

/**
 * What may stand in a `${…}`: text and numbers (escaped), markup from `html`, lists of these,
 * and `null`, `undefined` or `false`, which render nothing (for `${cond && html`…`}`).
 */
export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

/** Builds markup, escaping every interpolated value that is not already {@link Html}. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new Html(TRUSTED, out);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) {
    let out = '';
    for (const v of value as readonly HtmlValue[]) out += render(v);
    return out;
  }
  return escapeHtml(String(value));
}

/**
 * Markup from a renderer that escapes its own input: the Markdown renderer of src/content, which
 * allows no raw HTML in content. Never pass text from a request or a database.
 */
export function rendererHtml(markup: string): Html {
  return new Html(TRUSTED, markup);
}
