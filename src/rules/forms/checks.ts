/**
 * Small builders for the checks and notes the forms produce. A check turns a three-valued fact
 * into pass / fail / unknown; a condition is a requirement the facts cannot show.
 */
import type { Check, Citation, Tri } from '../../engine';
import type { Counterpart } from '../case';
import type { MessageCode } from '../messages/messages';

/** Parameters of a message. */
export type Params = Record<string, string | number>;

/** A risk or other note attached to a form, with its legal basis. */
export interface Note {
  code: MessageCode;
  params: Params;
  citations: Citation[];
}

/** What evaluating one form yields. */
export interface FormResult {
  checks: Check<MessageCode>[];
  risks: Note[];
}

/** A check of a fact that must be true: true passes, false fails, unknown asks. */
export function requireTrue(
  rule: string,
  t: Tri,
  codes: { pass: MessageCode; fail: MessageCode; unknown?: MessageCode },
  citations: Citation[],
  inputs: Record<string, unknown>,
  params: Params = {},
): Check<MessageCode> {
  if (t.known) {
    return {
      rule,
      status: t.value ? 'pass' : 'fail',
      code: t.value ? codes.pass : codes.fail,
      params,
      citations,
      inputs,
      needs: [],
    };
  }
  return {
    rule,
    status: 'unknown',
    code: codes.unknown ?? codes.pass,
    params,
    citations,
    inputs,
    needs: t.needs,
  };
}

/** A builder of checks whose outcome does not depend on a fact. */
function settled(status: 'pass' | 'fail' | 'condition') {
  return (
    rule: string,
    code: MessageCode,
    citations: Citation[],
    params: Params = {},
    inputs: Record<string, unknown> = {},
  ): Check<MessageCode> => ({ rule, status, code, params, citations, inputs, needs: [] });
}

/** A requirement the facts cannot show: lawful only if it holds. */
export const condition = settled('condition');

/** A check that passes: a fact the verdict rests on. */
export const basis = settled('pass');

/** A check that fails outright. */
export const bar = settled('fail');

/** A check whose answer samverka cannot give (data missing, rule not covered): nothing to ask. */
export function notCovered(
  rule: string,
  code: MessageCode,
  citations: Citation[],
  params: Params = {},
): Check<MessageCode> {
  return { rule, status: 'unknown', code, params, citations, inputs: {}, needs: [] };
}

/** A note. */
export function note(code: MessageCode, citations: Citation[] = [], params: Params = {}): Note {
  return { code, params, citations };
}

/**
 * A requirement on the participating organisation. Without a counterpart it is a condition any
 * participant must meet; with one, it is checked against that organisation's facts.
 */
export function participant(
  counterpart: Counterpart | null | undefined,
  rule: string,
  t: Tri,
  codes: { condition: MessageCode; pass: MessageCode; fail: MessageCode },
  citations: Citation[],
  inputs: Record<string, unknown>,
  params: Params = {},
): Check<MessageCode> {
  if (counterpart === null || counterpart === undefined) {
    return condition(rule, codes.condition, citations, params);
  }
  return requireTrue(
    rule,
    t,
    { pass: codes.pass, fail: codes.fail, unknown: codes.condition },
    citations,
    inputs,
    params,
  );
}
