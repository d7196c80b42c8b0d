// Texts of the saved cases' pages, and of the form that saves a case from the guide's result.
import type { Lang } from '../../engine/index';
import { casesEn } from './cases-en';
import { casesSv } from './cases-sv';

/** The saved cases' texts in one language. */
export interface CasesMessages {
  errorPrefix: string;
  summaryTitle: string;
  /** Who did something, when the account is gone or it was an API token without a name. */
  unknownPerson: string;
  /** "2026-11-26 11:00 av Anna" */
  by: (when: string, who: string) => string;
  list: {
    title: string;
    heading: string;
    lead: (organisation: string) => string;
    filterLabel: string;
    open: string;
    archived: string;
    newCase: string;
    newCaseLink: string;
    caption: (filter: string, total: number) => string;
    columns: { title: string; rules: string; decision: string; updated: string };
    rulesOn: (asOf: string, ruleSetId: string) => string;
    noDecision: string;
    archivedTag: string;
    emptyOpen: string;
    emptyArchived: string;
    pagination: {
      label: string;
      previous: string;
      next: string;
      pageOf: (page: number, pages: number) => string;
    };
  };
  save: {
    /** the section on the guide's result page */
    heading: string;
    intro: (organisation: string) => string;
    titleLabel: string;
    titleHint: string;
    button: string;
    signInToSave: string;
    signInLink: string;
    readerCannotSave: string;
    /** the page that shows the form again when the title was wrong */
    pageTitle: string;
    pageLead: (asOf: string, ruleSet: string) => string;
    backToResult: string;
  };
  case: {
    title: (title: string) => string;
    archivedNotice: string;
    savedBy: string;
    updated: string;
    version: string;
    status: string;
    statuses: { open: string; archived: string };
    contents: string;
    done: {
      saved: string;
      renamed: string;
      noted: string;
      decided: string;
      archived: string;
      restored: string;
      reassessed: string;
      unchanged: string;
    };
    /** Said with a refused change: the input is still in the form. */
    inputKept: string;
    /** Said when the form is not on the page (an archived case): the input is shown as text. */
    inputShown: string;
    unsavedHeading: string;
    unsavedFields: { title: string; note: string; form: string; motivation: string };
    archivedRefused: string;
    assessment: {
      heading: string;
      lead: (when: string, asOf: string) => string;
      reassessmentNote: (startDate: string) => string;
      untranslated: string;
      rulesCaption: string;
      ruleSet: string;
      validity: (from: string, to: string | null) => string;
      act: string;
      threshold: string;
      directAwardLimit: string;
      bilaga2: string;
      aboveThreshold: string;
      fingerprint: string;
      verdictsHeading: string;
      conditions: string;
      reasons: string;
      risks: string;
      sources: string;
      openQuestions: (n: number) => string;
      openInGuide: string;
      yes: string;
      no: string;
      unknown: string;
    };
    today: {
      heading: string;
      lead: (date: string) => string;
      rulesHeading: string;
      formsHeading: string;
      questionsHeading: string;
      storeIntro: string;
      storeButton: string;
    };
    decision: {
      heading: string;
      none: string;
      current: string;
      form: string;
      motivation: string;
      decidedBy: string;
      onAssessment: (when: string, asOf: string) => string;
      onEarlierAssessment: (when: string, asOf: string) => string;
      earlier: string;
      formLabel: string;
      chooseForm: string;
      formOption: (label: string, verdict: string) => string;
      motivationLabel: string;
      motivationHint: string;
      button: string;
      newDecisionIntro: string;
    };
    notes: {
      heading: string;
      none: string;
      label: string;
      hint: string;
      button: string;
    };
    facts: {
      heading: string;
      intro: string;
      question: string;
      answer: string;
      none: string;
    };
    history: {
      heading: string;
      caption: string;
      made: string;
      asOf: string;
      ruleSet: string;
      fingerprint: string;
    };
    memo: {
      heading: string;
      intro: string;
      pdf: string;
      docx: string;
      markdown: string;
    };
    manage: {
      heading: string;
      titleLabel: string;
      renameButton: string;
      archiveIntro: string;
      archiveButton: string;
      restoreIntro: string;
      restoreButton: string;
    };
    back: string;
  };
}

const CATALOGUE: Readonly<Record<Lang, CasesMessages>> = { sv: casesSv, en: casesEn };

/** The saved cases' texts in `lang`. */
export function casesMessages(lang: Lang): CasesMessages {
  return CATALOGUE[lang];
}
