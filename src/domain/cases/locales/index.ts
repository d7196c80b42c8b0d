import type { Lang } from '../../../engine';
import { en } from './en';
import type { SavedCaseMessages } from './saved-case-messages';
import { sv } from './sv';

export type { SavedCaseMessages };

/** The shared texts of saved cases in `lang`. */
export function savedCaseMessages(lang: Lang): SavedCaseMessages {
  return lang === 'en' ? en : sv;
}
