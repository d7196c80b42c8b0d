/** Cases for early dialogue and social considerations. */
import type { RuleCase } from '../testing/rule-case';

/** Early dialogue and social considerations cases. */
export const GENERAL_CASES: RuleCase[] = [
  {
    name: 'Early dialogue is open in 2014 under the principles of 1 kap. 9 § LOU (2007:1091)',
    source: 'http://docplayer.se/131028-Smartare-inkop-genom-tidig-dialog.html',
    case: { startDate: '2014-09-01' },
    expect: { 'early-dialogue': 'allowed-if', 'social-considerations': 'allowed-if' },
  },
  {
    name: 'Social considerations are open on 2022-06-30, before the proposed obligation of Ds 2021:31 would apply',
    source: 'LOU 4 kap. 3 §; https://lagen.nu/ds/2021:31',
    case: { startDate: '2022-06-30' },
    expect: { 'social-considerations': 'allowed-if', 'early-dialogue': 'allowed-if' },
  },
  {
    name: 'Social considerations are open on 2022-07-01 too, with a warning that the proposed obligation is not verified',
    source: 'LOU 4 kap. 3 §; https://lagen.nu/ds/2021:31',
    case: { startDate: '2022-07-01' },
    expect: { 'social-considerations': 'allowed-if' },
  },
  {
    name: 'Early dialogue is open before a reserved procurement for idéburna organisationer in 2024',
    source: 'LOU 4 kap. 1 §; http://docplayer.se/131028-Smartare-inkop-genom-tidig-dialog.html',
    case: {
      startDate: '2024-02-01',
      buyer: { kind: 'region' },
      subject: { type: 'services', cpv: ['85311100-3'] },
    },
    expect: { 'early-dialogue': 'allowed-if' },
  },
];
