import type { Lang } from '../../engine';
import { transferEn } from './transfer-en';
import { transferSv } from './transfer-sv';

/** The texts of the directory's import and export in the API, in one language. */
export interface TransferApiMessages {
  publicBodiesOnly: string;
  csvBody: (got: string | undefined) => string;
  csvTooLarge: (limitBytes: number) => string;
}

/** The texts in `lang`. */
export function transferApiMessages(lang: Lang): TransferApiMessages {
  return lang === 'en' ? transferEn : transferSv;
}
