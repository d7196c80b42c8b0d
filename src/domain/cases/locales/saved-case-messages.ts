import type { Verdict } from '../../../rules';
import type { SavedCaseProblemMessages } from '../saved-case-input';

/** The texts of saved cases that the pages and the API share, in one language. */
export interface SavedCaseMessages {
  problems: SavedCaseProblemMessages;
  verdicts: Record<Verdict, string>;
  /** A change made from an old version: what happened and what to do. */
  conflict: (yourVersion: number, currentVersion: number) => string;
  /** The saved case's part of its decision memo. */
  memo: {
    /** The link back, which leads to the saved case (not to the guide's answers). */
    reopenLink: string;
    reopenNote: string;
    heading: string;
    what: string;
    value: string;
    title: string;
    saved: string;
    assessed: string;
    asOf: string;
    reassessed: (asOf: string, startDate: string) => string;
    rulesVersion: string;
    untranslated: string;
    decisionHeading: string;
    decisionForm: string;
    motivation: string;
    decidedBy: string;
    decidedAt: string;
    earlierAssessment: (assessedAt: string) => string;
    by: (when: string, who: string) => string;
    unknownPerson: string;
  };
  diff: {
    noChange: string;
    /** No change for this case, though the rule data of samverka has been updated. */
    noChangeDataUpdated: string;
    rulesChanged: string;
    assessmentChanged: string;
    asOf: (from: string, to: string) => string;
    rulesData: (from: string, to: string) => string;
    ruleSet: (from: string, to: string) => string;
    act: (from: string, to: string) => string;
    bilaga2: (from: string, to: string) => string;
    aboveThreshold: (from: string, to: string) => string;
    threshold: (from: string, to: string) => string;
    directAwardLimit: (from: string, to: string) => string;
    form: (label: string, from: string, to: string) => string;
    questionAdded: (question: string) => string;
    questionRemoved: (question: string) => string;
    yes: string;
    no: string;
    unknown: string;
    /** an amount without a figure in kronor */
    noSek: (eur: string | null) => string;
  };
}
