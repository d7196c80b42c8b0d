/**
 * The words of a directory CSV import in Swedish and English: why a file is refused, what is
 * wrong with a row, what is worth a warning, and why an entry was kept as it was.
 */
import type { Lang } from '../../../engine/index';
import type { DirectoryProblem } from '../actor-input';
import { directoryProblemText } from '../directory-texts';
import { actorCsvTextsEn } from './locales/en';
import { actorCsvTextsSv } from './locales/sv';
import type { CsvEncoding } from './text-decoding';

/** Why a whole file is refused before any row is read. */
export type ActorCsvRefusal =
  | { code: 'not-text' }
  | { code: 'empty' }
  | { code: 'unclosed-quote'; line: number }
  | { code: 'missing-columns'; columns: string[] }
  | { code: 'duplicate-column'; column: string; lines: [number, number] };

/** What can be wrong with a row besides the checks of its fields. */
export type ActorCsvRowProblem =
  | DirectoryProblem
  | { code: 'orgnr-duplicate'; line: number }
  | { code: 'extra-fields'; count: number; expected: number };

/** Something in a file that is read anyway. */
export type ActorCsvWarning = { code: 'unknown-column'; column: string };

/** Why an entry of the file was left as it was in the directory. */
export type KeptReason = 'claimed' | 'listed' | 'suggested-by-another';

/** The texts of one language. */
export interface ActorCsvTexts {
  refusals: {
    [C in ActorCsvRefusal['code']]: (r: Extract<ActorCsvRefusal, { code: C }>) => string;
  };
  duplicateOrgnr: (line: number) => string;
  extraFields: (count: number, expected: number) => string;
  unknownColumn: (column: string) => string;
  kept: Record<KeptReason, string>;
  encodings: Record<CsvEncoding, string>;
  delimiters: Record<';' | ',' | '\t', string>;
}

/** The import's texts in `lang`. */
export function actorCsvTexts(lang: Lang): ActorCsvTexts {
  return lang === 'sv' ? actorCsvTextsSv : actorCsvTextsEn;
}

/** Why a file was refused, in `lang`. */
export function actorCsvRefusalText(refusal: ActorCsvRefusal, lang: Lang): string {
  const describe = actorCsvTexts(lang).refusals[refusal.code] as (r: ActorCsvRefusal) => string;
  return describe(refusal);
}

/** What is wrong with a row's cell, in `lang`. */
export function actorCsvProblemText(problem: ActorCsvRowProblem, lang: Lang): string {
  const t = actorCsvTexts(lang);
  if (problem.code === 'orgnr-duplicate') return t.duplicateOrgnr(problem.line);
  if (problem.code === 'extra-fields') return t.extraFields(problem.count, problem.expected);
  return directoryProblemText(problem, lang);
}

/** A warning, in `lang`. */
export function actorCsvWarningText(warning: ActorCsvWarning, lang: Lang): string {
  return actorCsvTexts(lang).unknownColumn(warning.column);
}
