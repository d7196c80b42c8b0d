// Keyboard-only use of a page: where focus is, whether a person can see it, and moving it with
// Tab until it reaches what they want.
import type { Page } from 'playwright-core';

/** The focused element as the test sees it. */
export interface FocusState {
  /** Identifies the element, to tell that focus moved. */
  key: string;
  tag: string;
  id: string;
  type: string;
  className: string;
  /** Its text, or for an input its label's text. */
  text: string;
  href: string;
  checked: boolean;
  /** The stylesheet's focus colour is drawn on it (or, for a hidden radio, on its label). */
  indicated: boolean;
  /** It has a box and that box is in the viewport. */
  inView: boolean;
}

// Runs in the page (a string, so that it also runs where the page's own scripts are off, in
// Playwright's separate world, and needs no DOM types here). The focus colour is the
// stylesheet's --focus; an indicator is an outline, a shadow or a background in that colour.
const FOCUS_STATE = `(() => {
  const el = document.activeElement;
  const hex = getComputedStyle(document.documentElement).getPropertyValue('--focus').trim().replace('#', '');
  const rgb = 'rgb(' + [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ') + ')';
  const shows = (s) =>
    (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && s.outlineColor === rgb) ||
    s.boxShadow.includes(rgb) || s.backgroundColor === rgb;
  if (!el || el === document.body) {
    return { key: 'body', tag: 'BODY', id: '', type: '', className: '', text: '', href: '', checked: false, indicated: false, inView: false };
  }
  const label = el.id ? document.querySelector('label[for="' + el.id + '"]') : null;
  const indicated = shows(getComputedStyle(el)) || (label !== null && shows(getComputedStyle(label, '::before')));
  const r = el.getBoundingClientRect();
  const inView = r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight;
  const text = ((label ? label.textContent : el.textContent) || '').replace(/\\s+/g, ' ').trim();
  return {
    key: [el.tagName, el.id, el.getAttribute('name'), el.getAttribute('value'), el.getAttribute('href'), text.slice(0, 60)].join('|'),
    tag: el.tagName,
    id: el.id,
    type: el.getAttribute('type') || '',
    className: typeof el.className === 'string' ? el.className : '',
    text,
    href: el.getAttribute('href') || '',
    checked: el.checked === true,
    indicated,
    inView,
  };
})()`;

/** Where focus is now. */
export async function focusState(page: Page): Promise<FocusState> {
  return page.evaluate<FocusState>(FOCUS_STATE);
}

/** Presses a key and checks that focus moved to an element a person can see is focused. */
export async function pressMovingFocus(page: Page, key: 'Tab' | 'Shift+Tab'): Promise<FocusState> {
  const before = await focusState(page);
  await page.keyboard.press(key);
  const after = await focusState(page);
  if (after.key === before.key) throw new Error(`${key} left focus on ${describeFocus(after)}`);
  if (!after.indicated || !after.inView) {
    throw new Error(`${page.url()}: focus on ${describeFocus(after)} is not visible`);
  }
  return after;
}

/**
 * Presses Tab until focus reaches an element that `wanted` accepts, checking at every stop that
 * focus moved and can be seen; fails after `limit` presses.
 */
export async function tabTo(
  page: Page,
  wanted: (focus: FocusState) => boolean,
  what: string,
  limit = 60,
): Promise<FocusState> {
  const stops: string[] = [];
  for (let i = 0; i < limit; i++) {
    const focus = await pressMovingFocus(page, 'Tab');
    if (wanted(focus)) return focus;
    stops.push(describeFocus(focus));
  }
  throw new Error(`${page.url()}: ${what} not reached by Tab; stops: ${stops.join(' → ')}`);
}

/** The focused element in a few words, for messages. */
export function describeFocus(focus: FocusState): string {
  return `<${focus.tag.toLowerCase()}${focus.id ? `#${focus.id}` : ''}${
    focus.type ? ` type=${focus.type}` : ''
  }> "${focus.text.slice(0, 40)}"`;
}
