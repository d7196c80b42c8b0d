import type { CliMessages } from './cli-messages';

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
  samverka --help         this text
  samverka --version      the version

Bad input gives exit status 2 and one line per problem on standard error.`,
  missingCommand: 'name a command: assess, rules or serve',
  unknownCommand: (c) => `unknown command: ${c}`,
  unknownOption: (o) => `unknown option: ${o}`,
  missingValue: (o) => `${o} needs a value`,
  badValue: (o, v, allowed) => `${o}: expected one of ${allowed.join(', ')} (got "${v}")`,
  missingFile: 'name a file holding a case, or - for standard input',
  extraArgument: (a) => `unexpected argument: ${a}`,
  cannotRead: (file, reason) => `cannot read ${file}: ${reason}`,
  internalError: (m) => `internal error: ${m}`,
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
