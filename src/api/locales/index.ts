import type { Lang } from '../../engine';
import type { ApiMessages } from './api-messages';
import { en } from './en';
import { sv } from './sv';

export type { ApiMessages } from './api-messages';

/** The API's error texts in `lang`. */
export function apiMessages(lang: Lang): ApiMessages {
  return lang === 'en' ? en : sv;
}
