/**
 * Reserved procurement: for work integration (4 kap. 18 § LOU), for mission-based organisations
 * under art. 77 (19 kap. 25 § LOU, earlier 19 kap. 6 a §) and for idéburna organisationer
 * (19 kap. 25 a § LOU). Conditions on the organisation are checked at qualification and must
 * hold for the whole contract (Upphandlingsmyndigheten).
 */
import type { Check } from '../../engine';
import { fact, known, not, unknown } from '../../engine';
import type { Context } from '../context/context';
import type { MessageCode } from '../messages/messages';
import { asade, ideburenRegister } from '../sources/citations';
import { additionalCpvOutside, mainCpvIn } from '../special-services/special-services';
import {
  bar,
  condition,
  note,
  notCovered,
  participant,
  requireTrue,
  type FormResult,
  type Note,
} from './checks';
import { actOf } from './procurement';

/** The share of disadvantaged staff the reservation requires (andelskravet). */
export const WORK_INTEGRATION_MIN_SHARE = 0.3;
/** The longest contract a mission-based reservation may have, in months. */
export const MISSION_BASED_MAX_MONTHS = 36;

/**
 * The reservations of 19 kap. LOU have no verified counterpart in LUF: for a utility the answer
 * is not covered, and while the kind of buyer is unknown it waits for it.
 */
function lufNotVerified(form: string, ctx: Context): Check<MessageCode> | null {
  const act = actOf(ctx);
  if (act === 'lou') return null;
  const check = notCovered(`${form}.luf`, 'reserved.luf-not-verified', [ctx.rs.luf.citation]);
  return act === 'luf' ? check : { ...check, needs: ['buyer.kind'] };
}

/** Reserverad upphandling, 4 kap. 18 § LOU. */
export function evaluateWorkIntegration(ctx: Context): FormResult {
  const citations = ctx.rs.reservedWorkIntegration;
  if (citations === null) {
    return {
      checks: [
        notCovered('work-integration.not-covered', 'work-integration.not-covered', [
          ctx.rs.lou.citation,
        ]),
      ],
      risks: [],
    };
  }
  const cp = ctx.case.counterpart;
  const share = cp?.shareDisadvantagedStaff;
  const shareT =
    share === null || share === undefined
      ? unknown('counterpart.shareDisadvantagedStaff')
      : known(share >= WORK_INTEGRATION_MIN_SHARE);
  const params = {
    minShare: Math.round(WORK_INTEGRATION_MIN_SHARE * 100),
    share: share === null || share === undefined ? '' : Math.round(share * 1000) / 10,
  };
  const checks: Check<MessageCode>[] = [
    participant(
      cp,
      'work-integration.main-aim',
      fact(cp?.mainAimWorkIntegration, 'counterpart.mainAimWorkIntegration'),
      {
        condition: 'work-integration.main-aim-required',
        pass: 'work-integration.main-aim',
        fail: 'work-integration.no-main-aim',
      },
      citations,
      { 'counterpart.mainAimWorkIntegration': cp?.mainAimWorkIntegration ?? null },
    ),
    participant(
      cp,
      'work-integration.share',
      shareT,
      {
        condition: 'work-integration.share-required',
        pass: 'work-integration.share-met',
        fail: 'work-integration.share-not-met',
      },
      citations,
      { 'counterpart.shareDisadvantagedStaff': share ?? null, minimum: WORK_INTEGRATION_MIN_SHARE },
      params,
    ),
    condition('work-integration.whole-term', 'reserved.whole-term', citations),
  ];
  const risks: Note[] = [];
  if (actOf(ctx) !== 'lou') risks.push(note('reserved.luf-section-not-verified', citations));
  return { checks, risks };
}

function servicesListed(
  form: string,
  list: 'art-77' | 'bilaga-2',
  ctx: Context,
  codes: { pass: MessageCode; fail: MessageCode },
  citations: Check['citations'],
): { check: Check<MessageCode>; risks: Note[] } {
  const cpv = ctx.case.subject?.cpv;
  const check = requireTrue(
    `${form}.services`,
    mainCpvIn(list, cpv),
    { ...codes, unknown: 'reserved.services-unknown' },
    citations,
    { 'subject.cpv': cpv ?? null },
    { cpv: cpv?.[0] ?? '' },
  );
  const outside = additionalCpvOutside(list, cpv);
  const risks =
    outside.length > 0
      ? [note('reserved.additional-cpv-outside', citations, { codes: outside.join(', ') })]
      : [];
  return { check, risks };
}

