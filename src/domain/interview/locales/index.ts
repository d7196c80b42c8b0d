import type { Lang } from '../../../engine';
import { en } from './en';
import type { InterviewMessages } from './interview-messages';
import { sv } from './sv';

export type { InterviewMessages };

/** The interview's texts in `lang`. */
export function interviewMessages(lang: Lang): InterviewMessages {
  return lang === 'en' ? en : sv;
}
