/**
 * The shape of a rule case: a sentence that states the situation and the answer, where the answer
 * comes from, the case, and the verdicts (and regime figures) the rules must give.
 */
import type { FormId, Verdict } from '../assessment';
import type { Case } from '../case';

/** `yes` = allowed or allowed-if; `no` = not-allowed; or one exact verdict. */
export type Expected = Verdict | 'yes' | 'no';

/** One rule case. */
export interface RuleCase {
  name: string;
  source: string;
  case: Case;
  expect: Partial<Record<FormId, Expected>>;
  expectRegime?: {
    act?: string;
    ruleSet?: string;
    thresholdSek?: number | null;
    directAwardLimitSek?: number | null;
    bilaga2?: boolean | null;
    aboveThreshold?: boolean | null;
  };
  /** Fields that must be asked, in this order, at the top of the questions. */
  expectQuestionsFirst?: string[];
  /** Fields that must be among the questions. */
  expectQuestions?: string[];
}

/** True when `verdict` meets `expected`. */
export function meets(verdict: Verdict, expected: Expected): boolean {
  if (expected === 'yes') return verdict === 'allowed' || verdict === 'allowed-if';
  if (expected === 'no') return verdict === 'not-allowed';
  return verdict === expected;
}
