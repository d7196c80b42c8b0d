/**
 * The facts every form needs, derived once per case: the rule set, the act (LOU or LUF), whether
 * the service is a special (bilaga 2) or welfare service, and the threshold and direct-award
 * limit in force. Where a fact is unknown, every amount it could lead to is kept as a candidate,
 * so that a comparison is decided whenever all candidates agree.
 */
import type { Dated, IsoDate, Tri } from '../../engine';
import { FALSE, TRUE, and, equals, unknown } from '../../engine';
import { amountOn, type AmountRow } from '../amounts/amounts';
import { BUYER_KINDS, SUBJECT_TYPES, type BuyerKind, type Case, type SubjectType } from '../case';
import type { RuleSetProvisions } from '../rule-sets/rule-sets';
import { mainCpvIn, welfareService } from '../special-services/special-services';

/** A dated amount that may depend on unknown facts. */
export interface Resolved {
  /** Every row the unknown facts could lead to; `undefined` where no row exists. */
  candidates: (AmountRow | undefined)[];
  /** The one row, when the facts decide it. */
  row: AmountRow | undefined;
  /** The unknown facts that leave more than one candidate. */
  needs: string[];
}

/** The derived facts of one case. */
export interface Context {
  case: Case;
  date: IsoDate;
  ruleSet: Dated<RuleSetProvisions>;
  rs: RuleSetProvisions;
  /** The buyer is a utility (LUF entity). */
  isLuf: Tri;
  /** The main service is a special service (bilaga 2). */
  special: Tri;
  /** The main service is a welfare service (bilaga 2 a), in the welfare regime only. */
  welfare: Tri;
  threshold: Resolved;
  directAwardLimit: Resolved;
  /** The value reaches the threshold (`uppgår till minst`). */
  aboveThreshold: Tri;
}

function special(c: Case, rs: RuleSetProvisions): Tri {
  const type = c.subject?.type;
  if (type === 'works' || type === 'supplies') return FALSE;
  // Before 2017 the special services were the B-services of LOU (2007:1091), a list samverka
  // does not hold; the answer stays unknown with nothing to ask.
  if (rs.specialServices === 'b-services-not-covered') {
    return c.subject?.cpv?.[0] === undefined ? unknown('subject.cpv') : unknown();
  }
  return mainCpvIn('bilaga-2', c.subject?.cpv);
}

function domain<T>(value: T | null | undefined, all: readonly T[]): readonly T[] {
  return value === null || value === undefined ? all : [value];
}

function bools(t: Tri): readonly boolean[] {
  return t.known ? [t.value] : [true, false];
}

function thresholdRow(
  rs: RuleSetProvisions,
  kind: BuyerKind,
  type: SubjectType,
  isSpecial: boolean,
  date: IsoDate,
): AmountRow | undefined {
  const law = kind === 'utility' ? 'LUF' : 'LOU';
  if (type === 'works') {
    return amountOn({ law, kind: 'threshold', category: 'works', authority: 'all' }, date);
  }
  // Before 2017 the B-services had no threshold of their own: the ordinary one applied.
  if (isSpecial && type === 'services' && rs.specialServices === 'bilaga-2') {
    return amountOn({ law, kind: 'threshold', category: 'bilaga2', authority: 'all' }, date);
  }
  const authority =
    law === 'LUF'
      ? 'all'
      : kind === 'central-government'
        ? 'central_government'
        : 'other_contracting_authorities';
  return amountOn({ law, kind: 'threshold', category: 'supplies_services', authority }, date);
}

function limitRow(
  rs: RuleSetProvisions,
  kind: BuyerKind,
  type: SubjectType,
  isSpecial: boolean,
  isWelfare: boolean,
  date: IsoDate,
): AmountRow | undefined {
  const law = kind === 'utility' ? 'LUF' : 'LOU';
  const specialService = isSpecial && type === 'services';
  if (rs.welfareServices !== null && law === 'LOU' && specialService && isWelfare) {
    return amountOn(
      { law, kind: 'advertising_exemption_limit', category: 'welfare', authority: 'all' },
      date,
    );
  }
  const category = specialService ? 'bilaga2' : 'general';
  return amountOn({ law, kind: 'direct_award_limit', category, authority: 'all' }, date);
}

