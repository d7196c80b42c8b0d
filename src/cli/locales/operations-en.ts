import type { OperationMessages } from './operations-messages';

const number = new Intl.NumberFormat('en-GB');

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** The operator's commands in English. */
export const operationsEn: OperationMessages = {
  list,
  kinds: {
    'public-body': 'public body',
    ideburen: 'idea-driven organisation',
    'social-enterprise': 'social enterprise',
  },
  roles: { owner: 'owner', editor: 'editor', reader: 'reader' },
  legalForms: {
    'ideell-forening': 'non-profit association',
    stiftelse: 'foundation',
    'ekonomisk-forening': 'economic association (co-operative)',
    'svb-aktiebolag': 'limited company with restricted profit distribution (svb)',
    aktiebolag: 'limited company',
    trossamfund: 'registered religious community',
    other: 'another legal form',
  },
  orgnrGroups: {
    dodsbo: "deceased persons' estates",
    'stat-region-kommun-forsamling': 'the state, regions, municipalities and parishes',
    'utlandskt-foretag': 'foreign companies',
    aktiebolag: 'limited companies',
    'enkelt-bolag': 'simple partnerships',
    'ekonomisk-forening': 'economic associations',
    'ideell-forening-stiftelse': 'non-profit associations and foundations',
    'handelsbolag-kommanditbolag': 'trading and limited partnerships',
  },
  databaseKinds: { pglite: 'the embedded database', postgresql: 'PostgreSQL' },

  dataFolderInUse: (folder, pid) =>
    `the data folder ${folder} is in use by process ${pid}. The embedded database can be open in one process at a time: stop samverka (serve) first, or name another folder with SAMVERKA_DATA_DIR.`,
  cannotOpenDatabase: (reason) => `cannot open the database: ${reason}`,
  migrationMismatch: (version) =>
    `the database's migration ${version} differs from the one shipped with this version of samverka. An applied migration must never be edited.`,

  expectedCheckDigit: (digit) => `It should be ${digit}.`,
  noAccount: (email) => `there is no account for ${email}.`,
  createAccountFirst: (email) =>
    `Create the account first: samverka user create --email ${email} --name "NAME"`,
  orgnrTaken: (orgnr, name) => `${orgnr} is registered already (${name}).`,
  noOrganisation: (orgnr) =>
    `no organisation has the organisation number ${orgnr}. Create it with samverka org create.`,
  emailTaken: (email) => `there is an account for ${email} already.`,

  organisationCreated: (name, orgnr, kind) =>
    `The organisation is created: ${name} (${orgnr}), ${kind}.`,
  owner: (name, email) => `Owner: ${name} <${email}>`,
  legalFormSuggested: (digit, group, forms) =>
    `The organisation number begins with ${digit} (${group}). That suggests ${forms}.`,
  legalFormNoSuggestion: (digit, group) =>
    `The organisation number begins with ${digit} (${group}). It says nothing certain about the legal form.`,
  legalFormConfirm: 'An owner confirms the legal form on the Organisation page (/organisation).',
  userCreated: (name, email) => `The account is created: ${name} <${email}>`,
  membershipAdded: (organisation, orgnr, role) =>
    `Member of ${organisation} (${orgnr}) as ${role}.`,
  passwordChanged: (name, email, ended) =>
    `New password for ${name} <${email}>. ${
      ended === 0
        ? 'The account was not signed in anywhere.'
        : ended === 1
          ? 'One session was ended.'
          : `${number.format(ended)} sessions were ended.`
    }`,
  generatedPassword: (password) => `Password: ${password}`,
  generatedPasswordAdvice:
    'The password is shown only now. Pass it on to the person safely and ask them to change it after signing in (/konto/losenord).',

  outboxEmpty: 'The outbox is empty.',
  outboxHeading: (shown) =>
    shown === 1
      ? '1 message in the outbox:'
      : `${number.format(shown)} messages in the outbox, newest first:`,
  outboxTo: 'To',
  outboxSubject: 'Subject',
  outboxCreated: 'Created',
  outboxSent: (at) => `sent ${at}`,
  outboxNotSent: 'not sent (no SMTP_URL): pass the content on to the recipient',

  backupWritten: (file, tables, rows, version, from) =>
    `The backup is written to ${file}: ${number.format(tables)} tables, ${number.format(rows)} rows, schema version ${version}, from ${from}.`,
  cannotWrite: (file, reason) => `cannot write ${file}: ${reason}`,
  restored: (file, tables, rows, createdAt, version) =>
    `Restored from ${file}: ${number.format(tables)} tables, ${number.format(rows)} rows (backup of ${createdAt}, samverka ${version}).`,
  restoreNotABackup: 'the file is not a samverka backup.',
  restoreFormatVersion: (found, supported) =>
    `the backup has format version ${found}; this version of samverka reads version ${supported}.`,
  restoreSchemaVersion: (backup, database, version) =>
    `the backup has schema version ${backup}, the database ${database}. Restore it with samverka ${version}, which wrote it, then start this version, which upgrades the database.`,
  restoreSchemaDiffers: (version) =>
    `the backup's migrations differ from the database's, though both have schema version ${version}.`,
  restoreNotEmpty: (tables) =>
    `the database holds data already (${tables.join(', ')}). A restore goes only into an empty database: name a new folder with SAMVERKA_DATA_DIR or a new, empty PostgreSQL database with DATABASE_URL.`,
  restoreDamaged: (line, what) =>
    `the backup is damaged${line === null ? '' : ` (line ${line})`}: ${what}`,
  damage: {
    'not-json': () => 'the line is not JSON.',
    'unexpected-line': () => 'the line is not the one due here.',
    'unknown-table': (d) => `the table ${d.table} is not in the schema, or comes twice.`,
    'columns-differ': (d) => `the columns of ${d.table} are not the schema's.`,
    'row-columns': (d) => `a row of ${d.table} has other columns than the table.`,
    'row-count': (d) =>
      `${d.table} should have ${number.format(d.expected)} rows but the file ends after ${number.format(d.found)}.`,
    'tables-missing': (d) => `tables are missing: ${d.tables.join(', ')}.`,
    'no-end': () => 'the file ends before its end line; it has been cut short.',
    'after-end': () => 'there are lines after the end line.',
    rejected: (d) => `the database refused the rows of ${d.table}: ${d.reason}`,
    unreadable: (d) => `the file cannot be read: ${d.reason}`,
  },
  nothingChanged: 'Nothing was changed in the database.',
};
