// The web application's texts by language.
import type { Lang } from '../../engine/index';
import { en } from './en';
import { sv } from './sv';
import type { WebCatalogue, WebMessages } from './web-messages';

export type { LinkText, WebMessages } from './web-messages';

const catalogue: WebCatalogue = { sv, en };

/** The web texts in `lang`. */
export function webMessages(lang: Lang): WebMessages {
  return catalogue[lang];
}
