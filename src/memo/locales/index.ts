// The decision memo's texts by language.
import type { Lang } from '../../engine';
import { en } from './en';
import type { MemoCatalogue, MemoMessages } from './memo-messages';
import { sv } from './sv';

export type { MemoMessages } from './memo-messages';

const catalogue: MemoCatalogue = { sv, en };

/** The memo's texts in `lang`. */
export function memoMessages(lang: Lang): MemoMessages {
  return catalogue[lang];
}
