import type { BackupDamage } from '../../db/backup-format';
import type { OrganisationKind, Role } from '../../domain/accounts/index';
import type { OrgnrGroup } from '../../domain/orgnr/index';
import type { LegalForm } from '../../rules/index';

/** What the operator's commands print (org, user, outbox, backup, restore), in one language. */
export interface OperationMessages {
  /** "a, b or c" */
  list: (items: readonly string[]) => string;
  kinds: Record<OrganisationKind, string>;
  roles: Record<Role, string>;
  legalForms: Record<LegalForm, string>;
  orgnrGroups: Record<OrgnrGroup, string>;
  databaseKinds: { pglite: string; postgresql: string };

  dataFolderInUse: (folder: string, pid: number) => string;
  cannotOpenDatabase: (reason: string) => string;
  migrationMismatch: (version: number) => string;

  expectedCheckDigit: (digit: number) => string;
  noAccount: (email: string) => string;
  createAccountFirst: (email: string) => string;
  orgnrTaken: (orgnr: string, name: string) => string;
  noOrganisation: (orgnr: string) => string;
  emailTaken: (email: string) => string;

  organisationCreated: (name: string, orgnr: string, kind: string) => string;
  owner: (name: string, email: string) => string;
  legalFormSuggested: (digit: string, group: string, forms: string) => string;
  legalFormNoSuggestion: (digit: string, group: string) => string;
  legalFormConfirm: string;
  userCreated: (name: string, email: string) => string;
  membershipAdded: (organisation: string, orgnr: string, role: string) => string;
  passwordChanged: (name: string, email: string, sessionsEnded: number) => string;
  generatedPassword: (password: string) => string;
  generatedPasswordAdvice: string;

  outboxEmpty: string;
  outboxHeading: (shown: number) => string;
  outboxTo: string;
  outboxSubject: string;
  outboxCreated: string;
  outboxSent: (at: string) => string;
  outboxNotSent: string;

  backupWritten: (
    file: string,
    tables: number,
    rows: number,
    schemaVersion: number,
    from: string,
  ) => string;
  cannotWrite: (file: string, reason: string) => string;
  restored: (
    file: string,
    tables: number,
    rows: number,
    createdAt: string,
    samverkaVersion: string,
  ) => string;
  restoreNotABackup: string;
  restoreFormatVersion: (found: string, supported: number) => string;
  restoreSchemaVersion: (backup: number, database: number, samverkaVersion: string) => string;
  restoreSchemaDiffers: (version: number) => string;
  restoreNotEmpty: (tables: readonly string[]) => string;
  restoreDamaged: (line: number | null, what: string) => string;
  damage: { [K in BackupDamage['kind']]: (d: Extract<BackupDamage, { kind: K }>) => string };
  nothingChanged: string;
}
