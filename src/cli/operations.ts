// The operator's commands: the entry of dist/operations.js, which the command line loads only
// when one of them runs (see CliIo.loadOperations).
import type { CliIo } from './cli-io';
import { backupCommand } from './commands/backup-command';
import { exportOrganisationsCommand } from './commands/export-organisations-command';
import { importOrganisationsCommand } from './commands/import-organisations-command';
import { orgCreateCommand } from './commands/org-create-command';
import { outboxCommand } from './commands/outbox-command';
import { restoreCommand } from './commands/restore-command';
import { userCreateCommand } from './commands/user-create-command';
import { userResetCommand } from './commands/user-reset-command';
import type { OperationCommand } from './parse-args';

/** Runs one of the operator's commands and returns the exit status. */
export function runOperation(io: CliIo, command: OperationCommand): Promise<number> {
  switch (command.kind) {
    case 'org-create':
      return orgCreateCommand(io, command);
    case 'user-create':
      return userCreateCommand(io, command);
    case 'user-reset':
      return userResetCommand(io, command);
    case 'outbox':
      return outboxCommand(io, command);
    case 'backup':
      return backupCommand(io, command);
    case 'restore':
      return restoreCommand(io, command);
    case 'import-organisations':
      return importOrganisationsCommand(io, command);
    case 'export-organisations':
      return exportOrganisationsCommand(io, command);
  }
}
