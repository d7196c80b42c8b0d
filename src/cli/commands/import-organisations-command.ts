import { readFile } from 'node:fs/promises';
import { buffer } from 'node:stream/consumers';
import {
  actorCsvProblemText,
  actorCsvRefusalText,
  actorCsvTexts,
  actorCsvWarningText,
  readActorCsv,
} from '../../domain/directory/csv/index';
import { importActors } from '../../directory-transfer/index';
import { EXIT, type CliIo } from '../cli-io';
import { cliMessages } from '../locales';
import { withDatabase } from '../operation-database';
import type { OperationCommand } from '../parse-args';

/**
 * `samverka import organisations FILE.csv`: the operator's import of directory entries. The
 * file is read and checked whole before the database is opened; a refused file (a required
 * column missing, not text) exits 2 having written nothing. Valid rows are imported (listed,
 * source import) unless `--dry-run`; every invalid row is named on standard error, and then the
 * exit status is 1.
 */
export async function importOrganisationsCommand(
  io: CliIo,
  c: Extract<OperationCommand, { kind: 'import-organisations' }>,
): Promise<number> {
  const m = cliMessages(c.lang);
  const t = m.transfer;
  const texts = actorCsvTexts(c.lang);
  let bytes: Uint8Array;
  try {
    bytes = c.file === '-' ? await buffer(io.stdinStream()) : await readFile(c.file);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    io.stderr(`samverka: ${m.cannotRead(c.file, code)}\n`);
    return EXIT.usage;
  }
  const reading = readActorCsv(bytes);
  if (!reading.ok) {
    io.stderr(`samverka: ${t.refused(c.file, actorCsvRefusalText(reading.refusal, c.lang))}\n`);
    return EXIT.usage;
  }
  const problems = [
    ...reading.warnings.map((w) => t.warningLine(actorCsvWarningText(w, c.lang))),
    ...reading.problems.map((p) =>
      t.problemLine(p.line, p.column, actorCsvProblemText(p.problem, c.lang)),
    ),
  ];

  return withDatabase(io, c.lang, async (db) => {
    const summary = await importActors(db, reading.valid, {
      mode: 'operator',
      dryRun: c.dryRun,
      actor: { kind: 'operator' },
      now: io.now(),
      fields: reading.fields,
    });
    const lines = [
      t.summaryHeading(c.file, c.dryRun),
      t.encoding(texts.encodings[reading.encoding]),
      t.delimiter(texts.delimiters[reading.delimiter]),
      t.rowsRead(reading.rowsRead),
      t.created(summary.created),
      t.updated(summary.updated),
      t.unchanged(summary.unchanged),
      t.kept(summary.kept.length),
      t.invalid(reading.invalidRows),
      ...summary.kept.map((k) =>
        t.keptLine(k.line, `${k.orgnr.slice(0, 6)}-${k.orgnr.slice(6)}`, texts.kept[k.reason]),
      ),
      ...(c.dryRun ? [t.dryRunNote] : []),
    ];
    io.stdout(`${lines.join('\n')}\n`);
    if (problems.length > 0) io.stderr(`${problems.join('\n')}\n`);
    return reading.invalidRows > 0 ? EXIT.internal : EXIT.ok;
  });
}
