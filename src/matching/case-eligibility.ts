// The engine's eligibility for a challenge's case facts, when they are a valid case.
import { validateCase } from '../domain/case-input/index';
import {
  reservedEligibilityFor,
  type CounterpartFacts,
  type ReservedEligibility,
} from '../domain/matching/index';
import type { Lang } from '../engine/index';

/**
 * The memoised eligibility of actors for the reserved procurements of `caseFacts`, or undefined
 * when the challenge has none, they are not a valid case, or no reserved procurement is open.
 */
export function eligibilityOfCase(
  caseFacts: unknown,
  lang: Lang,
): ((actor: CounterpartFacts) => ReservedEligibility[]) | undefined {
  if (caseFacts === null || caseFacts === undefined) return undefined;
  const checked = validateCase(caseFacts, lang);
  return checked.ok ? reservedEligibilityFor(checked.value, lang) : undefined;
}
