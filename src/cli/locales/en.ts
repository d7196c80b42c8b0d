import type { CliMessages } from './cli-messages';
import { operationsEn } from './operations-en';
import { transferEn } from './transfer-en';

const sekFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** The command line in English. */
export const en: CliMessages = {
  usage: (version) => `samverka ${version} — which ways of working together the rules allow

Usage:
  samverka assess FILE|-  assess a case (JSON, case v1; - reads standard input)
      --lang sv|en          language of the texts (default: sv)
      --format json|text    output as JSON (default) or as text
      --explain             include the trace: rule, citation, inputs used, outcome
  samverka rules          rule sets and dated values with validity and sources
      --format text|json    table (default) or JSON
  samverka serve          start the web application and API (PORT, DATABASE_URL, SAMVERKA_DATA_DIR)

Operations (on the database of DATABASE_URL, or the embedded one in SAMVERKA_DATA_DIR):
  samverka org create     create an organisation with its first owner (recorded in its audit log)
      --name NAME --orgnr NNNNNN-NNNN --kind public-body|ideburen|social-enterprise --owner EMAIL
  samverka user create    create an account
      --email EMAIL --name NAME
      --org NNNNNN-NNNN --role owner|editor|reader   also make it a member
      --password-stdin      read the password from one line of standard input
                            (without it a password is made up and printed once)
  samverka user reset     give an account a new password and end all its sessions
      --email EMAIL [--password-stdin]
  samverka outbox         the mail kept for sending, newest first (--limit N, default 20)
  samverka backup FILE    write a backup (FILE.gz is compressed; - writes standard output)
  samverka restore FILE   restore a backup into an empty database (- reads standard input)
  samverka import organisations FILE.csv
                          read organisations into the directory (CSV: UTF-8 or Windows-1252,
                          ; or ,), updating by organisationsnummer; docs/directory-import.md
      --dry-run             check and count without saving
                            (exit status 1 when any row is invalid; the valid rows are still saved)
  samverka export organisations
                          write out the directory's listed organisations
      --format csv|json     CSV the import reads (default) or Open Referral–like JSON
      --output FILE         write to FILE instead of standard output

  samverka --help         this text
  samverka --version      the version

Bad input gives exit status 2 and one line per problem on standard error.`,
  missingCommand:
    'name a command: assess, rules, serve, org, user, outbox, backup, restore, import or export',
  unknownCommand: (c) => `unknown command: ${c}`,
  missingSubcommand: (c, subs) =>
    `name what to do: ${subs.map((s) => `samverka ${c} ${s}`).join(' or ')}`,
  unknownOption: (o) => `unknown option: ${o}`,
  missingValue: (o) => `${o} needs a value`,
  missingOptions: (options) =>
    options.length === 1
      ? `${options[0]} is required`
      : `${operationsEn.list(options).replace(/ or ([^ ]+)$/, ' and $1')} are required`,
  optionNeeds: (o, other) => `${o} needs ${other} as well`,
  badValue: (o, v, allowed) => `${o}: expected one of ${allowed.join(', ')} (got "${v}")`,
  badNumber: (o, v, min, max) => `${o}: expected a whole number from ${min} to ${max} (got "${v}")`,
  missingFile: (command) =>
    command === 'assess'
      ? 'name a file holding a case, or - for standard input'
      : command === 'backup'
        ? 'name the file to write the backup to, or - for standard output'
        : command === 'restore'
          ? 'name the backup file to restore, or - for standard input'
          : 'name the CSV file to import, or - for standard input',
  extraArgument: (a) => `unexpected argument: ${a}`,
  cannotRead: (file, reason) => `cannot read ${file}: ${reason}`,
  internalError: (m) => `internal error: ${m}`,
  ops: operationsEn,
  transfer: transferEn,
  text: {
    heading: (asOf) => `Assessment of a case started on ${asOf}`,
    ruleSet: 'Rule set',
    act: 'Act',
    bilaga2: 'Service under bilaga 2',
    threshold: 'Threshold',
    directAwardLimit: 'Direct-award limit',
    aboveThreshold: 'Above the threshold',
    procedures: 'Procedures',
    yes: 'yes',
    no: 'no',
    unknown: 'unknown',
    missingSek: (eur) => `SEK figure missing (EUR ${eur})`,
    sek: (amount) => `SEK ${sekFormat.format(amount)}`,
    verdicts: {
      allowed: 'allowed',
      'allowed-if': 'allowed if the conditions hold',
      'not-allowed': 'not allowed',
      undetermined: 'cannot be decided yet',
    },
    reasons: 'Reasons',
    conditions: 'Conditions',
    risks: 'Risks',
    questions: 'Questions that may change the assessment',
    noQuestions: 'No open questions.',
    unverified: 'Not verified',
    trace: 'Trace',
    traceInputs: 'inputs',
    traceOutcome: 'outcome',
    open: 'until further notice',
  },
  rules: {
    ruleSets: 'Rule sets',
    values: 'Dated values',
    id: 'id',
    label: 'label',
    validFrom: 'valid from',
    validTo: 'valid to',
    value: 'value',
    sources: 'sources',
    verified: 'basis',
    notes: 'Notes',
    verifiedOn: 'verified on',
  },
};
