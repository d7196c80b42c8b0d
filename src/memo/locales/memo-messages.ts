// The shape of every text a decision memo shows. Each language file is typed with it, so a text
// missing in one language is a compile error.
import type { Lang } from '../../engine';
import type { Verdict } from '../../rules';

/** Every text of the decision memo, in one language. */
export interface MemoMessages {
  /** BCP 47 tag of the documents (PDF /Lang, DOCX w:lang). */
  languageTag: string;
  /** The file name without date or extension: `beslutsunderlag`. */
  fileStem: string;
  /** The document title; `subject` is the case's own title or description, when given. */
  title: (subject: string | null) => string;
  /** Short name of the document, for page footers and metadata. */
  documentName: string;
  producedOn: (date: string) => string;
  caseStarts: (date: string) => string;
  /** The start date is unknown: the rules of `date` (the day of production) are applied. */
  startUnknown: (date: string) => string;
  purpose: string;
  /** The link to the result page. */
  reopenLink: string;
  reopenNote: string;
  facts: {
    heading: string;
    intro: string;
    question: string;
    answer: string;
    none: string;
  };
  rules: {
    heading: string;
    intro: string;
    what: string;
    value: string;
    startDate: string;
    /** The start date is unknown; the rules of `date` are applied. */
    unknownStart: (date: string) => string;
    ruleSet: string;
    validity: string;
    act: string;
    bilaga2: string;
    threshold: string;
    directAwardLimit: string;
    aboveThreshold: string;
    procedures: string;
    legalBasis: string;
    noProcedures: string;
    yes: string;
    no: string;
    unknown: string;
    untilFurtherNotice: string;
    sek: (amount: number) => string;
    /** An amount whose figure in kronor is missing; `eur` when the euro figure is known. */
    missingSek: (eur: number | null) => string;
    notPublished: string;
    validFromTo: (from: string, to: string | null) => string;
  };
  verdicts: {
    heading: string;
    intro: string;
    summaryCaption: string;
    form: string;
    verdict: string;
    /** The verdict in words, as the result page groups them. */
    names: Record<Verdict, string>;
    verdictLine: (name: string) => string;
    reasons: string;
    conditions: string;
    risks: string;
  };
  unknown: {
    heading: string;
    intro: string;
    affects: (forms: string) => string;
    none: string;
    unverifiedHeading: string;
    unverifiedIntro: string;
    noUnverified: string;
  };
  changes: {
    heading: string;
    intro: string;
    none: string;
  };
  decision: {
    heading: string;
    intro: string;
    caption: string;
    field: string;
    entry: string;
    fields: readonly string[];
  };
  sources: {
    heading: string;
    intro: string;
  };
  disclaimer: string;
  /** Page footer with `{page}` and `{pages}` to fill in: `Sida {page} av {pages}`. */
  pageTemplate: string;
}

/** Messages for every language. */
export type MemoCatalogue = Record<Lang, MemoMessages>;
