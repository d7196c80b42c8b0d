/**
 * Finds glossary terms in running text, so that pages can explain them where they appear. Pure:
 * text in, segments out; how a term is shown is up to the page.
 */
import type { Lang } from '../engine';
import type { GlossaryEntry } from './content-types';

/** A piece of text, either plain or a glossary term with the entry that explains it. */
export type TextSegment = { text: string; entryId: null } | { text: string; entryId: string };

/** Finds the terms of one language. Build it once and reuse it. */
export interface TermMatcher {
  readonly lang: Lang;
  /** Splits `text` into plain text and terms; adjacent plain text is joined. */
  segments(text: string): TextSegment[];
}

/** Terms shorter than this are not marked up: too many false matches. */
const MIN_LENGTH = 3;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The word forms of an entry that mark it up in text of `lang`. */
export function surfaceForms(entry: GlossaryEntry, lang: Lang): string[] {
  const skip = new Set(entry.skip[lang].map((s) => s.toLocaleLowerCase('sv')));
  return [...entry.procurement[lang], ...entry.civil[lang], ...entry.match[lang]].filter(
    (form) => !skip.has(form.toLocaleLowerCase('sv')),
  );
}

/**
 * A matcher for the glossary in one language. Longer forms win over shorter ones ("reserverad
 * upphandling" before "upphandling"); when two entries share a form, the first entry keeps it.
 * Matching ignores case and respects word boundaries in any script; a hyphenated compound is one
 * word ("idea-driven" is not "idea", "IOP-avtal" is not "IOP").
 */
export function termMatcher(glossary: readonly GlossaryEntry[], lang: Lang): TermMatcher {
  // Pages make a matcher per request; building the pattern is the costly part, so keep one per
  // glossary and language.
  let byLang = built.get(glossary);
  if (byLang === undefined) {
    byLang = new Map();
    built.set(glossary, byLang);
  }
  let matcher = byLang.get(lang);
  if (matcher === undefined) {
    matcher = buildMatcher(glossary, lang);
    byLang.set(lang, matcher);
  }
  return matcher;
}

const built = new WeakMap<readonly GlossaryEntry[], Map<Lang, TermMatcher>>();

function buildMatcher(glossary: readonly GlossaryEntry[], lang: Lang): TermMatcher {
  const owner = new Map<string, string>();
  for (const entry of glossary) {
    for (const form of surfaceForms(entry, lang)) {
      const key = form.toLocaleLowerCase('sv');
      if (key.length >= MIN_LENGTH && !owner.has(key)) owner.set(key, entry.id);
    }
  }
  const forms = [...owner.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const pattern =
    forms.length === 0
      ? null
      : new RegExp(
          `(?<![\\p{L}\\p{N}-])(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}-])`,
          'giu',
        );
  return {
    lang,
    segments(text: string): TextSegment[] {
      if (pattern === null || text === '') return text === '' ? [] : [{ text, entryId: null }];
      const out: TextSegment[] = [];
      let last = 0;
      for (const m of text.matchAll(pattern)) {
        const start = m.index;
        const entryId = owner.get(m[0].toLocaleLowerCase('sv'));
        if (entryId === undefined) continue;
        if (start > last) out.push({ text: text.slice(last, start), entryId: null });
        out.push({ text: m[0], entryId });
        last = start + m[0].length;
      }
      if (last < text.length) out.push({ text: text.slice(last), entryId: null });
      return out;
    },
  };
}
