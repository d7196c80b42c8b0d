/** Cases for the three reserved procurements. */
import type { Case, Counterpart } from '../case';
import type { RuleCase } from '../testing/rule-case';

const UHM_RESERVED =
  'https://www.upphandlingsmyndigheten.se/upphandla/om-upphandlingsreglerna/om-lagstiftningen/reserverad-upphandling/';
const UHM_BILAGA2 =
  'https://www.upphandlingsmyndigheten.se/regler-och-lagstiftning/hallbarhet-i-upphandlingsreglerna/reserverad-upphandling-for-vissa-tjanster-enligt-bilaga-2/';
const UHM_IDEBUREN =
  'https://www.upphandlingsmyndigheten.se/nyheter/2022/ny-mojlighet-att-reservera-upphandlingar-for-ideburna-organisationer-fran-arsskiftet/';

function laundry(
  share: number | null,
  mainAim: boolean | null = true,
  startDate = '2024-05-01',
): Case {
  return {
    startDate,
    buyer: { kind: 'region' },
    subject: { type: 'services', cpv: ['98310000-9'] },
    estimatedValueSek: 1_200_000,
    durationMonths: 24,
    counterpart: {
      legalForm: 'ekonomisk-forening',
      mainAimWorkIntegration: mainAim,
      shareDisadvantagedStaff: share,
    },
  };
}

const MISSION: Counterpart = {
  legalForm: 'stiftelse',
  reinvestsProfits: true,
  participatoryGovernance: true,
  publicBenefitPurposeOnly: true,
  publicControllingInfluence: false,
  valueTransfersOnlyAllowed: true,
  awardedSameServiceReservedLast3Years: false,
};

function elderlyCare(
  startDate: string,
  counterpart: Counterpart | null = MISSION,
  months = 36,
  cpv = '85311100-3',
  kind: Case['buyer'] = { kind: 'municipality' },
): Case {
  return {
    startDate,
    buyer: kind,
    subject: { type: 'services', cpv: [cpv] },
    estimatedValueSek: 12_000_000,
    durationMonths: months,
    counterpart,
  };
}

