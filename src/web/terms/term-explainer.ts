// Glossary terms explained where they appear. The first appearance of a term on a page becomes a
// button that opens its explanation as a popover: declarative HTML (popover / popovertarget), so
// it works without JavaScript, by keyboard, and closes with Escape. See docs/adr/0009.
import {
  glossaryEntryPath,
  termMatcher,
  type GlossaryEntry,
  type TermMatcher,
} from '../../content';
import type { Lang } from '../../engine/index';
import { html, type Html } from '../html';
import { termMessages } from '../locales/terms';
import { pathInLang } from '../request-lang';

/** Explains the glossary terms of one page; make one per page render. */
export class TermExplainer {
  readonly matcher: TermMatcher;
  private readonly entries: Map<string, GlossaryEntry>;
  private readonly explained: string[] = [];

  constructor(
    readonly lang: Lang,
    glossary: readonly GlossaryEntry[],
    /** Keeps ids unique when a page has more than one explainer. */
    private readonly idPrefix = 'term',
  ) {
    this.matcher = termMatcher(glossary, lang);
    this.entries = new Map(glossary.map((e) => [e.id, e]));
  }

  /**
   * The markup for a term found in text, as a string for the Markdown renderer: the explanation
   * on its first appearance, plain (null) afterwards so that a page is not a field of buttons.
   */
  readonly render = (entryId: string, text: string): string | null => {
    const entry = this.entries.get(entryId);
    if (entry === undefined || this.explained.includes(entryId)) return null;
    this.explained.push(entryId);
    return this.markup(entry, text).value;
  };

  /** Plain text with its terms explained (for interview questions and result texts). */
  text(text: string): Html {
    return html`${this.matcher.segments(text).map((s) => {
      if (s.entryId === null) return s.text;
      const entry = this.entries.get(s.entryId);
      if (entry === undefined || this.explained.includes(s.entryId)) return s.text;
      this.explained.push(s.entryId);
      return this.markup(entry, s.text);
    })}`;
  }

  /** The ids of the entries explained so far, in order of appearance. */
  explainedIds(): readonly string[] {
    return this.explained;
  }

  /** A list of the terms explained on the page, linking to the glossary; empty when none. */
  footer(): Html {
    if (this.explained.length === 0) return html``;
    const t = termMessages(this.lang);
    const headingId = `${this.idPrefix}-list`;
    return html`<aside class="term-list" aria-labelledby="${headingId}">
      <h2 id="${headingId}">${t.footerHeading}</h2>
      <p>${t.footerIntro}</p>
      <ul>
        ${this.explained.map((id) => {
          const entry = this.entries.get(id);
          return entry === undefined
            ? null
            : html`<li>
                <a href="${pathInLang(glossaryEntryPath(id), this.lang)}"
                  >${headword(entry, this.lang)}</a
                >
              </li>`;
        })}
      </ul>
    </aside>`;
  }

  private markup(entry: GlossaryEntry, text: string): Html {
    const t = termMessages(this.lang);
    const id = `${this.idPrefix}-${entry.id}`;
    const civil = entry.civil[this.lang].join(', ');
    // Phrasing content only: the explanation sits inside paragraphs, list items and legends.
    return html`<button type="button" class="term" popovertarget="${id}">${text}</button
      ><span class="term-popover" id="${id}" popover
        ><span class="term-popover__head"><dfn>${headword(entry, this.lang)}</dfn></span>
        <span class="term-popover__text">${entry.definition[this.lang]}</span>
        ${civil !== '' && html`<span class="term-popover__also">${t.alsoSaid}: ${civil}</span>`}
        <span class="term-popover__actions"
          ><a href="${pathInLang(glossaryEntryPath(entry.id), this.lang)}">${t.readMore}</a>
          <button
            type="button"
            class="term-popover__close"
            popovertarget="${id}"
            popovertargetaction="hide"
          >
            ${t.close}
          </button></span
        ></span
      >`;
  }
}

/** How an entry is named: its procurement words. */
export function headword(entry: GlossaryEntry, lang: Lang): string {
  return entry.procurement[lang].join(', ');
}