/** Reserverad upphandling enligt art. 77: 19 kap. 25 § LOU (2019–2022: 19 kap. 6 a §). */
export function evaluateMissionBased(ctx: Context): FormResult {
  const citations = ctx.rs.reservedMissionBased;
  if (citations === null) {
    return {
      checks: [
        bar('mission-based.not-in-force', 'mission-based.not-in-force', [ctx.rs.lou.citation]),
      ],
      risks: [],
    };
  }
  const luf = lufNotVerified('mission-based', ctx);
  const cp = ctx.case.counterpart;
  const months = ctx.case.durationMonths;
  const listed = servicesListed(
    'mission-based',
    'art-77',
    ctx,
    { pass: 'mission-based.services-listed', fail: 'mission-based.services-not-listed' },
    citations,
  );
  const checks: Check<MessageCode>[] = [
    listed.check,
    months === null || months === undefined
      ? condition('mission-based.duration', 'mission-based.duration-required', citations, {
          max: MISSION_BASED_MAX_MONTHS,
        })
      : requireTrue(
          'mission-based.duration',
          known(months <= MISSION_BASED_MAX_MONTHS),
          { pass: 'mission-based.duration-ok', fail: 'mission-based.duration-too-long' },
          citations,
          { durationMonths: months, max: MISSION_BASED_MAX_MONTHS },
          { months, max: MISSION_BASED_MAX_MONTHS },
        ),
    participant(
      cp,
      'mission-based.reinvests',
      fact(cp?.reinvestsProfits, 'counterpart.reinvestsProfits'),
      {
        condition: 'mission-based.reinvests-required',
        pass: 'mission-based.reinvests',
        fail: 'mission-based.no-reinvest',
      },
      citations,
      { 'counterpart.reinvestsProfits': cp?.reinvestsProfits ?? null },
    ),
    participant(
      cp,
      'mission-based.participation',
      fact(cp?.participatoryGovernance, 'counterpart.participatoryGovernance'),
      {
        condition: 'mission-based.participation-required',
        pass: 'mission-based.participation',
        fail: 'mission-based.no-participation',
      },
      citations,
      { 'counterpart.participatoryGovernance': cp?.participatoryGovernance ?? null },
    ),
    condition('mission-based.mission', 'mission-based.mission-required', citations),
    condition('mission-based.notice', 'reserved.notice', citations),
  ];
  if (luf !== null) checks.unshift(luf);
  const risks: Note[] = [...listed.risks];
  if (cp?.awardedSameServiceReservedLast3Years === true) {
    risks.push(note('mission-based.repeat-award', citations));
  } else {
    risks.push(note('mission-based.repeat-award-general', citations));
  }
  if (ctx.rs.welfareServices !== null) {
    risks.push(note('mission-based.welfare-scope', citations));
  }
  return { checks, risks };
}

/** The conditions an idéburen organisation must meet (LOU 19 kap. 25 a §, LOV 1 kap. 2 a §). */
export function ideburenChecks(
  ctx: Context,
  form: string,
  citations: Check['citations'],
): Check<MessageCode>[] {
  const cp = ctx.case.counterpart;
  const withRegister = [...citations, ideburenRegister({ section: '2' })];
  return [
    participant(
      cp,
      `${form}.public-benefit`,
      fact(cp?.publicBenefitPurposeOnly, 'counterpart.publicBenefitPurposeOnly'),
      {
        condition: 'ideburen.public-benefit-required',
        pass: 'ideburen.public-benefit',
        fail: 'ideburen.no-public-benefit',
      },
      withRegister,
      { 'counterpart.publicBenefitPurposeOnly': cp?.publicBenefitPurposeOnly ?? null },
    ),
    participant(
      cp,
      `${form}.no-public-control`,
      not(fact(cp?.publicControllingInfluence, 'counterpart.publicControllingInfluence')),
      {
        condition: 'ideburen.no-public-control-required',
        pass: 'ideburen.no-public-control',
        fail: 'ideburen.public-control',
      },
      citations,
      { 'counterpart.publicControllingInfluence': cp?.publicControllingInfluence ?? null },
    ),
    participant(
      cp,
      `${form}.value-transfers`,
      fact(cp?.valueTransfersOnlyAllowed, 'counterpart.valueTransfersOnlyAllowed'),
      {
        condition: 'ideburen.value-transfers-required',
        pass: 'ideburen.value-transfers',
        fail: 'ideburen.value-transfers-not-allowed',
      },
      [...citations, ideburenRegister({ section: '8', paragraph: '1' })],
      { 'counterpart.valueTransfersOnlyAllowed': cp?.valueTransfersOnlyAllowed ?? null },
    ),
    condition(`${form}.purpose`, 'ideburen.purpose-serves-service', citations),
  ];
}

/** Risks every reservation for idéburna organisationer carries. */
export function ideburenRisks(ctx: Context, citations: Check['citations']): Note[] {
  const risks: Note[] = [note('ideburen.eu-law-risk', [...citations, asade])];
  const registered = ctx.case.counterpart?.registeredIdeburen;
  if (registered === true)
    risks.push(note('ideburen.registered', [ideburenRegister({ section: '3' })]));
  if (registered === false) {
    risks.push(note('ideburen.not-registered', [ideburenRegister({ section: '3' })]));
  }
  return risks;
}

/** Reserverad upphandling för idéburna organisationer, 19 kap. 25 a § LOU. */
export function evaluateReservedIdeburen(ctx: Context): FormResult {
  const citations = ctx.rs.reservedIdeburen;
  if (citations === null) {
    return {
      checks: [bar('ideburen.not-in-force', 'ideburen.not-in-force', [ctx.rs.lou.citation])],
      risks: [],
    };
  }
  const luf = lufNotVerified('reserved-ideburen', ctx);
  const listed = servicesListed(
    'reserved-ideburen',
    'bilaga-2',
    ctx,
    { pass: 'ideburen.services-bilaga-2', fail: 'ideburen.services-not-bilaga-2' },
    citations,
  );
  const special = listed.check.status === 'pass';
  const checks: Check<MessageCode>[] = [
    listed.check,
    ...(special
      ? [condition('reserved-ideburen.cpv-list', 'ideburen.cpv-list-unverified', citations)]
      : []),
    ...ideburenChecks(ctx, 'reserved-ideburen', citations),
    condition('reserved-ideburen.notice', 'reserved.notice', citations),
  ];
  if (luf !== null) checks.unshift(luf);
  return { checks, risks: [...listed.risks, ...ideburenRisks(ctx, citations)] };
}
