import type { SavedCaseMessages } from './saved-case-messages';

/** The shared texts of saved cases in English. */
export const en: SavedCaseMessages = {
  problems: {
    required: () => 'Fill in this field.',
    'too-long': (p) => `Write at most ${p.max} characters.`,
    'not-text': () => 'Must be a text.',
    'form-unknown': () => 'Choose one of the twelve collaboration forms.',
    'status-unknown': () => 'Must be open or archived.',
    'version-missing': () =>
      'The version is missing or wrong: send the version of the case (a whole number from 1) that the change starts from.',
    'nothing-to-change': () =>
      'Nothing to change: send at least one of title, status, note and decision.',
    'unknown-field': (p) => `Unknown field. The fields allowed are ${p.allowed.join(', ')}.`,
  },
  verdicts: {
    allowed: 'Possible',
    'allowed-if': 'Possible under conditions',
    'not-allowed': 'Not possible',
    undetermined: 'Needs more facts',
  },
  conflict: (yours, current) =>
    `Someone else has changed the case since you opened it (you started from version ${yours}, it is now version ${current}). Your change has not been saved. Read the case as it is now and make your change again if it is still needed.`,
  memo: {
    reopenLink: 'Open the saved case in samverka.',
    reopenNote: 'The link works for those signed in as members of the organisation.',
    heading: 'Saved case',
    what: 'Item',
    value: 'Value',
    title: 'Case',
    saved: 'Saved',
    assessed: 'Assessment made',
    asOf: 'Rules in force on',
    reassessed: (asOf, start) =>
      `${asOf} (a re-assessment under the rules of that day; the start date in the facts is ${start})`,
    rulesVersion: 'Rule data (fingerprint)',
    untranslated:
      'The assessment is shown in Swedish, as it was saved: the rule data of samverka has been updated since, so it cannot be made again in English under the same rules.',
    decisionHeading: 'Recorded decision',
    decisionForm: 'Collaboration form chosen',
    motivation: 'Motivation',
    decidedBy: 'Decided by',
    decidedAt: 'Decided',
    earlierAssessment: (at) =>
      `The decision was made on an earlier assessment (made ${at}), not on the one shown here.`,
    by: (when, who) => `${when} by ${who}`,
    unknownPerson: 'an API token or a removed account',
  },
  diff: {
    noChange:
      "No change: today's rules give the same assessment as the saved one, with the same rule set and amounts.",
    noChangeDataUpdated:
      'No change for this case: the rule data of samverka has been updated since the assessment was saved, but nothing that concerns this case has changed.',
    rulesChanged: 'The rules have changed since the assessment was saved.',
    assessmentChanged:
      "The assessment is different under today's rules, although the rule set and the amounts are the same.",
    asOf: (from, to) =>
      `The saved assessment applies the rules of ${from}, the re-assessment those of ${to}.`,
    rulesData: (from, to) =>
      `The rule data of samverka has been updated since (fingerprint ${from} → ${to}).`,
    ruleSet: (from, to) => `The rule set has changed: ${from} → ${to}.`,
    act: (from, to) => `The act that applies has changed: ${from} → ${to}.`,
    bilaga2: (from, to) => `Service listed in Annex 2 (bilaga 2): ${from} → ${to}.`,
    aboveThreshold: (from, to) => `Above the threshold: ${from} → ${to}.`,
    threshold: (from, to) => `The threshold has changed: ${from} → ${to}.`,
    directAwardLimit: (from, to) => `The direct-award limit has changed: ${from} → ${to}.`,
    form: (label, from, to) => `${label}: ${from} → ${to}.`,
    questionAdded: (q) => `New question that needs an answer: ${q}`,
    questionRemoved: (q) => `The question is no longer needed: ${q}`,
    yes: 'yes',
    no: 'no',
    unknown: 'unknown',
    noSek: (eur) => (eur === null ? 'no amount' : `no amount in kronor (${eur})`),
  },
};
