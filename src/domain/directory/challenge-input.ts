/**
 * Checks of a challenge or an initiative as it comes from a form or the API.
 */
import {
  codeList,
  cpvList,
  optionalDate,
  requiredText,
  text,
  type Checked,
  type DirectoryFieldProblem,
  type DirectoryProblem,
} from './actor-input';
import { isAreaCode } from './areas';
import { isChallengeStatus, isGoalId, type ChallengeStatus } from './directory-codes';

/** Longest texts of a challenge, as the database checks them. */
export const CHALLENGE_LIMITS = { title: 200, description: 10000 } as const;

/** A checked challenge. `caseFacts` is checked against the case contract by the caller. */
export interface ChallengeInput {
  title: string;
  description: string;
  goals: string[];
  areaCodes: string[];
  cpv: string[];
  /** YYYY-MM-DD */
  startsOn: string | null;
  endsOn: string | null;
  /** estimated, whole term, excl. VAT, in SEK */
  budgetSek: number | null;
  status: ChallengeStatus;
}

/** A challenge as typed. */
export type ChallengeRawInput = Partial<Record<keyof ChallengeInput, unknown>>;

/** Checks a challenge; `status` defaults to `ide`. Field names are the keys of {@link ChallengeInput}. */
export function validateChallengeInput(raw: ChallengeRawInput): Checked<ChallengeInput> {
  const problems: DirectoryFieldProblem[] = [];
  const add = (field: string, problem: DirectoryProblem) => problems.push({ field, problem });
  const title = requiredText('title', raw.title, CHALLENGE_LIMITS.title, add);
  const description = requiredText(
    'description',
    raw.description,
    CHALLENGE_LIMITS.description,
    add,
  );
  const goals = codeList('goals', raw.goals, add, (code) =>
    isGoalId(code) ? undefined : { code: 'goal-unknown', value: code },
  );
  const areaCodes = codeList('areaCodes', raw.areaCodes, add, (code) =>
    isAreaCode(code) ? undefined : { code: 'area-unknown', value: code },
  );
  const cpv = cpvList('cpv', raw.cpv, add);
  const startsOn = optionalDate('startsOn', raw.startsOn, add);
  const endsOn = optionalDate('endsOn', raw.endsOn, add);
  if (startsOn !== null && endsOn !== null && endsOn < startsOn) {
    add('endsOn', { code: 'date-order' });
  }
  const budgetSek = amount('budgetSek', raw.budgetSek, add);
  const statusText = text(raw.status);
  let status: ChallengeStatus = 'ide';
  if (statusText !== '') {
    if (isChallengeStatus(statusText)) status = statusText;
    else add('status', { code: 'status-unknown', value: statusText });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: { title, description, goals, areaCodes, cpv, startsOn, endsOn, budgetSek, status },
  };
}

/** A whole number of kronor, written with or without spaces (`1 200 000`, `1200000 kr`). */
function amount(field: string, value: unknown, add: (f: string, p: DirectoryProblem) => void) {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value) && value >= 0) return value;
    add(field, { code: 'amount-format', value: String(value) });
    return null;
  }
  const typed = text(value);
  if (typed === '') return null;
  const digits = typed.replace(/[\s\u00a0]/g, '').replace(/(kr|sek|:-)$/i, '');
  if (!/^\d{1,15}$/.test(digits)) {
    add(field, { code: 'amount-format', value: typed });
    return null;
  }
  return Number(digits);
}