function resolve(
  c: Case,
  specialT: Tri,
  welfareT: Tri,
  pick: (
    kind: BuyerKind,
    type: SubjectType,
    isSpecial: boolean,
    isWelfare: boolean,
  ) => AmountRow | undefined,
): Resolved {
  const kinds = domain(c.buyer?.kind, BUYER_KINDS);
  const types = domain(c.subject?.type, SUBJECT_TYPES);
  const specials = bools(specialT);
  const welfares = bools(welfareT);
  const combos: { k: BuyerKind; t: SubjectType; rest: string; row: AmountRow | undefined }[] = [];
  const seen = new Set<AmountRow | undefined>();
  for (const k of kinds) {
    for (const t of types) {
      for (const s of specials) {
        for (const w of welfares) {
          const row = pick(k, t, s, w);
          seen.add(row);
          combos.push({ k, t, rest: `${s}/${w}`, row });
        }
      }
    }
  }
  const candidates = [...seen];
  const needs: string[] = [];
  if (candidates.length > 1) {
    // Ask only for the unknown facts that move the amount: a fact matters when, the other facts
    // held equal, its values lead to different rows.
    if (kinds.length > 1 && varies(combos, (x) => `${x.t}/${x.rest}`)) needs.push('buyer.kind');
    if (types.length > 1 && varies(combos, (x) => `${x.k}/${x.rest}`)) needs.push('subject.type');
    if (!specialT.known) needs.push(...specialT.needs);
    if (!welfareT.known) needs.push(...welfareT.needs);
  }
  return {
    candidates,
    row: candidates.length === 1 ? candidates[0] : undefined,
    needs: [...new Set(needs)],
  };
}

/** True when two combinations that agree on `others` lead to different rows. */
function varies<T extends { row: AmountRow | undefined }>(
  combos: T[],
  others: (x: T) => string,
): boolean {
  const rowBy = new Map<string, AmountRow | undefined>();
  for (const x of combos) {
    const key = others(x);
    if (!rowBy.has(key)) rowBy.set(key, x.row);
    else if (rowBy.get(key) !== x.row) return true;
  }
  return false;
}

/** Compares a possibly unknown value with every candidate amount: `value >= amount`. */
export function reaches(value: number | null | undefined, valuePath: string, r: Resolved): Tri {
  if (value === null || value === undefined) return unknown(valuePath, ...r.needs);
  let all = true;
  let none = true;
  let missing = false;
  for (const row of r.candidates) {
    if (row?.sek === null || row?.sek === undefined) {
      missing = true;
      continue;
    }
    if (value >= row.sek) none = false;
    else all = false;
  }
  // A SEK figure that is not verified decides nothing; the forms say which figure is missing.
  if (missing) return unknown(...r.needs);
  if (all) return TRUE;
  if (none) return FALSE;
  return unknown(...r.needs);
}

// The amounts depend on few facts and repeat across cases; a bounded memo keeps assessing cheap.
const MEMO_LIMIT = 4096;
const memo = new Map<string, { threshold: Resolved; directAwardLimit: Resolved }>();

function triKey(t: Tri): string {
  return t.known ? String(t.value) : `?${t.needs.join(',')}`;
}

function amountsFor(
  c: Case,
  rs: RuleSetProvisions,
  specialT: Tri,
  welfareT: Tri,
): { threshold: Resolved; directAwardLimit: Resolved } {
  const date = c.startDate;
  const key = `${date}|${c.buyer?.kind ?? ''}|${c.subject?.type ?? ''}|${triKey(specialT)}|${triKey(welfareT)}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const value = {
    threshold: resolve(c, specialT, welfareT, (k, t, s) => thresholdRow(rs, k, t, s, date)),
    directAwardLimit: resolve(c, specialT, welfareT, (k, t, s, w) =>
      limitRow(rs, k, t, s, w, date),
    ),
  };
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

/** Builds the context of a case under its rule set. */
export function buildContext(c: Case, ruleSet: Dated<RuleSetProvisions>): Context {
  const rs = ruleSet.value;
  const date = c.startDate;
  const specialT = special(c, rs);
  const welfareT =
    rs.welfareServices === null ? FALSE : and(specialT, welfareService(c.subject?.cpv));
  const { threshold, directAwardLimit } = amountsFor(c, rs, specialT, welfareT);
  return {
    case: c,
    date,
    ruleSet,
    rs,
    isLuf: equals(c.buyer?.kind, 'utility', 'buyer.kind'),
    special: specialT,
    welfare: welfareT,
    threshold,
    directAwardLimit,
    aboveThreshold: reaches(c.estimatedValueSek, 'estimatedValueSek', threshold),
  };
}
