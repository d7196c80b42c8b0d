import {
  endAllSessions,
  findUserByEmail,
  hashPassword,
  setPasswordHash,
} from '../../accounts/index';
import { emailProblems } from '../../domain/accounts/index';
import { EXIT, type CliIo } from '../cli-io';
import { problemLine } from '../field-problems';
import { cliMessages } from '../locales';
import { withDatabase } from '../operation-database';
import type { OperationCommand } from '../parse-args';
import { commandPassword, generatedPasswordLines } from '../password-input';

/**
 * `samverka user reset`: a new password (from standard input, or made up and printed once) and
 * the end of every session of the account. Reset links sent earlier stop working too: whoever
 * asked for one may be the reason for the reset.
 */
export async function userResetCommand(
  io: CliIo,
  c: Extract<OperationCommand, { kind: 'user-reset' }>,
): Promise<number> {
  const m = cliMessages(c.lang);
  const lines = emailProblems('--email', c.email).map((p) => problemLine(p, c.lang));
  const chosen = await commandPassword(io, c);
  lines.push(...chosen.problems);
  if (lines.length > 0) {
    io.stderr(lines.join(''));
    return EXIT.usage;
  }

  return withDatabase(io, c.lang, async (db) => {
    const hash = await hashPassword(chosen.password);
    const now = io.now();
    const outcome = await db.transaction(async (tx) => {
      const user = await findUserByEmail(tx, c.email);
      if (!user) return undefined;
      await setPasswordHash(tx, user.id, hash);
      await tx.query(
        'UPDATE password_resets SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL',
        [user.id, now],
      );
      return { user, ended: await endAllSessions(tx, user.id) };
    });
    if (!outcome) {
      io.stderr(`--email: ${m.ops.noAccount(c.email.trim())}\n`);
      return EXIT.usage;
    }
    const out = [m.ops.passwordChanged(outcome.user.name, outcome.user.email, outcome.ended)];
    out.push(...generatedPasswordLines(m, chosen));
    io.stdout(`${out.join('\n')}\n`);
    return EXIT.ok;
  });
}
