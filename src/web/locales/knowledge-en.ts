import type { KnowledgePageMessages } from './knowledge-messages';

/** English texts of the knowledge base's pages. */
export const knowledgeEn: KnowledgePageMessages = {
  serviceName: 'Knowledge base – samverka',
  titleErrorPrefix: 'Error: ',
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  citationsLabel: 'Legal basis:',
  notAvailable: 'not available',
  overview: {
    title: 'Knowledge base – samverka',
    metaDescription:
      'The ways public bodies and idea-based organisations work together, compared side by side, with their legal basis, the rules over time, a glossary and guidance on working across cultures.',
    heading: 'Knowledge base',
    lead: 'Twelve ways for public bodies and idea-based organisations to work together, explained for both sides.',
    intro:
      'Each collaboration form has a page of its own: what it is, when it fits and when it does not, step by step, pitfalls, legal basis and the conditions samverka checks. The table compares the forms side by side.',
    compareHeading: 'The forms side by side',
    compareCaption: 'Comparison of the collaboration forms',
    compareScrollHint: 'The table is wide. Scroll sideways to see every column.',
    formColumn: 'Collaboration form',
    legalBasisColumn: 'Legal basis',
    aspects: {
      initiative: 'Who takes the initiative',
      defines: 'Who defines the activity',
      money: 'Payment or support',
      competition: 'Competition',
      length: 'Typical length',
      risks: 'Main risks',
      who: 'Who can take part',
    },
    noPage: 'The page on this form is being written',
    guidesHeading: 'Working across cultures',
    guidesIntro:
      'Public bodies and civil society often start from different words, time horizons and habits. The guides help both sides understand each other.',
    moreHeading: 'More in the knowledge base',
    rulesLink: {
      label: 'Rules over time',
      description: 'the changes since 2014 and the thresholds and direct-award limits per period',
    },
    glossaryLink: {
      label: 'The glossary',
      description: 'the procurement words and the civil-society words for the same thing',
    },
    searchLink: { label: 'Search', description: 'the knowledge base and the glossary' },
    interviewLink: {
      label: 'The guide',
      description: 'which forms are open for your case',
    },
  },
  page: {
    breadcrumbLabel: 'You are here',
    overviewLink: 'Knowledge base',
    legalBasisHeading: 'Legal basis',
    checksHeading: 'What samverka checks',
    checksIntro:
      'The conditions below come straight from the rules samverka applies, not from the text above. Choose a date to see the rules in force then.',
    checksFor: (date, ruleSet, validity) =>
      `Rules for cases starting on ${date}: ${ruleSet} (${validity}).`,
    validity: (from, to) => (to === null ? `in force from ${from}` : `in force ${from} to ${to}`),
    dateLabel: 'Date the case starts',
    dateHint: 'Write the date as YYYY-MM-DD, for example 2023-06-01.',
    dateButton: 'Show the rules for the date',
    dateInvalid: (value) =>
      `Date the case starts: “${value}” is not a date. Write the date as YYYY-MM-DD, for example 2023-06-01.`,
    dateBeforeCoverage: (date, start) =>
      `Date the case starts: samverka has rules from ${start}, and ${date} is before that. Choose ${start} or a later date.`,
    verdictHeading: 'Assessment without further facts',
    verdicts: {
      allowed: 'Allowed',
      'allowed-if': 'Allowed on conditions',
      'not-allowed': 'Not allowed',
      undetermined: 'Cannot be decided without more facts',
    },
    verdictNote:
      'The assessment is for a case of which only the start date is known. The guide asks for the rest.',
    conditionsHeading: 'Conditions',
    reasonsHeading: 'Reasons',
    risksHeading: 'Risks',
    questionsHeading: 'Facts that decide',
    noneFound: 'None for this date.',
    relatedTermsHeading: 'Related terms',
    noRelatedTerms: 'The glossary has no terms related to this form yet.',
    sourcesHeading: 'Sources',
    notVerified: 'Not verified',
    lastCheckedHeading: 'Last checked',
    lastChecked: (date) => `The text was checked against its sources on ${date}.`,
    interviewHeading: 'Try the form for your case',
    interviewIntro:
      'The guide starts with what this page is about already filled in. You answer the rest and get an assessment with reasons and legal basis.',
    interviewLink: 'Start the guide for this form',
  },
  rules: {
    title: 'Rules over time – Knowledge base – samverka',
    metaDescription:
      'Every rule change samverka applies since 2014, with thresholds and direct-award limits per period and act, sources and what is not verified.',
    heading: 'Rules over time',
    lead: 'Which rules apply depends on the day the case starts. Here is every change samverka applies.',
    intro:
      'This page is made from the same rule data the assessments use. Change a value there and this page changes.',
    feedLink: 'Follow the changes in a feed (Atom)',
    feedTitle: 'Rule changes – samverka',
    timelineHeading: 'Timeline',
    ruleSetStart: (label) => `New rules: ${label}`,
    valuesStart: (count) =>
      count === 1
        ? 'One new dated value comes into force:'
        : `${count} new dated values come into force:`,
    tablesHeading: 'Thresholds and direct-award limits',
    tablesIntro:
      'Every value with the period it applies to, the amount in kronor and euros, its sources and how sure it is.',
    unverifiedHeading: 'What is not verified',
    unverifiedIntro: (count) =>
      `${count} values have not been read in a source. Assessments that rely on them say so.`,
    allVerified: 'Every value is read in a source or derived from such values.',
    tables: {
      'lou.threshold': 'LOU – thresholds',
      'lou.direct_award_limit': 'LOU – direct-award limits',
      'lou.advertising_exemption_limit':
        'LOU – limit of the advertising exemption for welfare services',
      'luf.threshold': 'LUF – thresholds',
      'luf.direct_award_limit': 'LUF – direct-award limits',
      'state-aid.de-minimis': 'State aid – de minimis aid',
      'state-aid.sgei-de-minimis':
        'State aid – de minimis aid for services of general economic interest',
      'lou.mandatory-considerations-proposal': 'LOU – proposal for mandatory considerations',
    },
    appliesTo: {
      supplies_services: 'supplies and services',
      works: 'works',
      bilaga2: 'social and other specific services (annex 2)',
      general: 'general',
      welfare: 'welfare services',
      'general+bilaga2': 'general and annex 2 services',
      central_government: 'central government authorities',
      other_contracting_authorities: 'other contracting authorities',
      all: 'all',
    },
    columns: {
      appliesTo: 'Applies to',
      period: 'Period of validity',
      sek: 'Swedish kronor',
      eur: 'Euros',
      status: 'How sure',
      note: 'Note',
      sources: 'Sources',
    },
    period: (from, to) => (to === null ? `from ${from}` : `${from} to ${to}`),
    status: {
      source: 'verified',
      derived: 'derived from verified values',
      eur_only: 'not verified: the kronor amount is missing, only the euro amount is known',
      rule_only: 'not verified: only the rule is known, not the amount',
      not_published: 'not published yet',
      unverified: 'not verified',
    },
    statusUnknown: (word) => `not verified (${word})`,
    flagValue: 'yes/no',
    sourceLinkLabel: (host) => `source: ${host}`,
    noteInEnglish: 'in English',
  },
};
