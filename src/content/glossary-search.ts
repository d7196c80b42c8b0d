/**
 * Finds glossary entries from either side: a word of the public buyer ("anbud") or of the
 * organisation ("erbjudande"), in Swedish or English, finds the same entry. Pure: entries and a
 * query in, ranked hits out; the glossary page and the API show them.
 */
import type { Lang } from '../engine';
import type { GlossaryEntry } from './content-types';

/** The two vocabularies of the glossary. */
export const GLOSSARY_SIDES = ['procurement', 'civil'] as const;
/** One of {@link GLOSSARY_SIDES}. */
export type GlossarySide = (typeof GLOSSARY_SIDES)[number];

/** The longest query the glossary searches: a few words, never a document. */
export const GLOSSARY_QUERY_MAX_LENGTH = 200;

/** What a query is matched against. */
export type GlossaryMatchField = GlossarySide | 'form' | 'definition';

/** Why an entry was found: the field and the word (or, for the definition, the text). */
export interface GlossaryMatch {
  field: GlossaryMatchField;
  /** The language of the matching word: a Swedish query may hit an English term. */
  lang: Lang;
  /** The matching word; for the definition, the definition. */
  text: string;
}

/** One line of the result. */
export interface GlossaryHit {
  entry: GlossaryEntry;
  /** The word the line is listed under: the entry's first procurement word, or a word of `side`. */
  term: string;
  /** Why the entry was found; null when nothing was searched. */
  match: GlossaryMatch | null;
  /** Higher is better; 0 when nothing was searched. */
  score: number;
}

/** What to look for. */
export interface GlossaryQuery {
  /** The language of the page: the words listed and the definition searched. */
  lang: Lang;
  /** Free text; empty lists everything. */
  q?: string;
  /**
   * Lists by one side's words, one line per word, sorted alphabetically; a query then matches
   * only that side's words (both languages) and the definition.
   */
  side?: GlossarySide | null;
}

// Ranks: a whole term before a term that starts with the query before a term with words that
// start with the query's words; the page's language before the other; the words of the two
// sides before inflected forms; any term before the definition.
const EXACT = 100;
const STARTS = 90;
const WORDS = 70;
const DEFINITION = 30;
const OTHER_LANG = 5;
const FORM = 10;
/** Shorter query words match too much of a definition. */
const MIN_DEFINITION_WORD = 3;

const WORD_SEPARATOR = /[^\p{L}\p{N}]+/u;

/** Lower case with Swedish rules and single spaces, for comparing. */
export function normalizeGlossaryText(text: string): string {
  return text.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();
}

function words(text: string): string[] {
  return normalizeGlossaryText(text)
    .split(WORD_SEPARATOR)
    .filter((w) => w !== '');
}

/** Every query word starts some word of the text. */
function wordsMatch(queryWords: readonly string[], textWords: readonly string[]): boolean {
  return queryWords.every((q) => textWords.some((w) => w.startsWith(q)));
}

function termScore(query: string, queryWords: readonly string[], term: string): number {
  const t = normalizeGlossaryText(term);
  if (t === query) return EXACT;
  if (t.startsWith(query)) return STARTS;
  return wordsMatch(queryWords, words(t)) ? WORDS : 0;
}

/** The collator for sorting words of `lang`: Swedish puts å, ä and ö after z. */
export function glossaryCollator(lang: Lang): Intl.Collator {
  return new Intl.Collator(lang === 'sv' ? 'sv' : 'en', { sensitivity: 'base', numeric: true });
}

/** The word an entry is known by in `lang`: its first procurement word. */
export function glossaryHeadword(entry: GlossaryEntry, lang: Lang): string {
  return entry.procurement[lang][0] ?? entry.id;
}

function bestMatch(
  entry: GlossaryEntry,
  query: string,
  lang: Lang,
  side: GlossarySide | null,
): { match: GlossaryMatch; score: number } | null {
  const queryWords = words(query);
  if (queryWords.length === 0) return null;
  const other: Lang = lang === 'sv' ? 'en' : 'sv';
  const fields: GlossaryMatchField[] = side === null ? ['procurement', 'civil', 'form'] : [side];
  let best: { match: GlossaryMatch; score: number } | null = null;
  for (const l of [lang, other]) {
    for (const field of fields) {
      const terms = field === 'form' ? entry.match[l] : entry[field][l];
      for (const term of terms) {
        const base = termScore(query, queryWords, term);
        if (base === 0) continue;
        const score = base - (l === lang ? 0 : OTHER_LANG) - (field === 'form' ? FORM : 0);
        if (best === null || score > best.score)
          best = { match: { field, lang: l, text: term }, score };
      }
    }
  }
  if (best !== null) return best;
  const definitionWords = queryWords.filter((w) => w.length >= MIN_DEFINITION_WORD);
  if (
    definitionWords.length === queryWords.length &&
    wordsMatch(definitionWords, words(entry.definition[lang]))
  ) {
    return {
      match: { field: 'definition', lang, text: entry.definition[lang] },
      score: DEFINITION,
    };
  }
  return null;
}

/**
 * The entries that match `query`, best first (ties in alphabetical order); without a query,
 * every entry in alphabetical order. With `side`, one line per word of that side in `lang`,
 * in alphabetical order of those words.
 *
 * Matching ignores case and finds words by their beginning ("erbjud" finds "erbjudande"), in
 * the terms of both sides, both languages and their inflected forms, and after those, in the
 * definition.
 */
export function searchGlossary(
  glossary: readonly GlossaryEntry[],
  query: GlossaryQuery,
): GlossaryHit[] {
  const { lang } = query;
  const side = query.side ?? null;
  const q = normalizeGlossaryText(query.q ?? '');
  const collator = glossaryCollator(lang);
  const found: { entry: GlossaryEntry; match: GlossaryMatch | null; score: number }[] = [];
  for (const entry of glossary) {
    if (q === '') {
      found.push({ entry, match: null, score: 0 });
      continue;
    }
    const best = bestMatch(entry, q, lang, side);
    if (best !== null) found.push({ entry, ...best });
  }
  if (side !== null) {
    return found
      .flatMap((f) => f.entry[side][lang].map((term) => ({ ...f, term })))
      .sort((a, b) => collator.compare(a.term, b.term) || a.entry.id.localeCompare(b.entry.id));
  }
  return found
    .map((f) => ({ ...f, term: glossaryHeadword(f.entry, lang) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        collator.compare(a.term, b.term) ||
        a.entry.id.localeCompare(b.entry.id),
    );
}
