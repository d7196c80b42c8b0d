/**
 * Cases for direct award, advertised procurement and innovation partnership. Each name states the
 * situation and the answer; `source` names where the answer comes from.
 */
import type { Case } from '../case';
import type { RuleCase } from '../testing/rule-case';

const KKV_OLD =
  'https://www.konkurrensverket.se/upphandling/lagar-och-regler/troskelvarden/gamla-troskelvarden/';
const UHM_2024 =
  'https://www.upphandlingsmyndigheten.se/regler-och-lagstiftning/troskelvarden-och-direktupphandlingsgranser';
const PROP_2013 = 'prop. 2013/14:133; https://www.byggvarlden.se/hojd-grans-for-direktupphandling/';
const REFORM_2022 =
  '19 a kap. LOU; https://www.upphandlingsmyndigheten.se/regler-och-lagstiftning/nya-upphandlingsregler/';

function cleaning(startDate: string, value: number | null, earlier: number | null = 0): Case {
  return {
    startDate,
    buyer: { kind: 'municipality' },
    subject: { type: 'services', cpv: ['90910000-9'] },
    estimatedValueSek: value,
    sameKindPurchasesThisFinancialYearSek: earlier,
  };
}

function care(
  startDate: string,
  value: number,
  kind: 'municipality' | 'utility' = 'municipality',
  cpv = '85311100-3',
): Case {
  return {
    startDate,
    buyer: { kind },
    subject: { type: 'services', cpv: [cpv] },
    estimatedValueSek: value,
    sameKindPurchasesThisFinancialYearSek: 0,
  };
}

