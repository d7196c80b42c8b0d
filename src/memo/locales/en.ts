import type { MemoMessages } from './memo-messages';

const sekFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** The decision memo in English. */
export const en: MemoMessages = {
  languageTag: 'en-GB',
  fileStem: 'decision-memo',
  title: (subject) =>
    subject === null
      ? 'Decision memo: choice of collaboration form'
      : `Decision memo: choice of collaboration form – ${subject}`,
  documentName: 'Decision memo',
  producedOn: (date) => `Produced on ${date} with samverka.`,
  caseStarts: (date) => `The case starts on ${date}.`,
  startUnknown: (date) =>
    `The day the case starts is unknown; the assessment applies the rules in force on ${date}. The rules may differ on the day the case actually starts.`,
  purpose:
    'This memo shows which forms of collaboration the rules allow in this case, with the reasons, conditions, risks and legal basis of every conclusion, what is still unknown and what would change the answer. It supports the decision and is not legal advice: the decision-maker is responsible for the decision.',
  reopenLink: 'Open the assessment again in samverka.',
  reopenNote: 'The link holds every answer in this memo.',
  facts: {
    heading: 'Facts of the case',
    intro:
      'The questions as answered. “Don’t know” means the fact is unknown; the assessment never guesses an unknown fact.',
    question: 'Question',
    answer: 'Answer',
    none: 'No question was answered besides the start date.',
  },
  rules: {
    heading: 'Date and rules',
    intro:
      'The rules in force on the day the case starts govern the whole case. The amounts are those of that period.',
    what: 'Item',
    value: 'Value',
    startDate: 'The case starts on',
    unknownStart: (date) => `unknown (the rules in force on ${date} are applied)`,
    ruleSet: 'Rule set',
    validity: 'The rule set applies',
    act: 'Act',
    bilaga2: 'Service under bilaga 2 (social and other specific services)',
    threshold: 'Threshold',
    directAwardLimit: 'Direct-award limit',
    aboveThreshold: 'Value above the threshold',
    procedures: 'Procedures for an advertised procurement',
    legalBasis: 'Legal basis',
    noProcedures: 'none given',
    yes: 'yes',
    no: 'no',
    unknown: 'unknown',
    untilFurtherNotice: 'until further notice',
    sek: (amount) => `SEK ${sekFormat.format(amount)}`,
    missingSek: (eur) =>
      eur === null
        ? 'the figure in SEK is missing'
        : `the figure in SEK is missing (EUR ${sekFormat.format(eur)})`,
    notPublished: 'the amount for the period is not published yet',
    validFromTo: (from, to) => `from ${from} ${to === null ? 'until further notice' : `to ${to}`}`,
  },
  verdicts: {
    heading: 'Assessment of each form of collaboration',
    intro:
      'All twelve forms of collaboration are assessed. Each conclusion has its reasons, conditions and risks with their legal basis.',
    summaryCaption: 'Summary of the assessment',
    form: 'Form of collaboration',
    verdict: 'Assessment',
    names: {
      allowed: 'Possible',
      'allowed-if': 'Possible under conditions',
      'not-allowed': 'Not possible',
      undetermined: 'Needs more facts',
    },
    verdictLine: (name) => `Assessment: ${name}.`,
    reasons: 'Reasons',
    conditions: 'Conditions',
    risks: 'Risks',
  },
  unknown: {
    heading: 'What is still unknown',
    intro:
      'The answers to these questions can change the assessment. Find them out before deciding.',
    affects: (forms) => `Affects: ${forms}.`,
    none: 'No open questions: no unknown fact would change the assessment.',
    unverifiedHeading: 'Not verified',
    unverifiedIntro:
      'The assessment also relies on the following, which samverka has not verified.',
    noUnverified: 'The assessment relies on nothing unverified.',
  },
  changes: {
    heading: 'What would change the answer',
    intro: 'Limits and dates that change the answer for one or more forms of collaboration.',
    none: 'No known limit or date would change the assessment.',
  },
  decision: {
    heading: 'Decision',
    intro: 'To be filled in by the decision-maker.',
    caption: 'Decision to fill in',
    field: 'Item',
    entry: 'Entry',
    fields: [
      'Form of collaboration chosen',
      'Grounds',
      'Decided by (name and position)',
      'Date of the decision',
      'Signature',
      'Name in block letters',
    ],
  },
  sources: {
    heading: 'Sources',
    intro: 'The acts, judgments and preparatory works the legal references of this memo point to.',
  },
  disclaimer:
    'samverka gives guidance with references to its sources. It is not legal advice in an individual case.',
  pageTemplate: 'Page {page} of {pages}',
};
