// Texts of the matching pages: the organisations for a challenge and the challenges for an organisation.
import type { Lang } from '../../engine/index';
import { matchingEn } from './matching-en';
import { matchingSv } from './matching-sv';

/** The matching pages' texts in one language. */
export interface MatchingMessages {
  errorPrefix: string;
  summaryTitle: string;
  score: (score: number) => string;
  reasonsLabel: string;
  pagination: {
    label: string;
    previous: string;
    next: string;
    pageOf: (page: number, pages: number) => string;
  };
  forChallenge: {
    title: (challenge: string) => string;
    heading: string;
    lead: (challenge: string) => string;
    backToChallenge: string;
    ranking: (pool: number, candidates: number) => string;
    noCaseFacts: string;
    withCaseFacts: string;
    filters: string;
    kommun: string;
    lan: string;
    legalForm: string;
    registered: string;
    goal: string;
    minScore: string;
    minScoreHint: string;
    any: string;
    yes: string;
    no: string;
    apply: string;
    clear: string;
    count: (total: number) => string;
    none: string;
    contact: (name: string) => string;
    /** for an organisation that keeps its entry: the poster writes to it here */
    writeInSamverka: (name: string) => string;
  };
  forActor: {
    title: (actor: string) => string;
    heading: string;
    lead: (actor: string) => string;
    backToActor: string;
    ranking: (pool: number) => string;
    filters: string;
    status: string;
    openStatuses: string;
    kind: string;
    kinds: { challenge: string; initiative: string };
    minScore: string;
    apply: string;
    count: (total: number) => string;
    none: string;
  };
}

/** The matching texts in `lang`. */
export function matchingMessages(lang: Lang): MatchingMessages {
  return lang === 'sv' ? matchingSv : matchingEn;
}