/** Direct award, advertised procurement and innovation partnership cases. */
export const PROCUREMENT_CASES: RuleCase[] = [
  {
    name: 'From 2014-07-01 a municipality may award a 505 800 SEK purchase directly: the limit is 28 % of 1 806 427 SEK, at most 505 800 SEK',
    source: PROP_2013,
    case: cleaning('2014-07-01', 505_800),
    expect: { 'direct-award': 'allowed', 'advertised-procurement': 'allowed' },
    expectRegime: {
      ruleSet: 'lou-2014-07',
      act: 'LOU 2007:1091',
      directAwardLimitSek: 505_800,
      thresholdSek: 1_806_427,
      aboveThreshold: false,
    },
  },
  {
    name: 'On 2014-07-01 one krona above the 505 800 SEK limit closes direct award',
    source: PROP_2013,
    case: cleaning('2014-07-01', 505_801),
    expect: { 'direct-award': 'not-allowed' },
  },
  {
    name: 'On 2015-12-31 a 520 000 SEK purchase is above the 505 800 SEK limit',
    source: PROP_2013,
    case: cleaning('2015-12-31', 520_000),
    expect: { 'direct-award': 'not-allowed' },
    expectRegime: { directAwardLimitSek: 505_800 },
  },
  {
    name: 'On 2016-01-01 the same 520 000 SEK purchase is within the new limit of 534 890 SEK',
    source: 'https://xeeda.se/nya-troskelvarden-for-upphandling-enligt-lou/',
    case: cleaning('2016-01-01', 520_000),
    expect: { 'direct-award': 'allowed' },
    expectRegime: { directAwardLimitSek: 534_890, thresholdSek: 1_910_323 },
  },
  {
    name: 'On 2017-12-31 a 550 000 SEK purchase is above the 534 890 SEK limit of 19 kap. 7 § LOU',
    source: 'https://xeeda.se/nya-troskelvarden-for-upphandling-enligt-lou/',
    case: cleaning('2017-12-31', 550_000),
    expect: { 'direct-award': 'not-allowed' },
    expectRegime: { ruleSet: 'lou-2017-01', act: 'LOU 2016:1145', directAwardLimitSek: 534_890 },
  },
  {
    name: 'On 2018-01-01 the same 550 000 SEK purchase is within the new limit of 586 907 SEK',
    source:
      'https://www.konkurrensverket.se/upphandling/om-lagstiftningen/troskelvarden/troskelvarden-och-direktupphandlingsgranser-1-januari-201831-december-2019/',
    case: cleaning('2018-01-01', 550_000),
    expect: { 'direct-award': 'allowed' },
    expectRegime: { directAwardLimitSek: 586_907, thresholdSek: 2_096_097 },
  },
  {
    name: 'On 2019-12-31 a 600 000 SEK purchase is above the 586 907 SEK limit',
    source: KKV_OLD,
    case: cleaning('2019-12-31', 600_000),
    expect: { 'direct-award': 'not-allowed' },
  },
  {
    name: 'On 2020-01-01 the same 600 000 SEK purchase is within the new limit of 615 312 SEK',
    source: KKV_OLD,
    case: cleaning('2020-01-01', 600_000),
    expect: { 'direct-award': 'allowed' },
    expectRegime: { directAwardLimitSek: 615_312, thresholdSek: 2_197_545 },
  },
  {
    name: 'On 2021-12-31 a 620 000 SEK purchase is above the 615 312 SEK limit',
    source: KKV_OLD,
    case: cleaning('2021-12-31', 620_000),
    expect: { 'direct-award': 'not-allowed' },
  },
  {
    name: 'On 2022-01-01 the new thresholds raise the old 28 % limit to 626 284 SEK, so 620 000 SEK may be awarded directly',
    source:
      'https://skr.se/skr/ekonomijuridik/juridik/upphandlingjuridik/nyhetsarkivupphandling/rattsfallupphandlingsomradet/troskelvardenahojsden1januari2022.59867.html',
    case: cleaning('2022-01-01', 620_000),
    expect: { 'direct-award': 'allowed' },
    expectRegime: { ruleSet: 'lou-2019-01', directAwardLimitSek: 626_284, thresholdSek: 2_236_731 },
  },
  {
    name: 'From 2022-02-01 a purchase of exactly 700 000 SEK is within the fixed limit, which the statute words "uppgår till högst"',
    source: REFORM_2022,
    case: cleaning('2022-02-01', 700_000),
    expect: { 'direct-award': 'allowed' },
    expectRegime: { ruleSet: 'lou-2022-02', directAwardLimitSek: 700_000 },
  },
  {
    name: 'In 2023 a purchase of 700 001 SEK is above the fixed 700 000 SEK limit',
    source: REFORM_2022,
    case: cleaning('2023-06-01', 700_001),
    expect: { 'direct-award': 'not-allowed', 'advertised-procurement': 'allowed' },
  },
  {
    name: 'Earlier direct awards of the same kind in the financial year count: 400 000 SEK after 400 000 SEK already bought exceeds 700 000 SEK',
    source: 'https://www.konkurrensverket.se/upphandling/utan-annonsering/direktupphandling/',
    case: cleaning('2023-06-01', 400_000, 400_000),
    expect: { 'direct-award': 'not-allowed' },
  },
  {
    name: 'When earlier purchases of the same kind are unknown, a 300 000 SEK direct award stays undetermined and asks for them',
    source: 'https://www.konkurrensverket.se/upphandling/utan-annonsering/direktupphandling/',
    case: cleaning('2023-06-01', 300_000, null),
    expect: { 'direct-award': 'undetermined' },
    expectQuestions: ['sameKindPurchasesThisFinancialYearSek'],
  },
  {
    name: 'Without a value, direct award is undetermined and asks for the value',
    source: REFORM_2022,
    case: cleaning('2023-06-01', null),
    expect: { 'direct-award': 'undetermined', 'advertised-procurement': 'allowed' },
    expectQuestions: ['estimatedValueSek'],
  },
  {
    name: 'A utility may award 1 100 000 SEK directly in 2023 under the LUF limit of 1 200 000 SEK',
    source: 'https://sinfra.se/nya-regler-for-upphandling-enligt-luf/',
    case: { ...cleaning('2023-06-01', 1_100_000), buyer: { kind: 'utility' } },
    expect: { 'direct-award': 'allowed' },
    expectRegime: { act: 'LUF 2016:1146', directAwardLimitSek: 1_200_000, thresholdSek: 4_483_865 },
  },
  {
    name: 'In January 2022 a utility still had the old 26 % limit of 1 165 804 SEK',
    source:
      'https://skr.se/skr/ekonomijuridik/juridik/upphandlingjuridik/nyhetsarkivupphandling/rattsfallupphandlingsomradet/troskelvardenahojsden1januari2022.59867.html',
    case: { ...cleaning('2022-01-20', 1_170_000), buyer: { kind: 'utility' } },
    expect: { 'direct-award': 'not-allowed' },
    expectRegime: { directAwardLimitSek: 1_165_804 },
  },
  {
    name: 'From 2022-02-01 elderly care (bilaga 2) worth 5 MSEK may be awarded directly: the limit equals the 7 802 550 SEK threshold',
    source:
      'https://www.upphandlingsmyndigheten.se/frageportalen/1767411/sociala-tjanster-och-andra-sarskilda-tjanster-anno/',
    case: care('2022-06-01', 5_000_000),
    expect: { 'direct-award': 'allowed' },
    expectRegime: {
      bilaga2: true,
      directAwardLimitSek: 7_802_550,
      thresholdSek: 7_802_550,
      aboveThreshold: false,
    },
  },
  {
    name: 'In 2021 elderly care worth 5 MSEK is above both the general limit and the welfare-services advertising exemption, so it may not be awarded directly',
    source: KKV_OLD,
    case: care('2021-06-01', 5_000_000),
    expect: { 'direct-award': 'not-allowed' },
  },
  {
    name: 'In 2020 job-search services (a welfare service of bilaga 2 a) worth 2 MSEK fall under the 2 156 469 SEK advertising exemption',
    source:
      'https://skr.se/ekonomijuridikstatistik/juridik/upphandling/nyhetsarkivupphandling/rattsfallupphandlingsomradet/nyaregleromupphandlingavvalfardstjansterfranjanuari2019.24474.html',
    case: care('2020-06-01', 2_000_000, 'municipality', '79611000-0'),
    expect: { 'direct-award': 'allowed' },
    expectRegime: { directAwardLimitSek: 2_156_469, bilaga2: true },
  },
  {
    name: 'In 2021 elderly care worth 1 MSEK is undetermined: whether it is a welfare service of bilaga 2 a is not in the data samverka holds',
    source:
      'https://www.upphandlingsmyndigheten.se/regler-och-lagstiftning/regler-for-upphandlingar-paborjade-fore-1-februari-2022/bilaga-2-a-forteckning-over-valfardstjanster/',
    case: care('2021-06-01', 1_000_000),
    expect: { 'direct-award': 'undetermined' },
  },
  {
    name: 'In 2026 a 1 MSEK bilaga 2 purchase may be awarded directly only if below the SEK equivalent of EUR 750 000, which is not verified',
    source:
      'Delegated Regulation (EU) 2025/2152; https://www.mondaq.com/ireland/government-contracts-procurement-ppp/1696870/public-procurement-thresholds-for-2026-2027',
    case: care('2026-03-01', 1_000_000),
    expect: { 'direct-award': 'allowed-if' },
    expectRegime: {
      thresholdSek: null,
      directAwardLimitSek: null,
      aboveThreshold: null,
      bilaga2: true,
    },
  },
  {
    name: 'In 2026 a 500 000 SEK cleaning purchase is within the 700 000 SEK limit, with a warning that no source confirms the limit after 2025',
    source: REFORM_2022,
    case: cleaning('2026-03-01', 500_000),
    expect: { 'direct-award': 'allowed' },
    expectRegime: { directAwardLimitSek: 700_000, thresholdSek: null, aboveThreshold: null },
  },
  {
    name: 'A central government authority buying services for 1 600 000 SEK in 2024 is above its threshold of 1 546 202 SEK',
    source: UHM_2024,
    case: { ...cleaning('2024-03-01', 1_600_000), buyer: { kind: 'central-government' } },
    expect: { 'direct-award': 'not-allowed', 'advertised-procurement': 'allowed' },
    expectRegime: { thresholdSek: 1_546_202, aboveThreshold: true },
  },
  {
    name: 'A municipality buying the same services for 1 600 000 SEK in 2024 is below its threshold of 2 389 585 SEK',
    source: UHM_2024,
    case: cleaning('2024-03-01', 1_600_000),
    expect: { 'direct-award': 'not-allowed' },
    expectRegime: { thresholdSek: 2_389_585, aboveThreshold: false },
  },
  {
    name: 'Works for 10 MSEK in 2024 are below the works threshold of 59 880 179 SEK but above the direct-award limit',
    source: UHM_2024,
    case: {
      startDate: '2024-03-01',
      buyer: { kind: 'municipality' },
      subject: { type: 'works', cpv: ['45000000-7'] },
      estimatedValueSek: 10_000_000,
      sameKindPurchasesThisFinancialYearSek: 0,
    },
    expect: { 'direct-award': 'not-allowed' },
    expectRegime: { thresholdSek: 59_880_179, aboveThreshold: false, bilaga2: false },
  },
  {
    name: 'Before 2017 the innovation partnership did not exist in LOU',
    source: 'LOU (2016:1145) 6 kap. 23–24 §§, in force 2017-01-01',
    case: { ...cleaning('2016-06-01', 2_000_000), relationship: { marketExists: false } },
    expect: { 'innovation-partnership': 'not-allowed' },
  },
  {
    name: 'An innovation partnership fits a service the market does not offer',
    source: 'LOU (2016:1145) 6 kap. 23–24 §§',
    case: { ...cleaning('2023-06-01', 2_000_000), relationship: { marketExists: false } },
    expect: { 'innovation-partnership': 'allowed-if' },
  },
  {
    name: 'An innovation partnership does not fit a service others already sell',
    source: 'LOU (2016:1145) 6 kap. 23–24 §§',
    case: { ...cleaning('2023-06-01', 2_000_000), relationship: { marketExists: true } },
    expect: { 'innovation-partnership': 'not-allowed' },
  },
  {
    name: 'Whether an innovation partnership fits stays open until it is known whether the market offers the service',
    source: 'LOU (2016:1145) 6 kap. 23–24 §§',
    case: cleaning('2023-06-01', 2_000_000),
    expect: { 'innovation-partnership': 'undetermined' },
  },
];
