// The text search query made from what a person typed. Only letters and digits reach
// to_tsquery, so no input can carry tsquery syntax (operators, quotes, weights, prefixes).
import type { Lang } from '../engine/index';

/** The most words of a query that are searched for; the rest are ignored. */
export const MAX_QUERY_WORDS = 16;

/**
 * Swedish definite and plural endings, longest first. The Snowball Swedish stemmer leaves some
 * of them (the neuter `-et`: `partnerskapet`, `anbudet`), so a word is also searched for as
 * the prefix of what remains without its ending. A one-letter ending counts only after the
 * letter it follows in a definite form (`skolan`, `mötet`, `anbuds`), so that `kommun` and
 * `process` keep their last letter.
 */
export const SWEDISH_ENDINGS: readonly { ending: string; after?: RegExp }[] = [
  { ending: 'ernas' },
  { ending: 'arnas' },
  { ending: 'ornas' },
  { ending: 'erna' },
  { ending: 'arna' },
  { ending: 'orna' },
  { ending: 'enas' },
  { ending: 'ena' },
  { ending: 'ets' },
  { ending: 'ens' },
  { ending: 'nas' },
  { ending: 'na' },
  { ending: 'et' },
  { ending: 'en' },
  { ending: 'ns', after: /a$/ },
  { ending: 'ts', after: /e$/ },
  { ending: 'n', after: /a$/ },
  { ending: 't', after: /e$/ },
  { ending: 's', after: /[^sxz]$/ },
];

/** The shortest stem an ending is removed from: `bot` is not `bo` + `t`. */
export const MIN_STEM_LETTERS = 4;

/** A query ready for `to_tsquery`, and the words it was made of. */
export interface TsQuery {
  /** The words searched for, lower case, in the order typed (empty when nothing to search). */
  words: string[];
  /** The `to_tsquery` text; empty when there are no words. */
  text: string;
}

/** The words of `input`: runs of letters and digits, lower case; apostrophes join. */
export function queryWords(input: string): string[] {
  const normalised = input.normalize('NFC').replace(/['’]/g, '').toLowerCase();
  const words = normalised.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return words.slice(0, MAX_QUERY_WORDS);
}

/** `word` without its longest Swedish ending, when a stem of at least four letters is left. */
export function swedishStem(word: string): string | undefined {
  for (const { ending, after } of SWEDISH_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, word.length - ending.length);
    if ([...stem].length >= MIN_STEM_LETTERS && (after === undefined || after.test(stem))) {
      return stem;
    }
  }
  return undefined;
}

/**
 * Builds the `to_tsquery` text for `input` in `lang`: every word must match (AND); a word
 * matches itself or, in Swedish, the prefix of its stem without a definite or plural ending;
 * the last word also matches as a prefix, for a word still being typed. In Swedish a word of at
 * least five letters is a prefix wherever it stands, so that a base form finds its definite form
 * (`avtal` finds `avtalet`, which the stemmer keeps whole).
 */
export function buildTsQuery(input: string, lang: Lang): TsQuery {
  const words = queryWords(input);
  const parts = words.map((word, i) => {
    const alternatives = [word];
    const prefix = i === words.length - 1 || (lang === 'sv' && [...word].length > MIN_STEM_LETTERS);
    if (prefix) alternatives.push(`${word}:*`);
    const stem = lang === 'sv' ? swedishStem(word) : undefined;
    if (stem !== undefined) alternatives.push(`${stem}:*`);
    return alternatives.length === 1 ? word : `(${alternatives.join(' | ')})`;
  });
  return { words, text: parts.join(' & ') };
}
