/**
 * Early dialogue and social considerations: open in every procurement, under the general
 * principles and the provisions on social and labour-law considerations.
 */
import { valueOn } from '../../engine';
import type { Context } from '../context/context';
import { MANDATORY_CONSIDERATIONS_PROPOSAL } from '../sources/pending-changes';
import { basis, condition, note, type FormResult } from './checks';

/** Tidig dialog / marknadsanalys: talk before the requirements are fixed. */
export function evaluateEarlyDialogue(ctx: Context): FormResult {
  const p = ctx.rs.principles;
  return {
    checks: [
      basis('early-dialogue.principles', 'early-dialogue.allowed', p),
      condition('early-dialogue.equal-treatment', 'early-dialogue.equal-treatment', p),
    ],
    risks: [note('early-dialogue.document', p)],
  };
}

/** Sociala hänsyn och särskilda arbetsvillkor. */
export function evaluateSocialConsiderations(ctx: Context): FormResult {
  const s = ctx.rs.socialConsiderations;
  return {
    checks: [
      basis('social-considerations.allowed', 'social-considerations.allowed', s),
      condition('social-considerations.proportionate', 'social-considerations.proportionate', [
        ...s,
        ...ctx.rs.principles,
      ]),
    ],
    risks:
      valueOn(MANDATORY_CONSIDERATIONS_PROPOSAL, ctx.date)?.value === true
        ? [note('social-considerations.mandatory-unverified', s)]
        : [],
  };
}
