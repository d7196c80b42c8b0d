// The password of `user create` and `user reset`: one line of standard input, or made up here.
import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';

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
