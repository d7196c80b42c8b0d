// The check of a message in a conversation (the first one registers the interest).
import { MESSAGE_MAX_LENGTH } from '../../../challenges/index';
import type { Lang } from '../../../engine/index';
import { challengesMessages } from '../../locales/challenges-messages';

/** The problems of a message, in words; none when it can be sent. */
export function checkMessage(body: string, lang: Lang): string[] {
  const t = challengesMessages(lang).problems;
  const text = body.trim();
  if (text === '') return [t.messageRequired];
  if ([...text].length > MESSAGE_MAX_LENGTH) return [t.messageTooLong(MESSAGE_MAX_LENGTH)];
  return [];
}
