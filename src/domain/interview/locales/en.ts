import type { InterviewMessages } from './interview-messages';

/** The interview in English. */
export const en: InterviewMessages = {
  yes: 'Yes',
  no: 'No',
  dontKnow: 'Don’t know',
  months: (n) => `${n} months`,
  percent: (n) => `${n} %`,
  goals: {
    buy: 'Buy a service or goods that we describe ourselves',
    support: "Support an organisation's own activity",
    partner: 'Work in a partnership where both contribute',
    choice: 'Let users choose their provider',
    unsure: "We don't know yet",
  },
  goalHints: {
    buy: 'For example cleaning, running a care home, or training as we describe it.',
    support: "For example an association's homework club or meeting place that it runs itself.",
    partner:
      'A shared goal for a societal challenge, where the organisation also puts in its own resources.',
    choice: 'For example home care where each person chooses among approved providers.',
  },
  startDateUnknown: (today) =>
    `The start date is unknown. The assessment applies the rules for a procurement started today, ${today}.`,
  errors: {
    chooseOne: 'Choose an answer, or Don’t know',
    enterDate: 'Enter the date, or choose Don’t know',
    dateParts: 'The date must have a day, month and year in numbers, for example 1 3 2023',
    notADate: (text) => `${text} is not a real date`,
    enterAmount: 'Enter the amount in kronor, or choose Don’t know',
    amountFormat: 'The amount must be whole kronor in numbers, for example 500 000',
    enterMonths: 'Enter the number of months, or choose Don’t know',
    monthsFormat: 'The number of months must be a whole number from 0 to 600',
    enterShare: 'Enter the share as a percentage, or choose Don’t know',
    shareFormat: 'The share must be a number from 0 to 100, for example 35',
    chooseCpv: 'Search and choose at least one service, or choose Don’t know',
    cpvNotFound: (code) => `${code} is not a CPV code that exists`,
    enterText: 'Write an answer, or choose Don’t know',
    textTooLong: (max) => `The answer must be ${max} characters or fewer`,
    notAnOption: (value) => `${value} is not one of the answers`,
  },
  changes: {
    directAwardOpensAt: (limit) =>
      `A direct award becomes possible if the value, with earlier purchases of the same kind in the financial year, is at most ${limit}.`,
    directAwardClosesAbove: (limit) =>
      `A direct award is no longer possible if the value, with earlier purchases of the same kind, exceeds ${limit}.`,
    directAwardUpTo: (limit) => `A direct award is possible up to ${limit}.`,
    directAwardLimitMissing: (eur) =>
      `The direct-award limit is the SEK equivalent of ${eur}; the SEK figure is not verified.`,
    thresholdReached: (threshold) =>
      `The value reaches the threshold of ${threshold}: below it the national rules of chapter 19 would apply instead.`,
    thresholdNotReached: (threshold) =>
      `If the value reaches the threshold of ${threshold}, the EU directive's procedures apply.`,
    specialServicesThreshold: (threshold) =>
      `Social and other specific services must be advertised in the EU database once the value reaches ${threshold}.`,
    nextRuleSet: (date, label) =>
      `Procurements started on or after ${date} follow other rules: ${label}.`,
    missionDuration: (max) =>
      `A reservation under 19 kap. 25 § LOU becomes possible with a term of at most ${max} months.`,
    openQuestions: (n) =>
      n === 1
        ? 'One question is still open; its answer may change the assessment.'
        : `${n} questions are still open; their answers may change the assessment.`,
  },
};