/** Reserved procurement cases. */
export const RESERVED_CASES: RuleCase[] = [
  {
    name: 'A supplier with exactly 30 % disadvantaged staff meets the requirement of 4 kap. 18 § LOU',
    source: UHM_RESERVED,
    case: laundry(0.3),
    expect: { 'reserved-work-integration': 'allowed-if' },
  },
  {
    name: 'A supplier with 29 % disadvantaged staff does not meet the 30 % requirement',
    source: UHM_RESERVED,
    case: laundry(0.29),
    expect: { 'reserved-work-integration': 'not-allowed' },
  },
  {
    name: 'A supplier whose main aim is not work integration cannot take part in a reservation under 4 kap. 18 § LOU',
    source: UHM_RESERVED,
    case: laundry(0.5, false),
    expect: { 'reserved-work-integration': 'not-allowed' },
  },
  {
    name: 'Without a counterpart, a work-integration reservation is open on the conditions any participant must meet',
    source: UHM_RESERVED,
    case: { ...laundry(null), counterpart: null },
    expect: { 'reserved-work-integration': 'allowed-if' },
  },
  {
    name: 'With the share of disadvantaged staff unknown, the work-integration reservation asks for it',
    source: UHM_RESERVED,
    case: laundry(null),
    expect: { 'reserved-work-integration': 'undetermined' },
    expectQuestions: ['counterpart.shareDisadvantagedStaff'],
  },
  {
    name: 'Before 2017 the reservation rule of LOU (2007:1091) applied, which samverka does not hold',
    source: 'LOU (2016:1145) 4 kap. 18 §, in force 2017-01-01',
    case: laundry(0.5, true, '2016-06-01'),
    expect: { 'reserved-work-integration': 'undetermined' },
  },
  {
    name: 'On 2018-12-31 no art. 77 reservation existed in Swedish law',
    source: 'SFS 2018:1159 (19 kap. 6 a § LOU from 2019-01-01)',
    case: elderlyCare('2018-12-31'),
    expect: { 'reserved-mission-based': 'not-allowed' },
  },
  {
    name: 'From 2019-01-01 elderly care may be reserved for a mission-based organisation under 19 kap. 6 a § LOU',
    source:
      'SFS 2018:1159; https://www.jpinfonet.se/kunskap/nyheter4/nya-regler-om-upphandling-av-valfardstjanster/',
    case: elderlyCare('2019-01-01'),
    expect: { 'reserved-mission-based': 'allowed-if' },
  },
  {
    name: 'A mission-based reservation may not run for more than three years',
    source: UHM_BILAGA2,
    case: elderlyCare('2022-11-15', MISSION, 48),
    expect: { 'reserved-mission-based': 'not-allowed' },
  },
  {
    name: 'Cleaning is not among the services art. 77 lets a buyer reserve',
    source:
      'Directive 2014/24/EU art. 77(1); https://www.upphandlingsmyndigheten.se/frageportalen/2761157/reserverad-upphandling-cpv-koder/',
    case: elderlyCare('2022-11-15', MISSION, 36, '90910000-9'),
    expect: { 'reserved-mission-based': 'not-allowed', 'reserved-ideburen': 'not-allowed' },
  },
  {
    name: 'An organisation that does not reinvest its profits cannot take part in a mission-based reservation',
    source: UHM_BILAGA2,
    case: elderlyCare('2022-11-15', { ...MISSION, reinvestsProfits: false }),
    expect: { 'reserved-mission-based': 'not-allowed' },
  },
  {
    name: 'For a utility, the LOU reservations stay undetermined: no verified source shows them in LUF',
    source: 'LUF (2016:1146); the reservations are in 19 kap. LOU',
    case: elderlyCare('2023-03-01', MISSION, 36, '85311100-3', { kind: 'utility' }),
    expect: { 'reserved-mission-based': 'undetermined', 'reserved-ideburen': 'undetermined' },
  },
  {
    name: 'On 2022-12-31 a procurement could not be reserved for idéburna organisationer',
    source: UHM_IDEBUREN,
    case: elderlyCare('2022-12-31'),
    expect: { 'reserved-ideburen': 'not-allowed', 'lov-reserved-ideburen': 'not-allowed' },
  },
  {
    name: 'From 2023-01-01 elderly care may be reserved for an idéburen organisation, subject to the unverified CPV list of 19 kap. 25 a § LOU',
    source: UHM_IDEBUREN,
    case: elderlyCare('2023-01-01'),
    expect: { 'reserved-ideburen': 'allowed-if' },
  },
  {
    name: 'An organisation under a municipality’s controlling influence is not idéburen for the reservation',
    source: 'lag (2022:900) 3 §; ' + UHM_BILAGA2,
    case: elderlyCare('2023-03-01', { ...MISSION, publicControllingInfluence: true }),
    expect: { 'reserved-ideburen': 'not-allowed', 'lov-reserved-ideburen': 'not-allowed' },
  },
  {
    name: 'An organisation whose purpose is not exclusively for the public benefit is not idéburen',
    source: 'lag (2022:900) 2 §',
    case: elderlyCare('2023-03-01', { ...MISSION, publicBenefitPurposeOnly: false }),
    expect: { 'reserved-ideburen': 'not-allowed' },
  },
  {
    name: 'An organisation that makes value transfers beyond those allowed cannot take part in the idéburen reservation',
    source: 'lag (2022:900) 8 §',
    case: elderlyCare('2023-03-01', { ...MISSION, valueTransfersOnlyAllowed: false }),
    expect: { 'reserved-ideburen': 'not-allowed' },
  },
  {
    name: 'Without a service, whether the idéburen reservation is open stays undetermined',
    source: UHM_IDEBUREN,
    case: { ...elderlyCare('2023-03-01'), subject: { type: 'services' } },
    expect: { 'reserved-ideburen': 'undetermined', 'reserved-mission-based': 'undetermined' },
  },
];
