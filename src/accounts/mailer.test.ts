// Mail through a real SMTP server (smtp-server on a loopback port) and into the outbox, on both
// databases: what the server receives, what the outbox records, and that a refused message is
// neither reported sent nor recorded.
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { expect, it, onTestFinished } from 'vitest';
import { migrate } from '../db/migrate';
import { describeEachDatabase } from '../test-support/databases';
import { createMailer, readOutbox } from './mailer';

const NOW = new Date('2026-11-26T10:00:00Z');
const FROM = 'samverka <noreply@kommun.example>';

interface Received {
  from: string;
  to: string[];
  user: unknown;
  data: string;
}

/** An SMTP server on a free loopback port, without TLS, that keeps what it receives. */
async function startSmtp(options: Partial<SMTPServerOptions> = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          user: session.user,
          data: Buffer.concat(chunks).toString('utf8'),
        });
        callback(null);
      });
    },
    ...options,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { port: (server.server.address() as AddressInfo).port, received };
}

describeEachDatabase('the mailer', (target) => {
  it('sends through the SMTP server, signing in when the address has a user, and records it as sent', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const smtp = await startSmtp({
      authOptional: false,
      onAuth(auth, _session, callback) {
        if (auth.username === 'samverka' && auth.password === 'hemligt lösen') {
          callback(null, { user: auth.username });
        } else callback(new Error('Invalid username or password'));
      },
    });
    const mailer = createMailer({
      smtpUrl: `smtp://samverka:${encodeURIComponent('hemligt lösen')}@127.0.0.1:${smtp.port}`,
      from: FROM,
    });
    expect(mailer.description).toBe(`SMTP 127.0.0.1:${smtp.port}`);
    await mailer.send(
      db,
      { to: 'anna@kommun.example', subject: 'Välj ett nytt lösenord', text: 'Öppna länken: x' },
      NOW,
    );

    expect(smtp.received).toHaveLength(1);
    const [message] = smtp.received;
    expect(message?.user).toBe('samverka');
    expect(message?.from).toBe('noreply@kommun.example');
    expect(message?.to).toEqual(['anna@kommun.example']);
    expect(message?.data).toMatch(/^From: samverka <noreply@kommun\.example>/m);
    expect(message?.data).toMatch(/^To: anna@kommun\.example/m);
    // Non-ASCII headers are encoded, as RFC 2047 asks.
    expect(message?.data).toMatch(/^Subject: =\?UTF-8\?/m);
    expect(message?.data).toContain('=C3=96ppna l=C3=A4nken');
    expect(await readOutbox(db)).toEqual([
      expect.objectContaining({
        to: 'anna@kommun.example',
        subject: 'Välj ett nytt lösenord',
        body: 'Öppna länken: x',
        createdAt: NOW,
        sentAt: NOW,
      }),
    ]);
  });

  it('throws when the server refuses the message, and records nothing as sent', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const smtp = await startSmtp({
      onData(stream, _session, callback) {
        stream.resume();
        stream.on('end', () =>
          callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 })),
        );
      },
    });
    const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${smtp.port}`, from: FROM });
    await expect(
      mailer.send(db, { to: 'bo@kommun.example', subject: 'Hej', text: 'Text' }, NOW),
    ).rejects.toThrow(/550/);
    expect(await readOutbox(db)).toEqual([]);
  });

  it('throws when the server refuses the sign-in', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const smtp = await startSmtp({
      authOptional: false,
      onAuth(_auth, _session, callback) {
        callback(new Error('Invalid username or password'));
      },
    });
    const mailer = createMailer({
      smtpUrl: `smtp://samverka:fel@127.0.0.1:${smtp.port}`,
      from: FROM,
    });
    await expect(
      mailer.send(db, { to: 'ci@kommun.example', subject: 'Hej', text: 'Text' }, NOW),
    ).rejects.toThrow();
    expect(smtp.received).toEqual([]);
    expect(await readOutbox(db)).toEqual([]);
  });

  it('keeps mail in the outbox, unsent, without an SMTP server', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const mailer = createMailer({ from: FROM });
    expect(mailer.description).toBe('outbox');
    await mailer.send(db, { to: 'di@kommun.example', subject: 'Ämne', text: 'Brödtext' }, NOW);
    expect(await readOutbox(db)).toEqual([
      expect.objectContaining({ to: 'di@kommun.example', subject: 'Ämne', sentAt: null }),
    ]);
  });
});
