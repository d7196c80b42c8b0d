/**
 * What answering a question could do. For each unknown fact a verdict waits for, the rules try
 * every answer that can make a difference — each value of a yes/no or a list, one CPV code per
 * combination of the service lists, and the amounts on each side of every limit in play — and
 * keep the forms whose verdict would change. That is what orders the questions: the one whose
 * answer can change the most verdicts comes first.
 */
import {
  BUYER_KINDS,
  CROSS_BORDER_INTEREST,
  INITIATORS,
  LEGAL_FORMS,
  SUBJECT_TYPES,
  type Case,
} from './case';
import type { Context } from './context/context';
import { WORK_INTEGRATION_MIN_SHARE } from './forms/reserved';
import lists from './special-services/special-services.json';

/** A CPV code on none of the special-service lists (cleaning services). */
const ORDINARY_CPV = '90910000-9';

/** One CPV code for each combination of list memberships that occurs. */
const REPRESENTATIVE_CPV: readonly string[] = (() => {
  const sets = [lists.annexXiv, lists.art77, lists.lovScope, lists.bilaga2aPartial].map(
    (l) => new Set(l),
  );
  const bySignature = new Map<string, string>([['0000', ORDINARY_CPV]]);
  for (const code of [...new Set(sets.flatMap((s) => [...s]))].sort()) {
    const signature = sets.map((s) => (s.has(code) ? '1' : '0')).join('');
    if (!bySignature.has(signature)) bySignature.set(signature, code);
  }
  return [...bySignature.values()];
})();

const ENUMS: Record<string, readonly unknown[]> = {
  'buyer.kind': BUYER_KINDS,
  'subject.type': SUBJECT_TYPES,
  'relationship.initiatedBy': INITIATORS,
  'counterpart.legalForm': LEGAL_FORMS,
  crossBorderInterest: CROSS_BORDER_INTEREST,
};

/** The answers worth trying for `field` in this context. */
export function answerCandidates(field: string, ctx: Context): readonly unknown[] {
  const listed = ENUMS[field];
  if (listed !== undefined) return listed;
  switch (field) {
    case 'subject.cpv':
      return REPRESENTATIVE_CPV.map((code) => [code]);
    case 'estimatedValueSek': {
      // Only the direct-award limit turns on the value; the threshold changes no verdict.
      const limits = ctx.directAwardLimit.candidates
        .map((r) => r?.sek)
        .filter((s): s is number => typeof s === 'number');
      const earlier = ctx.case.sameKindPurchasesThisFinancialYearSek ?? 0;
      const values = [0, 1e12, ...limits.flatMap((s) => [s - earlier, s - earlier + 1])];
      return [...new Set(values.filter((v) => v >= 0))];
    }
    case 'sameKindPurchasesThisFinancialYearSek':
      return [0, 1e12];
    case 'counterpart.shareDisadvantagedStaff':
      return [0, WORK_INTEGRATION_MIN_SHARE];
    default:
      return [true, false];
  }
}

/** The facts that change the derived context (act, amounts, special services). */
export const CONTEXT_FIELDS: ReadonlySet<string> = new Set([
  'buyer.kind',
  'subject.type',
  'subject.cpv',
  'estimatedValueSek',
  'sameKindPurchasesThisFinancialYearSek',
]);

/** A copy of `c` with the fact at the dot path `field` set to `value`; `c` is not changed. */
export function withAnswer(c: Case, field: string, value: unknown): Case {
  const parts = field.split('.');
  const set = (node: unknown, i: number): unknown => {
    const base = node !== null && typeof node === 'object' ? (node as Record<string, unknown>) : {};
    const key = parts[i] as string;
    return { ...base, [key]: i === parts.length - 1 ? value : set(base[key], i + 1) };
  };
  return set(c, 0) as Case;
}
