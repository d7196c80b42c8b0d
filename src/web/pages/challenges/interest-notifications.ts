// Telling the other side of a conversation that something happened: each new interest or message
// (or the poster's first message to an organisation that fits) mails the owners and editors of the organisation that did not write it, each in their own
// language, with a link to the conversation.
import type { FastifyInstance } from 'fastify';
import { listNotificationRecipients, type InterestNotice } from '../../../challenges/index';
import { challengesMessages } from '../../locales/challenges-messages';
import { pathInLang } from '../../request-lang';
import { conversationPath } from './challenge-urls';

/**
 * Mails the other side of `notice`. The mail says who wrote and about which challenge, never
 * what was written: the conversation is for the members of two organisations only and stays
 * behind sign-in, while mail travels through servers and inboxes (shared ones, forwarding rules)
 * outside anyone's control here. A mail that cannot be sent is logged; the message stands.
 * Returns how many mails were handed to the mailer.
 */
export async function notifyOtherSide(
  app: FastifyInstance,
  notice: InterestNotice,
  origin: string,
  now: Date,
): Promise<number> {
  const recipients = await listNotificationRecipients(
    app.db,
    notice.toOrganisationId,
    notice.authorUserId,
  );
  let sent = 0;
  for (const recipient of recipients) {
    const t = challengesMessages(recipient.lang).mail;
    const link = `${origin}${pathInLang(
      conversationPath(notice.challengeId, notice.interestId),
      recipient.lang,
    )}`;
    const words = {
      organisation: notice.fromOrganisationName,
      challenge: notice.challengeTitle,
      link,
    };
    try {
      await app.mailer.send(
        app.db,
        {
          to: recipient.email,
          subject:
            notice.kind === 'interest'
              ? t.interestSubject(notice.challengeTitle)
              : notice.kind === 'contact'
                ? t.contactSubject(notice.challengeTitle)
                : t.messageSubject(notice.challengeTitle),
          text:
            notice.kind === 'interest'
              ? t.interestBody(words)
              : notice.kind === 'contact'
                ? t.contactBody(words)
                : t.messageBody(words),
        },
        now,
      );
      sent += 1;
    } catch (error) {
      app.log.warn({ err: error }, 'interest notification could not be sent');
    }
  }
  return sent;
}
