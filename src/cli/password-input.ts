// The password of `user create` and `user reset`: one line of standard input, or made up here.
import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import { newPasswordProblems } from '../domain/accounts/index';
import type { Lang } from '../engine';
import type { CliIo } from './cli-io';
import { problemLine } from './field-problems';
import type { CliMessages } from './locales';

/**
 * The first line of `stream`, without its line ending. Stops reading at the line's end, so that a
 * person typing at a terminal needs only press Enter.
 */
export async function readFirstLine(stream: Readable): Promise<string> {
  stream.setEncoding('utf8');
  let text = '';
  for await (const chunk of stream) {
    text += chunk as string;
    const newline = text.indexOf('\n');
    if (newline !== -1) return text.slice(0, newline).replace(/\r$/, '');
  }
  return text.replace(/\r$/, '');
}

/** A password of 120 random bits in 20 characters that survive copying (A–Z, a–z, 0–9, - and _). */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}

/** The password a command sets, and whether it was made up here rather than read. */
export interface CommandPassword {
  password: string;
  generated: boolean;
  /** a line for each problem with a password read from standard input */
  problems: string[];
}

/**
 * The password of a command: with `--password-stdin` read from standard input and checked as the
 * web forms check a new password for `email`, else made up.
 */
export async function commandPassword(
  io: CliIo,
  c: { lang: Lang; email: string; passwordStdin: boolean },
): Promise<CommandPassword> {
  if (!c.passwordStdin) return { password: generatePassword(), generated: true, problems: [] };
  const password = await readFirstLine(io.stdinStream());
  const problems = newPasswordProblems('--password-stdin', password, { email: c.email });
  return { password, generated: false, problems: problems.map((p) => problemLine(p, c.lang)) };
}

/** The lines that show a made-up password once, with the advice to change it; none for a read one. */
export function generatedPasswordLines(m: CliMessages, p: CommandPassword): string[] {
  return p.generated ? [m.ops.generatedPassword(p.password), m.ops.generatedPasswordAdvice] : [];
}
