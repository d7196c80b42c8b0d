import type { Lang } from '../../engine';
import type { CliMessages } from './cli-messages';
import { en } from './en';
import { sv } from './sv';

export type { CliMessages } from './cli-messages';

/** The command line's texts in `lang`. */
export function cliMessages(lang: Lang): CliMessages {
  return lang === 'en' ? en : sv;
}
