/**
 * Changes that were proposed but whose enactment samverka has not verified, by the day they would
 * apply. The rules attach a warning on and after that day; they never apply the change.
 */
import type { Dated } from '../../engine';
import { lou2016 } from './citations';

/**
 * Ds 2021:31 proposed that environmental, climate, social and labour-law considerations become
 * mandatory in 4 kap. 3 § LOU from 2022-07-01. Whether and when it was enacted is not verified.
 */
export const MANDATORY_CONSIDERATIONS_PROPOSAL: readonly Dated<boolean>[] = [
  {
    validFrom: '2014-07-01',
    validTo: '2022-06-30',
    value: false,
    citations: [lou2016({ chapter: '4', section: '3' })],
    sources: ['https://lagen.nu/ds/2021:31'],
    verifiedOn: '2026-11-26',
  },
  {
    validFrom: '2022-07-01',
    validTo: null,
    value: true,
    citations: [lou2016({ chapter: '4', section: '3' })],
    sources: ['https://lagen.nu/ds/2021:31'],
    verifiedOn: '2026-11-26',
  },
];
