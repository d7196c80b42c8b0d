/**
 * Direct award, advertised procurement and innovation partnership: the ways to buy under LOU and
 * LUF as the rule set of the start date provides them.
 */
import type { Check, Citation } from '../../engine';
import { fact, not } from '../../engine';
import type { Context } from '../context/context';
import type { MessageCode } from '../messages/messages';
import { withinLimit } from './amounts-check';
import { bar, basis, condition, note, requireTrue, type FormResult, type Note } from './checks';

function actCitations(pick: 'lou' | 'luf' | 'both', lou: Citation[], luf: Citation[]) {
  if (pick === 'lou') return lou;
  if (pick === 'luf') return luf;
  return [...lou, ...luf];
}

/** Which act applies: LOU, LUF, or (buyer kind unknown) both as candidates. */
export function actOf(ctx: Context): 'lou' | 'luf' | 'both' {
  if (!ctx.isLuf.known) return 'both';
  return ctx.isLuf.value ? 'luf' : 'lou';
}

/** Direktupphandling. */
export function evaluateDirectAward(ctx: Context): FormResult {
  const c = ctx.case;
  const act = actOf(ctx);
  const citations = actCitations(act, ctx.rs.directAward.lou, ctx.rs.directAward.luf);
  const limit = ctx.directAwardLimit;
  const cmp = withinLimit(c.estimatedValueSek, c.sameKindPurchasesThisFinancialYearSek, limit);
  const row = limit.row;
  const params = {
    limit: row?.sek ?? '',
    limitEur: row?.eur ?? '',
    value: c.estimatedValueSek ?? '',
    earlier: c.sameKindPurchasesThisFinancialYearSek ?? 0,
    total: (c.estimatedValueSek ?? 0) + (c.sameKindPurchasesThisFinancialYearSek ?? 0),
  };
  const inputs = {
    estimatedValueSek: c.estimatedValueSek ?? null,
    sameKindPurchasesThisFinancialYearSek: c.sameKindPurchasesThisFinancialYearSek ?? null,
    directAwardLimitSek: limit.candidates.map((r) => r?.sek ?? null),
  };
  const checks: Check<MessageCode>[] = [];
  const risks: Note[] = [];
  const welfare =
    ctx.welfare.known && ctx.welfare.value && row?.kind === 'advertising_exemption_limit';
  const factsKnown = c.estimatedValueSek != null && c.sameKindPurchasesThisFinancialYearSek != null;
  if (cmp.figureMissing && row !== undefined && factsKnown) {
    // One limit applies but its SEK figure is not verified: lawful only below it.
    checks.push(
      condition('direct-award.limit', 'direct-award.limit-missing', citations, params, inputs),
    );
    risks.push(note('direct-award.limit-missing-risk', citations, params));
  } else {
    checks.push(
      requireTrue(
        'direct-award.limit',
        cmp.within,
        {
          pass: welfare ? 'direct-award.within-welfare-exemption' : 'direct-award.within-limit',
          fail: welfare ? 'direct-award.above-welfare-exemption' : 'direct-award.above-limit',
          unknown: 'direct-award.limit-unknown',
        },
        welfare ? [...(ctx.rs.welfareServices?.advertising ?? []), ...citations] : citations,
        inputs,
        params,
      ),
    );
  }
  if (cmp.atLimit) risks.push(note('direct-award.at-limit', citations, params));
  if (row?.checkedThrough != null && ctx.date > row.checkedThrough) {
    risks.push(
      note('direct-award.limit-not-confirmed', citations, { checkedThrough: row.checkedThrough }),
    );
  }
  if (cmp.within.known && cmp.within.value) {
    checks.push(basis('direct-award.documentation', 'direct-award.documentation', citations));
  }
  if (cmp.within.known && !cmp.within.value) {
    risks.push(note('direct-award.special-grounds', citations));
  }
  risks.push(note('direct-award.no-splitting', citations));
  return { checks, risks };
}

/** Annonserad upphandling: always open; which rules and procedures depends on the facts. */
export function evaluateAdvertised(ctx: Context): FormResult {
  const act = actOf(ctx);
  const rs = ctx.rs;
  const national = actCitations(act, rs.national.lou, rs.national.luf);
  const checks: Check<MessageCode>[] = [];
  const above = ctx.aboveThreshold;
  const special = ctx.special;
  const nationalCode: MessageCode =
    rs.national.procedures === 'own-design'
      ? 'advertised.own-design'
      : 'advertised.named-procedures';
  if (special.known && special.value) {
    checks.push(basis('advertised.special-services', 'advertised.special-services', national));
    if (above.known && above.value) {
      checks.push(
        basis('advertised.special-above', 'advertised.special-above', rs.bilaga2AboveThreshold),
      );
    }
  } else if (above.known && !above.value) {
    checks.push(basis('advertised.below-threshold', nationalCode, national));
  } else if (above.known && above.value && special.known) {
    checks.push(basis('advertised.directive', 'advertised.directive', rs.directiveProcedures));
  } else {
    checks.push(
      basis('advertised.depends', 'advertised.depends', [...national, ...rs.directiveProcedures]),
    );
  }
  if (
    rs.welfareServices !== null &&
    ctx.welfare.known &&
    ctx.welfare.value &&
    above.known &&
    !above.value
  ) {
    checks.push(
      basis('advertised.welfare', 'advertised.welfare', rs.welfareServices.advertising, {
        crossBorder: ctx.case.crossBorderInterest ?? 'unknown',
      }),
    );
  }
  checks.push(basis('advertised.principles', 'advertised.principles', rs.principles));
  return { checks, risks: [] };
}

/** Innovationspartnerskap: develop and then buy what the market does not offer. */
export function evaluateInnovation(ctx: Context): FormResult {
  const citations = ctx.rs.innovationPartnership;
  if (citations === null) {
    return {
      checks: [
        bar('innovation.not-in-force', 'innovation.not-in-force', ctx.rs.directiveProcedures),
      ],
      risks: [],
    };
  }
  const r = ctx.case.relationship;
  return {
    checks: [
      requireTrue(
        'innovation.not-on-market',
        not(fact(r?.marketExists, 'relationship.marketExists')),
        {
          pass: 'innovation.not-on-market',
          fail: 'innovation.on-market',
          unknown: 'innovation.market-unknown',
        },
        citations,
        { 'relationship.marketExists': r?.marketExists ?? null },
      ),
      condition('innovation.procedure', 'innovation.procedure', citations),
    ],
    risks: [note('innovation.narrow-exception', citations)],
  };
}
