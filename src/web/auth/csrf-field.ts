// The hidden field that carries a form's CSRF token.
import { CSRF_FIELD } from '../../accounts/index';
import { html, type Html } from '../html';

/** The hidden CSRF input of a form. */
export function csrfField(token: string): Html {
  return html`<input type="hidden" name="${CSRF_FIELD}" value="${token}" />`;
}
