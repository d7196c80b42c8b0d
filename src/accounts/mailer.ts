// Outgoing mail (password reset links, invitations, notifications). With SMTP_URL set, mail is
// sent through that server; without it, it is kept in the outbox table, where the operator reads
// it with `samverka outbox`. Either way the outbox keeps a record of what was sent.
import nodemailer from 'nodemailer';
import type { Queryable } from '../db/database';

/** One message, plain text. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Something that delivers mail. */
export interface Mailer {
  /** Where mail goes, for messages: `outbox` or the SMTP server's host. */
  readonly description: string;
  send(db: Queryable, mail: Mail, now: Date): Promise<void>;
}

/** Mail settings, from SMTP_URL and MAIL_FROM. */
export interface MailConfig {
  /** smtp:// or smtps:// address with user and password if needed; undefined = outbox only */
  smtpUrl?: string | undefined;
  /** the sender address */
  from: string;
}

/** The sender when MAIL_FROM is not set. */
export const DEFAULT_MAIL_FROM = 'samverka <noreply@localhost>';

/** A mailer for the configuration. */
export function createMailer(config: MailConfig): Mailer {
  if (!config.smtpUrl) {
    return {
      description: 'outbox',
      async send(db, mail, now) {
        await db.query(
          'INSERT INTO outbox (to_address, subject, body, created_at) VALUES ($1, $2, $3, $4)',
          [mail.to, mail.subject, mail.text, now],
        );
      },
    };
  }
  const transport = nodemailer.createTransport(config.smtpUrl);
  const host = new URL(config.smtpUrl).host;
  return {
    description: `SMTP ${host}`,
    async send(db, mail, now) {
      await transport.sendMail({
        from: config.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
      });
      await db.query(
        `INSERT INTO outbox (to_address, subject, body, created_at, sent_at) VALUES ($1, $2, $3, $4, $4)`,
        [mail.to, mail.subject, mail.text, now],
      );
    },
  };
}

/** A message in the outbox. */
export interface OutboxMessage {
  id: number;
  to: string;
  subject: string;
  body: string;
  createdAt: Date;
  sentAt: Date | null;
}

/** The newest messages of the outbox first. */
export async function readOutbox(db: Queryable, limit = 50): Promise<OutboxMessage[]> {
  const { rows } = await db.query<{
    id: string;
    to_address: string;
    subject: string;
    body: string;
    created_at: Date;
    sent_at: Date | null;
  }>(
    'SELECT id, to_address, subject, body, created_at, sent_at FROM outbox ORDER BY id DESC LIMIT $1',
    [limit],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    to: r.to_address,
    subject: r.subject,
    body: r.body,
    createdAt: r.created_at,
    sentAt: r.sent_at,
  }));
}
