import { EXIT, type CliIo } from './cli-io';
import { assessCommand } from './commands/assess-command';
import { rulesCommand } from './commands/rules-command';
import { serveCommand } from './commands/serve-command';
import { cliMessages } from './locales';
import { parseArgs } from './parse-args';

/** Runs one command line and returns the exit status. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    const m = cliMessages(parsed.lang);
    io.stderr(`samverka: ${parsed.problem(m)}\n\n${m.usage(io.version)}\n`);
    return EXIT.usage;
  }
  const { command } = parsed;
  const m = cliMessages(command.lang);
  try {
    switch (command.kind) {
      case 'help':
        io.stdout(`${m.usage(io.version)}\n`);
        return EXIT.ok;
      case 'version':
        io.stdout(`${io.version}\n`);
        return EXIT.ok;
      case 'assess':
        return await assessCommand(io, command);
      case 'rules':
        return rulesCommand(io, command);
      case 'serve':
        return await serveCommand(io);
      case 'org-create':
      case 'user-create':
      case 'user-reset':
      case 'outbox':
      case 'backup':
      case 'restore':
      case 'import-organisations':
      case 'export-organisations':
        return await (await io.loadOperations()).runOperation(io, command);
    }
  } catch (e) {
    // A defect, not bad input: say so in one line; the stack stays out of the user's way.
    io.stderr(`samverka: ${m.internalError(e instanceof Error ? e.message : String(e))}\n`);
    return EXIT.internal;
  }
}
