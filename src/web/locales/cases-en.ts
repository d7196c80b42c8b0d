import type { CasesMessages } from './cases-messages';

/** The saved cases' texts in English. */
export const casesEn: CasesMessages = {
  errorPrefix: 'Error:',
  summaryTitle: 'There is a problem',
  unknownPerson: 'an API token or a removed account',
  by: (when, who) => `${when} by ${who}`,
  list: {
    title: 'Saved cases',
    heading: 'Saved cases',
    lead: (org) =>
      `Cases saved in ${org}. Everyone in the organisation sees them, and no one outside it.`,
    filterLabel: 'Show cases',
    open: 'Open',
    archived: 'Archived',
    newCase: 'New case:',
    newCaseLink: 'go through the guide and save the result',
    caption: (filter, total) => `${filter} cases (${total})`,
    columns: {
      title: 'Case',
      rules: 'Assessed under the rules of',
      decision: 'Decision',
      updated: 'Last changed',
    },
    rulesOn: (asOf, id) => `${asOf} (${id})`,
    noDecision: 'No decision yet',
    archivedTag: 'Archived',
    emptyOpen: 'There are no open cases. Go through the guide and save the result.',
    emptyArchived: 'There are no archived cases.',
    pagination: {
      label: 'Pages',
      previous: 'Previous page',
      next: 'Next page',
      pageOf: (page, pages) => `Page ${page} of ${pages}`,
    },
  },
  save: {
    heading: 'Save the case',
    intro: (org) =>
      `Save the facts and the assessment as a case in ${org}, together with the rules and amounts it was made under. You can then write notes, record the decision and later see what today's rules say.`,
    titleLabel: 'Name of the case',
    titleHint: 'A name your colleagues will recognise, at most 200 characters.',
    button: 'Save the case',
    signInToSave: 'Do you want to save the case and keep working on it in your organisation?',
    signInLink: 'Sign in to save',
    readerCannotSave:
      'Your role in the organisation (reader) cannot save cases. Ask an owner for the editor role if you need it.',
    pageTitle: 'Save the case',
    pageLead: (asOf, ruleSet) =>
      `The assessment is for a case starting on ${asOf}, under ${ruleSet}.`,
    backToResult: 'Back to the result',
  },
  case: {
    title: (title) => `Case: ${title}`,
    archivedNotice:
      'The case is archived. You can read it and download the decision memo, but not change it until it is restored.',
    savedBy: 'Saved',
    updated: 'Last changed',
    version: 'Version',
    status: 'Status',
    statuses: { open: 'Open', archived: 'Archived' },
    contents: 'Contents',
    done: {
      saved: 'The case has been saved.',
      renamed: 'The case has a new name.',
      noted: 'The note has been saved.',
      decided: 'The decision has been recorded.',
      archived: 'The case has been archived.',
      restored: 'The case has been restored.',
      reassessed: "The re-assessment has been saved as the case's latest assessment.",
      unchanged: 'The case already was like that: nothing has changed.',
    },
    inputKept:
      'What you wrote is still in the form below. Check it against the case as it is now and send it again.',
    inputShown: 'What you wrote is shown under “What you wrote” below, so that you can copy it.',
    unsavedHeading: 'What you wrote (not saved)',
    unsavedFields: {
      title: 'Name',
      note: 'Note',
      form: 'Collaboration form',
      motivation: 'Motivation',
    },
    archivedRefused: 'The case is archived and cannot be changed. Restore it first to change it.',
    assessment: {
      heading: 'The saved assessment',
      lead: (when, asOf) => `The assessment was made ${when}, under the rules in force on ${asOf}.`,
      reassessmentNote: (start) =>
        `It is a re-assessment: the start date in the facts of the case is ${start}.`,
      untranslated:
        'The assessment is shown in Swedish, as it was saved. The rule data of samverka has been updated since, so it cannot be made again in English under the same rules.',
      rulesCaption: 'The rules and amounts the assessment was made under',
      ruleSet: 'Rule set',
      validity: (from, to) => (to === null ? `in force from ${from}` : `in force ${from} to ${to}`),
      act: 'Act',
      threshold: 'Threshold',
      directAwardLimit: 'Direct-award limit',
      bilaga2: 'Service listed in Annex 2 (bilaga 2)',
      aboveThreshold: 'Above the threshold',
      fingerprint: 'Rule data (fingerprint)',
      verdictsHeading: 'The assessment of each collaboration form',
      conditions: 'Conditions',
      reasons: 'Reasons',
      risks: 'Risks',
      sources: 'Legal basis:',
      openQuestions: (n) =>
        n === 0
          ? 'No questions were open.'
          : `${n} ${n === 1 ? 'question was' : 'questions were'} open and could change the assessment.`,
      openInGuide: "Open the facts in the guide (with today's rules)",
      yes: 'Yes',
      no: 'No',
      unknown: 'Unknown',
    },
    today: {
      heading: "Under today's rules",
      lead: (date) =>
        `This is the assessment of the same facts today (${date}) with the current rule data of samverka.`,
      rulesHeading: 'What has changed in the rules',
      formsHeading: 'Collaboration forms assessed differently',
      questionsHeading: 'Questions',
      storeIntro:
        "Save the re-assessment as the case's latest assessment. The saved assessment stays in the history.",
      storeButton: 'Save the re-assessment',
    },
    decision: {
      heading: 'Decision',
      none: 'No decision has been recorded.',
      current: 'Recorded decision',
      form: 'Collaboration form chosen',
      motivation: 'Motivation',
      decidedBy: 'Decided',
      onAssessment: (when, asOf) =>
        `The decision was made on the assessment of ${when} (the rules of ${asOf}).`,
      onEarlierAssessment: (when, asOf) =>
        `The decision was made on an earlier assessment, of ${when} (the rules of ${asOf}).`,
      earlier: 'Earlier decisions',
      formLabel: 'Collaboration form chosen',
      chooseForm: 'Choose a collaboration form',
      formOption: (label, verdict) => `${label} (${verdict.toLowerCase()})`,
      motivationLabel: 'Motivation',
      motivationHint: 'Why the form was chosen, so that a reviewer understands the decision.',
      button: 'Record the decision',
      newDecisionIntro:
        'The decision is recorded on the latest saved assessment, with your name and the time.',
    },
    notes: {
      heading: 'Notes',
      none: 'No notes yet.',
      label: 'New note',
      hint: 'The note is saved with your name and the time and cannot be changed afterwards.',
      button: 'Save the note',
    },
    facts: {
      heading: 'Facts of the case',
      intro: 'The facts saved with the case.',
      question: 'Question',
      answer: 'Answer',
      none: 'No facts besides the start date.',
    },
    history: {
      heading: 'All assessments',
      caption: "The case's assessments, the first first",
      made: 'Made',
      asOf: 'Rules of',
      ruleSet: 'Rule set',
      fingerprint: 'Rule data',
    },
    memo: {
      heading: 'Decision memo',
      intro:
        "The decision memo is made from the saved facts and the latest saved assessment, with the recorded decision. Every download is noted in the organisation's log.",
      pdf: 'Download the decision memo as PDF',
      docx: 'Download the decision memo as a Word document (DOCX)',
      markdown: 'Download the decision memo as text (Markdown)',
    },
    manage: {
      heading: 'Name and archiving',
      titleLabel: 'Name of the case',
      renameButton: 'Rename',
      archiveIntro: 'Archive the case when it is finished. It stays and can be restored.',
      archiveButton: 'Archive the case',
      restoreIntro: 'Restore the case to be able to change it again.',
      restoreButton: 'Restore the case',
    },
    back: 'All cases',
  },
};
