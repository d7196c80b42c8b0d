import { createOrganisation, findUserByEmail } from '../../accounts/index';
import {
  emailProblems,
  formatOrgnr,
  ORGANISATION_KINDS,
  suggestedLegalForms,
  validateOrganisation,
} from '../../domain/accounts/index';
import { orgnrGroup } from '../../domain/orgnr/index';
import type { LegalForm } from '../../rules/index';
import { EXIT, type CliIo } from '../cli-io';
import { problemLine } from '../field-problems';
import { cliMessages } from '../locales';
import { withDatabase } from '../operation-database';
import type { OperationCommand } from '../parse-args';

/**
 * `samverka org create`: an organisation with its first owner, an existing account. Recorded in
 * the organisation's audit log with the operator as the one who did it.
 */
export async function orgCreateCommand(
  io: CliIo,
  c: Extract<OperationCommand, { kind: 'org-create' }>,
): Promise<number> {
  const m = cliMessages(c.lang);
  const checked = validateOrganisation({ name: c.name, orgnr: c.orgnr, kind: c.orgKind });
  const lines: string[] = [];
  if (!checked.ok) {
    for (const p of checked.problems) {
      lines.push(
        p.field === 'kind'
          ? `${m.badValue('--kind', c.orgKind, ORGANISATION_KINDS)}\n`
          : problemLine({ ...p, field: `--${p.field}` }, c.lang, c.orgnr),
      );
    }
  }
  for (const p of emailProblems('--owner', c.owner)) lines.push(problemLine(p, c.lang));
  if (!checked.ok || lines.length > 0) {
    io.stderr(lines.join(''));
    return EXIT.usage;
  }
  const organisation = checked.value;

  return withDatabase(io, c.lang, async (db) => {
    const outcome = await db.transaction(async (tx) => {
      const owner = await findUserByEmail(tx, c.owner);
      if (!owner) return { status: 'no-owner' } as const;
      const taken = await tx.query<{ name: string }>(
        'SELECT name FROM organisations WHERE orgnr = $1',
        [organisation.orgnr],
      );
      if (taken.rows[0]) return { status: 'taken', name: taken.rows[0].name } as const;
      const created = await createOrganisation(tx, {
        ...organisation,
        ownerId: owner.id,
        actor: { kind: 'operator' },
        now: io.now(),
      });
      return { status: 'created', owner, created } as const;
    });
    const orgnr = formatOrgnr(organisation.orgnr);
    if (outcome.status === 'no-owner') {
      io.stderr(
        `--owner: ${m.ops.noAccount(c.owner.trim())} ${m.ops.createAccountFirst(c.owner.trim())}\n`,
      );
      return EXIT.usage;
    }
    if (outcome.status === 'taken') {
      io.stderr(`--orgnr: ${m.ops.orgnrTaken(orgnr, outcome.name)}\n`);
      return EXIT.usage;
    }
    const { owner, created } = outcome;
    const digit = organisation.orgnr[0]!;
    const group = orgnrGroup(organisation.orgnr);
    const forms = suggestedLegalForms(group).map((f) => m.ops.legalForms[f as LegalForm]);
    const groupText = group === undefined ? '–' : m.ops.orgnrGroups[group];
    io.stdout(
      [
        m.ops.organisationCreated(created.name, orgnr, m.ops.kinds[created.kind]),
        m.ops.owner(owner.name, owner.email),
        forms.length > 0
          ? m.ops.legalFormSuggested(digit, groupText, m.ops.list(forms))
          : m.ops.legalFormNoSuggestion(digit, groupText),
        m.ops.legalFormConfirm,
        `id: ${created.id}`,
        '',
      ].join('\n'),
    );
    return EXIT.ok;
  });
}
