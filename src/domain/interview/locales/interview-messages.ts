import type { Goal } from '../interview-types';

/** The interview's own texts in one language. */
export interface InterviewMessages {
  yes: string;
  no: string;
  dontKnow: string;
  months: (n: number) => string;
  percent: (n: number) => string;
  goals: Record<Goal, string>;
  goalHints: Partial<Record<Goal, string>>;
  startDateUnknown: (today: string) => string;
  errors: {
    chooseOne: string;
    enterDate: string;
    dateParts: string;
    notADate: (text: string) => string;
    enterAmount: string;
    amountFormat: string;
    enterMonths: string;
    monthsFormat: string;
    enterShare: string;
    shareFormat: string;
    chooseCpv: string;
    cpvNotFound: (code: string) => string;
    enterText: string;
    textTooLong: (max: number) => string;
    notAnOption: (value: string) => string;
  };
  changes: {
    directAwardOpensAt: (limit: string) => string;
    directAwardClosesAbove: (limit: string) => string;
    directAwardUpTo: (limit: string) => string;
    directAwardLimitMissing: (eur: string) => string;
    thresholdReached: (threshold: string) => string;
    thresholdNotReached: (threshold: string) => string;
    specialServicesThreshold: (threshold: string) => string;
    nextRuleSet: (date: string, label: string) => string;
    missionDuration: (max: number) => string;
    openQuestions: (n: number) => string;
  };
}
