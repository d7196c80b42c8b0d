import {
  addMembership,
  appendAudit,
  createUser,
  EmailTakenError,
  findUserByEmail,
} from '../../accounts/index';
import {
  checkOrgnrField,
  emailProblems,
  formatOrgnr,
  ROLES,
  textProblems,
  type Role,
} from '../../domain/accounts/index';
import { EXIT, type CliIo } from '../cli-io';
import { problemLine } from '../field-problems';
import { cliMessages } from '../locales';
import { withDatabase } from '../operation-database';
import type { OperationCommand } from '../parse-args';
import { commandPassword, generatedPasswordLines } from '../password-input';

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * `samverka user create`: an account with a password from standard input or made up and printed
 * once; with `--org` and `--role`, also a member of that organisation (recorded in its audit log).
 */
export async function userCreateCommand(
  io: CliIo,
  c: Extract<OperationCommand, { kind: 'user-create' }>,
): Promise<number> {
  const m = cliMessages(c.lang);
  const lines = [...emailProblems('--email', c.email), ...textProblems('--name', c.name)].map((p) =>
    problemLine(p, c.lang),
  );
  let orgnr: string | undefined;
  if (c.membership) {
    const checked = checkOrgnrField('--org', c.membership.orgnr);
    if (checked.ok) orgnr = checked.digits;
    else lines.push(...checked.problems.map((p) => problemLine(p, c.lang, c.membership!.orgnr)));
    if (!isRole(c.membership.role)) {
      lines.push(`${m.badValue('--role', c.membership.role, ROLES)}\n`);
    }
  }
  const chosen = await commandPassword(io, c);
  const { password } = chosen;
  lines.push(...chosen.problems);
  if (lines.length > 0) {
    io.stderr(lines.join(''));
    return EXIT.usage;
  }
  const role = c.membership?.role as Role | undefined;

  return withDatabase(io, c.lang, async (db) => {
    const now = io.now();
    const outcome = await db
      .transaction(async (tx) => {
        if (await findUserByEmail(tx, c.email)) return { status: 'taken' } as const;
        let organisation: { id: string; name: string } | undefined;
        if (orgnr !== undefined) {
          const found = await tx.query<{ id: string; name: string }>(
            'SELECT id, name FROM organisations WHERE orgnr = $1',
            [orgnr],
          );
          organisation = found.rows[0];
          if (!organisation) return { status: 'no-organisation' } as const;
        }
        const user = await createUser(tx, { email: c.email, name: c.name, password });
        if (organisation && role) {
          await addMembership(tx, { organisationId: organisation.id, userId: user.id, role, now });
          await appendAudit(tx, {
            organisationId: organisation.id,
            actor: { kind: 'operator' },
            action: 'member.joined',
            subjectType: 'membership',
            subjectId: user.id,
            detail: { role, via: 'command-line' },
            at: now,
          });
        }
        return { status: 'created', user, organisation } as const;
      })
      .catch((error: unknown) => {
        // Created by someone else between the check and the insert.
        if (error instanceof EmailTakenError) return { status: 'taken' } as const;
        throw error;
      });
    if (outcome.status === 'taken') {
      io.stderr(`--email: ${m.ops.emailTaken(c.email.trim())}\n`);
      return EXIT.usage;
    }
    if (outcome.status === 'no-organisation') {
      io.stderr(`--org: ${m.ops.noOrganisation(formatOrgnr(orgnr!))}\n`);
      return EXIT.usage;
    }
    const { user, organisation } = outcome;
    const out = [m.ops.userCreated(user.name, user.email)];
    if (organisation && role) {
      out.push(m.ops.membershipAdded(organisation.name, formatOrgnr(orgnr!), m.ops.roles[role]));
    }
    out.push(...generatedPasswordLines(m, chosen));
    io.stdout(`${out.join('\n')}\n`);
    return EXIT.ok;
  });
}
