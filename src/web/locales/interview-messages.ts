// The shape of the texts of the guided interview's pages (vägledning). The questions themselves
// are the interview's own data (src/domain/interview); these are the words around them.
import type { Verdict } from '../../rules/assessment';

/** A verdict group of the result page. */
export interface VerdictGroupText {
  heading: string;
  /** What the group means, in one sentence. */
  intro: string;
  /** Said when no form falls in the group. */
  none: string;
}

/** Every text of the interview's pages, in one language. */
export interface InterviewPageMessages {
  /** The service's name, shown in titles after the page's own title ("Kontrollera era svar – Vägledning – samverka"). */
  serviceName: string;
  /** Prefix of the title of a page that shows errors ("Fel: "). */
  titleErrorPrefix: string;
  backLink: string;
  continueButton: string;
  dontKnow: string;
  dontKnowHint: string;
  or: string;
  yes: string;
  no: string;
  /** Introduces the civil-society wording of a question. */
  inOtherWords: string;
  knowledgeLink: string;
  /** The same link when it leads to an entry of the glossary. */
  glossaryLink: string;
  errorSummaryTitle: string;
  /** Read before each field error by screen readers ("Fel:"). */
  errorPrefix: string;
  topics: {
    start: string;
    buyer: string;
    subject: string;
    value: string;
    relationship: string;
    counterpart: string;
  };
  start: {
    heading: string;
    lead: string;
    intro: string;
    whoHeading: string;
    who: readonly string[];
    needHeading: string;
    need: readonly string[];
    dontKnowNote: string;
    duration: string;
    startButton: string;
    privacyHeading: string;
    privacy: string;
  };
  inputs: {
    amountLabel: string;
    amountSuffix: string;
    monthsLabel: string;
    monthsSuffix: string;
    shareLabel: string;
    shareSuffix: string;
    textLabel: string;
    day: string;
    month: string;
    year: string;
  };
  cpv: {
    searchLabel: string;
    searchHint: string;
    searchButton: string;
    chooseLegend: string;
    chosenHeading: string;
    matchesHeading: (q: string) => string;
    noMatches: (q: string) => string;
    searchFirst: string;
  };
  check: {
    heading: string;
    answersHeading: string;
    noAnswers: string;
    startLink: string;
    change: string;
    openHeading: string;
    openIntro: string;
    noneOpen: string;
    answerLink: string;
    resultButton: string;
    missingStartDate: string;
  };
  result: {
    title: (date: string) => string;
    heading: string;
    lead: (date: string, ruleSet: string) => string;
    summaryHeading: string;
    summaryCount: (n: number, group: string) => string;
    goalHeading: string;
    goalIntro: (goal: string) => string;
    goalNone: string;
    matchesGoal: string;
    groups: Record<Verdict, VerdictGroupText>;
    verdicts: Record<Verdict, string>;
    reasons: string;
    conditions: string;
    risks: string;
    sources: string;
    regimeHeading: string;
    act: string;
    ruleSet: string;
    validity: (from: string, to: string | null) => string;
    bilaga2: string;
    threshold: string;
    directAwardLimit: string;
    aboveThreshold: string;
    procedures: string;
    unknown: string;
    missingSek: string;
    changesHeading: string;
    noChanges: string;
    openHeading: string;
    openIntro: string;
    noneOpen: string;
    affects: string;
    unverifiedHeading: string;
    unverifiedIntro: string;
    memoHeading: string;
    memoIntro: string;
    memoPdf: string;
    memoDocx: string;
    memoMarkdown: string;
    changeAnswers: string;
    bookmark: string;
  };
  invalid: {
    heading: string;
    intro: string;
    continueLink: string;
    restartLink: string;
  };
}
