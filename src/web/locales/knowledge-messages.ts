// The shape of the texts of the knowledge base's pages (kunskap). The pages' own text is content
// (content/kunskap); these are the words around it, and the labels of the rules over time.
import type { CompareAspect } from '../../content/index';

/** A link with what it leads to. */
export interface KnowledgeLinkText {
  label: string;
  description: string;
}

/** Every text of the knowledge base's pages, in one language. */
export interface KnowledgePageMessages {
  /** Shown in titles after the page's own title ("IOP – Kunskapsbanken – samverka"). */
  serviceName: string;
  /** Prefix of the title of a page that shows errors ("Fel: "). */
  titleErrorPrefix: string;
  errorSummaryTitle: string;
  /** Read before each field error by screen readers ("Fel:"). */
  errorPrefix: string;
  /** Before the citations of a statement ("Lagrum:"). */
  citationsLabel: string;
  /** The word for an empty table cell or a missing value. */
  notAvailable: string;
  overview: {
    title: string;
    metaDescription: string;
    heading: string;
    lead: string;
    intro: string;
    compareHeading: string;
    compareCaption: string;
    /** Said beside a table wider than the screen. */
    compareScrollHint: string;
    formColumn: string;
    legalBasisColumn: string;
    aspects: Record<CompareAspect, string>;
    /** Said in a row whose form has no page yet. */
    noPage: string;
    guidesHeading: string;
    guidesIntro: string;
    moreHeading: string;
    rulesLink: KnowledgeLinkText;
    glossaryLink: KnowledgeLinkText;
    searchLink: KnowledgeLinkText;
    interviewLink: KnowledgeLinkText;
  };
  page: {
    breadcrumbLabel: string;
    overviewLink: string;
    legalBasisHeading: string;
    checksHeading: string;
    checksIntro: string;
    /** Which rules the checks are for: rule set label, its validity and the date. */
    checksFor: (date: string, ruleSet: string, validity: string) => string;
    validity: (from: string, to: string | null) => string;
    dateLabel: string;
    dateHint: string;
    dateButton: string;
    /** The date field's error for a value that is not a date. */
    dateInvalid: (value: string) => string;
    /** The date field's error for a date the rules do not cover. */
    dateBeforeCoverage: (date: string, start: string) => string;
    verdictHeading: string;
    verdicts: Record<'allowed' | 'allowed-if' | 'not-allowed' | 'undetermined', string>;
    verdictNote: string;
    conditionsHeading: string;
    reasonsHeading: string;
    risksHeading: string;
    questionsHeading: string;
    noneFound: string;
    relatedTermsHeading: string;
    noRelatedTerms: string;
    sourcesHeading: string;
    notVerified: string;
    lastCheckedHeading: string;
    lastChecked: (date: string) => string;
    interviewHeading: string;
    interviewIntro: string;
    interviewLink: string;
  };
  rules: {
    title: string;
    metaDescription: string;
    heading: string;
    lead: string;
    intro: string;
    feedLink: string;
    feedTitle: string;
    timelineHeading: string;
    ruleSetStart: (label: string) => string;
    valuesStart: (count: number) => string;
    tablesHeading: string;
    tablesIntro: string;
    unverifiedHeading: string;
    unverifiedIntro: (count: number) => string;
    allVerified: string;
    /** Table headings by the first two parts of a value id (`lou.threshold`). */
    tables: Record<string, string>;
    /** What a value applies to, by the category and authority parts of its id. */
    appliesTo: Record<string, string>;
    columns: {
      appliesTo: string;
      period: string;
      sek: string;
      eur: string;
      status: string;
      note: string;
      sources: string;
    };
    period: (from: string, to: string | null) => string;
    /** How sure a value is, by the catalogue's `verified` word. */
    status: Record<string, string>;
    /** For a `verified` word the page does not know. */
    statusUnknown: (word: string) => string;
    /** For a row whose value is a yes/no flag rather than an amount. */
    flagValue: string;
    sourceLinkLabel: (host: string) => string;
    noteInEnglish: string;
  };
}
