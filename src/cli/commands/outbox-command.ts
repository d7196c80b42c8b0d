import { readOutbox } from '../../accounts/index';
import { EXIT, type CliIo } from '../cli-io';
import { cliMessages } from '../locales';
import { withDatabase } from '../operation-database';
import type { OperationCommand } from '../parse-args';

function time(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * `samverka outbox`: the mail samverka has made, newest first, with its whole text, so that an
 * operator without SMTP can pass reset and invitation links on.
 */
export async function outboxCommand(
  io: CliIo,
  c: Extract<OperationCommand, { kind: 'outbox' }>,
): Promise<number> {
  const m = cliMessages(c.lang).ops;
  return withDatabase(io, c.lang, async (db) => {
    const messages = await readOutbox(db, c.limit);
    if (messages.length === 0) {
      io.stdout(`${m.outboxEmpty}\n`);
      return EXIT.ok;
    }
    const parts = messages.map((message) =>
      [
        `── #${message.id} ${'─'.repeat(40)}`,
        `${m.outboxTo}: ${message.to}`,
        `${m.outboxSubject}: ${message.subject}`,
        `${m.outboxCreated}: ${time(message.createdAt)}, ${
          message.sentAt ? m.outboxSent(time(message.sentAt)) : m.outboxNotSent
        }`,
        '',
        message.body.replace(/\n+$/, ''),
        '',
      ].join('\n'),
    );
    io.stdout(`${m.outboxHeading(messages.length)}\n\n${parts.join('\n')}`);
    return EXIT.ok;
  });
}
