/** Cases for LOV and LOV reserved for idéburna organisationer. */
import type { Case } from '../case';
import type { RuleCase } from '../testing/rule-case';

const UHM_LOV =
  'https://www.upphandlingsmyndigheten.se/frageportalen/2189187/vilka-tjanster-omfattas-av-lov-under-halsovard-och/';
const LOV_2A =
  'LOV 1 kap. 2 a § (SFS 2022:901); https://lagar.nj.se/halso-och-sjukvard/SFS2022-0901';

function homeCare(
  startDate: string,
  kind: NonNullable<Case['buyer']>['kind'] = 'municipality',
  cpv = '85311100-3',
  lovScope: boolean | null = true,
): Case {
  return {
    startDate,
    buyer: { kind },
    subject: { type: 'services', cpv: [cpv], lovScope },
    counterpart: {
      publicBenefitPurposeOnly: true,
      publicControllingInfluence: false,
      valueTransfersOnlyAllowed: true,
    },
  };
}

/** LOV cases. */
export const CHOICE_CASES: RuleCase[] = [
  {
    name: 'A municipality may run a choice system for elderly care under LOV',
    source: UHM_LOV,
    case: homeCare('2015-03-01'),
    expect: { lov: 'allowed-if' },
  },
  {
    name: 'A central government authority cannot use LOV, which is for municipalities and regions',
    source: 'https://www.upphandlingsmyndigheten.se/lagen-om-valfrihetssystem-lov/',
    case: homeCare('2023-03-01', 'central-government'),
    expect: { lov: 'not-allowed', 'lov-reserved-ideburen': 'not-allowed' },
  },
  {
    name: 'Child welfare services (85311300-5) are excluded from LOV',
    source: UHM_LOV,
    case: homeCare('2023-03-01', 'municipality', '85311300-5'),
    expect: { lov: 'not-allowed' },
  },
  {
    name: 'A system where users do not choose their provider is not a LOV choice system',
    source: 'https://www.konkurrensverket.se/upphandling/lagar-och-regler/valfrihetssystem/',
    case: homeCare('2023-03-01', 'municipality', '85311100-3', false),
    expect: { lov: 'not-allowed' },
  },
  {
    name: 'On 2022-12-31 a choice system could not be reserved for idéburna organisationer',
    source: LOV_2A,
    case: homeCare('2022-12-31'),
    expect: { lov: 'allowed-if', 'lov-reserved-ideburen': 'not-allowed' },
  },
  {
    name: 'From 2023-01-01 a municipality may reserve its home-care choice system for idéburna organisationer',
    source: LOV_2A,
    case: homeCare('2023-01-01'),
    expect: { 'lov-reserved-ideburen': 'allowed-if' },
  },
  {
    name: 'A region may reserve a choice system for idéburna organisationer, but not for primary care',
    source: LOV_2A,
    case: homeCare('2024-01-01', 'region'),
    expect: { 'lov-reserved-ideburen': 'allowed-if' },
  },
];
