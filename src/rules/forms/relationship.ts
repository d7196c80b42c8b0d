/**
 * Grant (bidrag) and idéburet offentligt partnerskap (IOP): both must fall outside procurement.
 * A contract exists when the buyer pays for a service of direct economic interest to it, with
 * rights and obligations on both sides (HFD 2020 ref. 15). Upphandlingsmyndigheten's indicators:
 * payment for a service the buyer defined and sanctions for non-performance point to a contract;
 * support to the organisation's own, self-initiated activity points to a grant.
 */
import { fact, not, valueOn, type Citation } from '../../engine';
import type { Context } from '../context/context';
import { DE_MINIMIS_EUR, SGEI_DE_MINIMIS_EUR } from '../state-aid/de-minimis';
import { hfd2020ref15, kl, lou2007, lou2016, sgeiDecision } from '../sources/citations';
import { condition, note, requireTrue, type FormResult, type Note } from './checks';
import type { Check } from '../../engine';
import type { MessageCode } from '../messages/messages';

function contractBasis(ctx: Context): Citation[] {
  const scope =
    ctx.rs.lou.sfs === '2007:1091' ? lou2007({ chapter: '2' }) : lou2016({ chapter: '1' });
  return [scope, hfd2020ref15];
}

/** The checks that keep a grant or an IOP outside procurement. */
function outsideProcurement(ctx: Context, form: 'grant' | 'iop'): Check<MessageCode>[] {
  const r = ctx.case.relationship;
  const basis = contractBasis(ctx);
  return [
    requireTrue(
      `${form}.no-payment-for-defined-service`,
      not(fact(r?.publicPaysForServicesItDefines, 'relationship.publicPaysForServicesItDefines')),
      {
        pass: 'relationship.no-payment-for-defined-service',
        fail: 'relationship.payment-for-defined-service',
        unknown: 'relationship.payment-unknown',
      },
      basis,
      { 'relationship.publicPaysForServicesItDefines': r?.publicPaysForServicesItDefines ?? null },
    ),
    requireTrue(
      `${form}.no-enforceable-obligations`,
      not(fact(r?.mutualObligationsEnforceable, 'relationship.mutualObligationsEnforceable')),
      {
        pass: 'relationship.no-enforceable-obligations',
        fail: 'relationship.enforceable-obligations',
        unknown: 'relationship.obligations-unknown',
      },
      basis,
      { 'relationship.mutualObligationsEnforceable': r?.mutualObligationsEnforceable ?? null },
    ),
  ];
}

/** A municipality or region may act only in matters of general interest (KL 2 kap. 1 §). */
function localGovernment(ctx: Context, form: 'grant' | 'iop'): Check<MessageCode>[] {
  const kind = ctx.case.buyer?.kind;
  if (kind === 'municipality' || kind === 'region' || kind === 'municipal-company') {
    return [
      condition(`${form}.kl-general-interest`, 'relationship.kl-general-interest', [
        kl({ chapter: '2', section: '1' }),
        kl({ chapter: '2', section: '8' }),
      ]),
    ];
  }
  return [];
}

/** State aid: the ceilings in force on the start date. */
function stateAid(ctx: Context, form: 'grant' | 'iop'): Check<MessageCode> {
  const general = valueOn(DE_MINIMIS_EUR, ctx.date);
  const sgei = valueOn(SGEI_DE_MINIMIS_EUR, ctx.date);
  const citations = [
    ...(general?.citations ?? []),
    ...(sgei?.citations ?? []),
    sgeiDecision('art. 2'),
  ];
  if (general?.value == null || sgei?.value == null) {
    return condition(`${form}.state-aid`, 'relationship.state-aid-no-ceiling', citations);
  }
  return condition(
    `${form}.state-aid`,
    'relationship.state-aid',
    citations,
    {
      deMinimisEur: general.value,
      sgeiEur: sgei.value,
    },
    { deMinimisEur: general.value, sgeiDeMinimisEur: sgei.value },
  );
}

function commonRisks(ctx: Context): Note[] {
  const r = ctx.case.relationship;
  const risks: Note[] = [note('relationship.label-does-not-decide', [hfd2020ref15])];
  if (r?.marketExists === true) {
    risks.push(note('relationship.market-exists', [sgeiDecision('art. 2')]));
  }
  if (r?.initiatedBy === 'buyer') {
    risks.push(note('relationship.initiated-by-buyer', contractBasis(ctx)));
  }
  if (ctx.case.counterpart?.publicControllingInfluence === true) {
    risks.push(
      note('relationship.recipient-may-be-authority', [lou2016({ chapter: '1', section: '18' })]),
    );
  }
  return risks;
}

/** Grant (bidrag): support to the organisation's own activity without counter-performance. */
export function evaluateGrant(ctx: Context): FormResult {
  const r = ctx.case.relationship;
  const checks = [
    ...outsideProcurement(ctx, 'grant'),
    requireTrue(
      'grant.own-activity',
      fact(r?.supportsOrganisationsOwnActivity, 'relationship.supportsOrganisationsOwnActivity'),
      {
        pass: 'grant.own-activity',
        fail: 'grant.not-own-activity',
        unknown: 'grant.own-activity-unknown',
      },
      [kl({ chapter: '2', section: '1' })],
      {
        'relationship.supportsOrganisationsOwnActivity':
          r?.supportsOrganisationsOwnActivity ?? null,
      },
    ),
    ...localGovernment(ctx, 'grant'),
    stateAid(ctx, 'grant'),
  ];
  return { checks, risks: commonRisks(ctx) };
}

/**
 * IOP: a partnership on a shared societal goal where both contribute. Not regulated in law, so
 * it must fall outside procurement and respect the state-aid rules.
 */
export function evaluateIop(ctx: Context): FormResult {
  const r = ctx.case.relationship;
  const checks = [
    ...outsideProcurement(ctx, 'iop'),
    requireTrue(
      'iop.both-contribute',
      fact(
        r?.organisationContributesOwnResources,
        'relationship.organisationContributesOwnResources',
      ),
      {
        pass: 'iop.both-contribute',
        fail: 'iop.no-own-contribution',
        unknown: 'iop.contribution-unknown',
      },
      [hfd2020ref15],
      {
        'relationship.organisationContributesOwnResources':
          r?.organisationContributesOwnResources ?? null,
      },
    ),
    condition('iop.shared-goal', 'iop.shared-goal', [hfd2020ref15]),
    ...localGovernment(ctx, 'iop'),
    stateAid(ctx, 'iop'),
  ];
  const risks = [note('iop.not-in-statute', [hfd2020ref15]), ...commonRisks(ctx)];
  if (r?.supportsOrganisationsOwnActivity === false) {
    risks.push(note('iop.not-own-activity', [hfd2020ref15]));
  }
  return { checks, risks };
}
