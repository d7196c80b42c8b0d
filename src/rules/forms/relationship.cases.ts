/** Cases for grants and IOP. */
import type { Case, Relationship } from '../case';
import type { RuleCase } from '../testing/rule-case';

const UHM_GRANT = 'https://www.upphandlingsmyndigheten.se/frageportalen/1952571/brottsofferjour/';
const UHM_IOP = 'https://www.upphandlingsmyndigheten.se/frageportalen/2457482/iop/';
const HFD =
  'HFD 2020 ref. 15; https://inkopsradet.se/dom/hfd-drift-av-aldreboende-genom-s-k-iop-borde-ha-upphandlats';

const OWN_ACTIVITY: Relationship = {
  publicPaysForServicesItDefines: false,
  supportsOrganisationsOwnActivity: true,
  organisationContributesOwnResources: true,
  mutualObligationsEnforceable: false,
  initiatedBy: 'organisation',
  marketExists: false,
};

function support(startDate: string, relationship: Relationship): Case {
  return {
    startDate,
    buyer: { kind: 'municipality' },
    subject: { type: 'services', description: 'Läxhjälp som föreningen driver' },
    estimatedValueSek: 200_000,
    relationship,
    counterpart: { legalForm: 'ideell-forening', publicControllingInfluence: false },
  };
}

/** Grant and IOP cases. */
export const RELATIONSHIP_CASES: RuleCase[] = [
  {
    name: 'A grant to an association’s own activity, without payment for a defined service or sanctions, is open on the conditions of kommunallagen and state aid',
    source: UHM_GRANT,
    case: support('2024-09-01', OWN_ACTIVITY),
    expect: { grant: 'allowed-if', iop: 'allowed-if' },
  },
  {
    name: 'Paying for a service the municipality itself defined is a purchase: neither a grant nor an IOP',
    source: HFD,
    case: support('2024-09-01', { ...OWN_ACTIVITY, publicPaysForServicesItDefines: true }),
    expect: { grant: 'not-allowed', iop: 'not-allowed' },
  },
  {
    name: 'Penalties and damages for non-performance make the agreement a contract, not a grant',
    source: UHM_GRANT,
    case: support('2024-09-01', { ...OWN_ACTIVITY, mutualObligationsEnforceable: true }),
    expect: { grant: 'not-allowed', iop: 'not-allowed' },
  },
  {
    name: 'Support that does not go to the organisation’s own activity is not a grant',
    source: UHM_GRANT,
    case: support('2024-09-01', { ...OWN_ACTIVITY, supportsOrganisationsOwnActivity: false }),
    expect: { grant: 'not-allowed' },
  },
  {
    name: 'An IOP without the organisation’s own contribution is not a partnership',
    source: UHM_IOP,
    case: support('2024-09-01', { ...OWN_ACTIVITY, organisationContributesOwnResources: false }),
    expect: { iop: 'not-allowed', grant: 'allowed-if' },
  },
  {
    name: 'Whether a grant is possible stays open until it is known whether the municipality pays for a service it defined',
    source: UHM_GRANT,
    case: support('2024-09-01', { ...OWN_ACTIVITY, publicPaysForServicesItDefines: null }),
    expect: { grant: 'undetermined', iop: 'undetermined' },
    expectQuestions: ['relationship.publicPaysForServicesItDefines'],
  },
  {
    name: 'Alingsås: running an elderly-care home against yearly payment, called an IOP, was a service contract that had to be procured',
    source: HFD,
    case: {
      startDate: '2016-06-30',
      buyer: { kind: 'municipality' },
      subject: { type: 'services', cpv: ['85311100-3'], description: 'Drift av äldreboende' },
      estimatedValueSek: 54_000_000,
      durationMonths: 36,
      relationship: {
        publicPaysForServicesItDefines: true,
        supportsOrganisationsOwnActivity: false,
        mutualObligationsEnforceable: true,
        initiatedBy: 'buyer',
        marketExists: true,
      },
      counterpart: { legalForm: 'stiftelse', publicControllingInfluence: false },
    },
    expect: {
      iop: 'not-allowed',
      grant: 'not-allowed',
      'direct-award': 'not-allowed',
      'advertised-procurement': 'allowed',
    },
    expectRegime: { ruleSet: 'lou-2014-07', act: 'LOU 2007:1091', bilaga2: null },
  },
];
