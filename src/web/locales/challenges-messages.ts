// Texts of the board of challenges and initiatives: the board, posting and editing, a post's page
// with the forms the engine finds open, interest and its conversations, and the mail that tells
// the other side.
import type { Lang } from '../../engine/index';
import { challengesEn } from './challenges-en';
import { challengesSv } from './challenges-sv';

/** The fields of the challenge form, as named in errors and labels. */
export type ChallengeFormField =
  | 'title'
  | 'description'
  | 'goals'
  | 'areaCodes'
  | 'cpv'
  | 'startsOn'
  | 'endsOn'
  | 'budgetSek'
  | 'status'
  | 'caseId';

/** The board's texts in one language. */
export interface ChallengesMessages {
  errorPrefix: string;
  summaryTitle: string;
  kinds: { challenge: string; initiative: string };
  /** "Malmö stad, 2026-03-02 10:00" */
  byOn: (who: string, when: string) => string;
  board: {
    title: string;
    heading: string;
    lead: string;
    newPost: string;
    /** the link to the organisation's conversations */
    inbox: string;
    signInToPost: string;
    signInLink: string;
    filters: string;
    q: string;
    qHint: string;
    kind: string;
    status: string;
    goal: string;
    area: string;
    any: string;
    apply: string;
    clear: string;
    results: (total: number) => string;
    empty: string;
    poster: string;
    goals: string;
    areaLabel: string;
    timeline: string;
    budget: string;
    noGoals: string;
    noArea: string;
    noTimeline: string;
    noBudget: string;
    from: (date: string) => string;
    until: (date: string) => string;
    between: (start: string, end: string) => string;
    pagination: {
      label: string;
      previous: string;
      next: string;
      pageOf: (page: number, pages: number) => string;
    };
  };
  form: {
    newTitle: string;
    newLead: (organisation: string, kind: string) => string;
    editTitle: (title: string) => string;
    editLead: string;
    labels: Record<ChallengeFormField, string>;
    hints: {
      description: string;
      goals: string;
      areaCodes: string;
      cpv: string;
      startsOn: string;
      endsOn: string;
      budgetSek: string;
      caseId: string;
    };
    noCase: string;
    keepCase: string;
    removeCase: string;
    caseUnknown: string;
    noSavedCases: string;
    create: string;
    save: string;
    cancel: string;
    conflict: string;
  };
  page: {
    kindLabel: string;
    statusLabel: string;
    posted: string;
    updated: string;
    description: string;
    cpv: string;
    edit: string;
    matches: string;
    matchesLead: string;
    created: string;
    saved: string;
    unchanged: string;
    backToBoard: string;
  };
  openForms: {
    heading: string;
    lead: (startDate: string) => string;
    none: string;
    ruleSet: (label: string) => string;
    guide: string;
    outsideCoverage: (coverageStart: string) => string;
  };
  interest: {
    heading: string;
    listHeading: string;
    none: string;
    columns: { organisation: string; since: string; messages: string; latest: string };
    formLead: (title: string) => string;
    message: string;
    messageHint: string;
    register: string;
    registered: string;
    existing: string;
    openConversation: string;
    signedOut: string;
    signInLink: string;
    cannotWrite: string;
    ownPost: string;
    closed: string;
  };
  conversation: {
    title: (challenge: string) => string;
    lead: (poster: string, interested: string) => string;
    about: string;
    messages: string;
    from: (organisation: string, person: string | null) => string;
    reply: string;
    replyHint: string;
    send: string;
    sent: string;
    readOnly: string;
    backToChallenge: string;
  };
  inbox: {
    title: string;
    heading: string;
    lead: (organisation: string) => string;
    empty: string;
    columns: {
      challenge: string;
      counterpart: string;
      side: string;
      messages: string;
      latest: string;
    };
    /** we registered interest in their post */
    ours: string;
    /** they registered interest in our post */
    theirs: string;
    /** we posted, and wrote to them first */
    weWrote: string;
    /** they posted, and wrote to us first */
    theyWrote: string;
  };
  contact: {
    title: (organisation: string) => string;
    heading: (organisation: string) => string;
    lead: (organisation: string, challenge: string) => string;
    to: string;
    about: string;
    message: string;
    messageHint: string;
    send: string;
    existing: string;
    openConversation: string;
    notClaimed: (organisation: string) => string;
    contactDetails: (organisation: string) => string;
    ownOrganisation: string;
    closed: string;
    backToMatches: string;
  };
  problems: {
    messageRequired: string;
    messageTooLong: (max: number) => string;
  };
  mail: {
    interestSubject: (challenge: string) => string;
    messageSubject: (challenge: string) => string;
    contactSubject: (challenge: string) => string;
    interestBody: (m: { organisation: string; challenge: string; link: string }) => string;
    messageBody: (m: { organisation: string; challenge: string; link: string }) => string;
    contactBody: (m: { organisation: string; challenge: string; link: string }) => string;
  };
}

/** The board's texts in `lang`. */
export function challengesMessages(lang: Lang): ChallengesMessages {
  return lang === 'en' ? challengesEn : challengesSv;
}
