/**
 * State-aid ceilings that a grant or an IOP to an organisation with economic activity must stay
 * under, per undertaking over a rolling three-year period, by the day the aid is granted.
 * A `null` value ends a series: the current regulations apply to 2030-12-31.
 */
import type { Dated } from '../../engine';
import {
  deMinimis2013,
  deMinimis2023,
  sgeiDeMinimis2012,
  sgeiDeMinimis2023,
} from '../sources/citations';

const VERIFIED_ON = '2026-11-26';
const SOURCES_2023 = [
  'http://data.europa.eu/eli/reg/2023/2831/oj',
  'https://www.mlgts.pt/en/knowledge/legal-alerts/Legal-Alert-Increase-of-the-de-minimis-regulation-and-the-de-minimis-regulation-for-SGEI-exemption/24748/',
];

/** General de minimis ceiling in EUR. */
export const DE_MINIMIS_EUR: readonly Dated<number | null>[] = [
  {
    validFrom: '2014-01-01',
    validTo: '2023-12-31',
    value: 200_000,
    citations: [deMinimis2013('art. 3')],
    sources: [
      'https://www.upphandlingsmyndigheten.se/statsstod/forordning-om-stod-av-mindre-betydelse/',
    ],
    verifiedOn: VERIFIED_ON,
  },
  {
    validFrom: '2024-01-01',
    validTo: '2030-12-31',
    value: 300_000,
    citations: [deMinimis2023('art. 3')],
    sources: SOURCES_2023,
    verifiedOn: VERIFIED_ON,
  },
  {
    validFrom: '2031-01-01',
    validTo: null,
    value: null,
    citations: [deMinimis2023('art. 3')],
    sources: SOURCES_2023,
    verifiedOn: VERIFIED_ON,
  },
];

/** De minimis ceiling for services of general economic interest (SGEI), in EUR. */
export const SGEI_DE_MINIMIS_EUR: readonly Dated<number | null>[] = [
  {
    validFrom: '2012-04-29',
    validTo: '2023-12-31',
    value: 500_000,
    citations: [sgeiDeMinimis2012('art. 2')],
    sources: [
      'https://www.mondaq.com:443/antitrust-eu-competition/1407306/new-rules-for-de-minimis-state-aid',
    ],
    verifiedOn: VERIFIED_ON,
  },
  {
    validFrom: '2024-01-01',
    validTo: '2030-12-31',
    value: 750_000,
    citations: [sgeiDeMinimis2023('art. 2')],
    sources: SOURCES_2023,
    verifiedOn: VERIFIED_ON,
  },
  {
    validFrom: '2031-01-01',
    validTo: null,
    value: null,
    citations: [sgeiDeMinimis2023('art. 2')],
    sources: SOURCES_2023,
    verifiedOn: VERIFIED_ON,
  },
];
