/**
 * LOV (lag 2008:962 om valfrihetssystem): municipalities and regions let users choose among all
 * approved providers of health and social services; since 2023-01-01 a system may be reserved
 * for idéburna organisationer (1 kap. 2 a § LOV), but not a region's primary-care system.
 */
import type { Check } from '../../engine';
import { fact, oneOf } from '../../engine';
import type { Context } from '../context/context';
import type { MessageCode } from '../messages/messages';
import { hsl } from '../sources/citations';
import { mainCpvIn, additionalCpvOutside } from '../special-services/special-services';
import { bar, condition, note, requireTrue, type FormResult, type Note } from './checks';
import { ideburenChecks, ideburenRisks } from './reserved';

function lovChecks(ctx: Context, form: string): { checks: Check<MessageCode>[]; risks: Note[] } {
  const c = ctx.case;
  const citations = ctx.rs.lov;
  const cpv = c.subject?.cpv;
  const checks: Check<MessageCode>[] = [
    requireTrue(
      `${form}.buyer`,
      oneOf(c.buyer?.kind, ['municipality', 'region'] as const, 'buyer.kind'),
      { pass: 'lov.buyer-ok', fail: 'lov.buyer-not-municipality', unknown: 'lov.buyer-unknown' },
      citations,
      { 'buyer.kind': c.buyer?.kind ?? null },
    ),
    requireTrue(
      `${form}.services`,
      mainCpvIn('lov', cpv),
      {
        pass: 'lov.services-in-scope',
        fail: 'lov.services-out-of-scope',
        unknown: 'lov.services-unknown',
      },
      citations,
      { 'subject.cpv': cpv ?? null },
      { cpv: cpv?.[0] ?? '' },
    ),
    c.subject?.lovScope === null || c.subject?.lovScope === undefined
      ? condition(`${form}.choice`, 'lov.users-choose-required', citations)
      : requireTrue(
          `${form}.choice`,
          fact(c.subject.lovScope, 'subject.lovScope'),
          { pass: 'lov.users-choose', fail: 'lov.users-do-not-choose' },
          citations,
          { 'subject.lovScope': c.subject.lovScope },
        ),
    condition(`${form}.equal-terms`, 'lov.equal-terms', citations),
  ];
  const outside = additionalCpvOutside('lov', cpv);
  const risks =
    outside.length > 0
      ? [note('lov.additional-cpv-outside', citations, { codes: outside.join(', ') })]
      : [];
  return { checks, risks };
}

/** Valfrihetssystem enligt LOV. */
export function evaluateLov(ctx: Context): FormResult {
  const { checks, risks } = lovChecks(ctx, 'lov');
  if (ctx.case.buyer?.kind === 'region') risks.push(note('lov.region-primary-care', ctx.rs.lov));
  return { checks, risks };
}

/** Valfrihetssystem reserverat för idéburna organisationer, 1 kap. 2 a § LOV. */
export function evaluateLovReservedIdeburen(ctx: Context): FormResult {
  const citations = ctx.rs.lovReservedIdeburen;
  if (citations === null) {
    return {
      checks: [bar('lov-ideburen.not-in-force', 'lov-ideburen.not-in-force', ctx.rs.lov)],
      risks: [],
    };
  }
  const base = lovChecks(ctx, 'lov-reserved-ideburen');
  const checks = [...base.checks, ...ideburenChecks(ctx, 'lov-reserved-ideburen', citations)];
  const kind = ctx.case.buyer?.kind;
  if (kind === 'region' || kind === null || kind === undefined) {
    checks.push(
      condition('lov-reserved-ideburen.not-primary-care', 'lov-ideburen.not-primary-care', [
        ...citations,
        hsl({ chapter: '7', section: '3' }),
      ]),
    );
  }
  return { checks, risks: [...base.risks, ...ideburenRisks(ctx, citations)] };
}
