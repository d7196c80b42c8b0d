/**
 * The rule sets: which provisions govern a procurement, chosen by the day it started.
 *
 * Each rule set is named for the day its regime starts (OpenFisca style) and lists, as data,
 * the provisions that exist in it. The forms read these provisions; none of them compares dates.
 * Superseded rule sets stay: a procurement started under them is still governed by them
 * (transition rule: övergångsbestämmelse p. 2 to the 2022 amendments, prop. 2021/22:5 pp. 179–180).
 */
import type { Citation, Dated, IsoDate, Localized } from '../../engine';
import { valueOn } from '../../engine';
import {
  directive2014_24,
  lou2007,
  lou2016,
  lov,
  luf2007,
  luf2016,
  prop2013_14_133,
} from '../sources/citations';

/** How procurements below the thresholds (and of bilaga 2 services) are run. */
export type NationalProcedures = 'named-procedures' | 'own-design';

/** How the CPV list of special services is known for the rule set. */
export type SpecialServicesList = 'b-services-not-covered' | 'bilaga-2';

/** What the law of one period provides, as data. */
export interface RuleSetProvisions {
  id: string;
  label: Localized;
  /** The act applied to authorities and to utilities, with its SFS number. */
  lou: { act: 'LOU'; sfs: string; citation: Citation };
  luf: { act: 'LUF'; sfs: string; citation: Citation };
  /** The chapter for advertised procurement below the thresholds and for special services. */
  national: { procedures: NationalProcedures; lou: Citation[]; luf: Citation[] };
  /** Thresholds chapter. */
  thresholds: { lou: Citation; luf: Citation };
  /** Direct award: the provision and whether the limit is a share of a threshold or fixed. */
  directAward: { lou: Citation[]; luf: Citation[]; basis: 'share-of-threshold' | 'fixed-amount' };
  /** From 2022-02-01 the direct-award limit for bilaga 2 services equals their threshold. */
  bilaga2DirectAwardIsThreshold: boolean;
  /** The list that decides whether a service is a special service. */
  specialServices: SpecialServicesList;
  /** Rules for special services above the threshold (advertising in TED and more). */
  bilaga2AboveThreshold: Citation[];
  /** The welfare-services regime of 2019-01-01 .. 2022-01-31 (bilaga 2 a). */
  welfareServices: { advertising: Citation[] } | null;
  /** The directive procedures above the thresholds. */
  directiveProcedures: Citation[];
  /** General principles (equal treatment, transparency, proportionality …). */
  principles: Citation[];
  /** Social and environmental considerations, special contract conditions. */
  socialConsiderations: Citation[];
  innovationPartnership: Citation[] | null;
  reservedWorkIntegration: Citation[] | null;
  reservedMissionBased: Citation[] | null;
  reservedIdeburen: Citation[] | null;
  lov: Citation[];
  lovReservedIdeburen: Citation[] | null;
}

const louIn = (sfs: '2007:1091' | '2016:1145') => (sfs === '2007:1091' ? lou2007 : lou2016);

const lou2014: RuleSetProvisions = {
  id: 'lou-2014-07',
  label: {
    sv: 'LOU (2007:1091) och LUF (2007:1092) med direktupphandlingsgränser på 28 % och 26 %',
    en: 'LOU (2007:1091) and LUF (2007:1092) with direct-award limits of 28 % and 26 %',
  },
  lou: { act: 'LOU', sfs: '2007:1091', citation: lou2007({ chapter: '1', section: '1' }) },
  luf: { act: 'LUF', sfs: '2007:1092', citation: luf2007({ chapter: '1', section: '1' }) },
  national: {
    procedures: 'named-procedures',
    lou: [lou2007({ chapter: '15' })],
    luf: [luf2007({ chapter: '15' })],
  },
  thresholds: { lou: lou2007({ chapter: '3' }), luf: luf2007({ chapter: '3' }) },
  directAward: {
    lou: [lou2007({ chapter: '15', section: '3' }), prop2013_14_133],
    luf: [luf2007({ chapter: '15' }), prop2013_14_133],
    basis: 'share-of-threshold',
  },
  bilaga2DirectAwardIsThreshold: false,
  specialServices: 'b-services-not-covered',
  bilaga2AboveThreshold: [lou2007({ chapter: '15' })],
  welfareServices: null,
  directiveProcedures: [lou2007({ chapter: '4' })],
  principles: [lou2007({ chapter: '1', section: '9' })],
  socialConsiderations: [
    lou2007({ chapter: '1', section: '9 a' }),
    lou2007({ chapter: '6', section: '13' }),
  ],
  innovationPartnership: null,
  reservedWorkIntegration: null,
  reservedMissionBased: null,
  reservedIdeburen: null,
  lov: [lov({ chapter: '1', section: '1' })],
  lovReservedIdeburen: null,
};

const lou2017: RuleSetProvisions = {
  id: 'lou-2017-01',
  label: {
    sv: 'LOU (2016:1145) och LUF (2016:1146) med det äldre 19 kap.',
    en: 'LOU (2016:1145) and LUF (2016:1146) with the former chapter 19',
  },
  lou: { act: 'LOU', sfs: '2016:1145', citation: lou2016({ chapter: '1', section: '1' }) },
  luf: { act: 'LUF', sfs: '2016:1146', citation: luf2016({ chapter: '1', section: '1' }) },
  national: {
    procedures: 'named-procedures',
    lou: [lou2016({ chapter: '19' })],
    luf: [luf2016({ chapter: '19', section: '5' }), luf2016({ chapter: '19', section: '6' })],
  },
  thresholds: { lou: louIn('2016:1145')({ chapter: '5' }), luf: luf2016({ chapter: '5' }) },
  directAward: {
    lou: [lou2016({ chapter: '19', section: '7' }), prop2013_14_133],
    luf: [luf2016({ chapter: '19', section: '4' }), prop2013_14_133],
    basis: 'share-of-threshold',
  },
  bilaga2DirectAwardIsThreshold: false,
  specialServices: 'bilaga-2',
  bilaga2AboveThreshold: [
    lou2016({ chapter: '19', section: '3', paragraph: '2' }),
    lou2016({ chapter: '10', section: '1' }),
  ],
  welfareServices: null,
  directiveProcedures: [lou2016({ chapter: '6' })],
  principles: [lou2016({ chapter: '4', section: '1' })],
  socialConsiderations: [lou2016({ chapter: '4', section: '3' }), lou2016({ chapter: '17' })],
  innovationPartnership: [
    lou2016({ chapter: '6', section: '23' }),
    lou2016({ chapter: '6', section: '24' }),
  ],
  reservedWorkIntegration: [lou2016({ chapter: '4', section: '18' })],
  reservedMissionBased: null,
  reservedIdeburen: null,
  lov: [lov({ chapter: '1', section: '1' })],
  lovReservedIdeburen: null,
};

const lou2019: RuleSetProvisions = {
  ...lou2017,
  id: 'lou-2019-01',
  label: {
    sv: 'LOU (2016:1145) med regler för välfärdstjänster (bilaga 2 a, SFS 2018:1159)',
    en: 'LOU (2016:1145) with rules for welfare services (bilaga 2 a, SFS 2018:1159)',
  },
  welfareServices: { advertising: [lou2016({ chapter: '19', section: '36' })] },
  reservedMissionBased: [lou2016({ chapter: '19', section: '6 a' }), directive2014_24('art. 77')],
};

const lou2022: RuleSetProvisions = {
  ...lou2017,
  id: 'lou-2022-02',
  label: {
    sv: 'LOU (2016:1145) med nya 19 kap. och 19 a kap. (prop. 2021/22:5)',
    en: 'LOU (2016:1145) with the new chapters 19 and 19 a (prop. 2021/22:5)',
  },
  national: {
    procedures: 'own-design',
    lou: [lou2016({ chapter: '19' })],
    luf: [luf2016({ chapter: '19' })],
  },
  directAward: {
    lou: [lou2016({ chapter: '19 a' })],
    luf: [luf2016({ chapter: '19 a' })],
    basis: 'fixed-amount',
  },
  bilaga2DirectAwardIsThreshold: true,
  reservedMissionBased: [lou2016({ chapter: '19', section: '25' }), directive2014_24('art. 77')],
};

const lou2023: RuleSetProvisions = {
  ...lou2022,
  id: 'lou-2023-01',
  label: {
    sv: 'LOU (2016:1145) och LOV (2008:962) med reservation för idéburna organisationer (prop. 2021/22:135)',
    en: 'LOU (2016:1145) and LOV (2008:962) with reservation for idea-driven organisations (prop. 2021/22:135)',
  },
  reservedIdeburen: [lou2016({ chapter: '19', section: '25 a' })],
  lovReservedIdeburen: [lov({ chapter: '1', section: '2 a' })],
};

const VERIFIED_ON = '2026-11-26';

/** The rule sets by the start date of the procurement; superseded ones stay. */
export const RULE_SETS: readonly Dated<RuleSetProvisions>[] = [
  {
    validFrom: '2014-07-01',
    validTo: '2016-12-31',
    value: lou2014,
    citations: [lou2007({ chapter: '15', section: '3' })],
    sources: [
      'https://lagen.nu/prop/2013/14:133',
      'https://www.avropa.se/ovrigt/Lagar-och-forordningar/',
    ],
    verifiedOn: VERIFIED_ON,
  },
  {
    validFrom: '2017-01-01',
    validTo: '2018-12-31',
    value: lou2017,
    citations: [lou2016({ chapter: '1', section: '1' })],
    sources: ['https://rkrattsbaser.gov.se/prop?page=58&post_id=1790'],
    verifiedOn: VERIFIED_ON,
  },
  {
    validFrom: '2019-01-01',
    validTo: '2022-01-31',
    value: lou2019,
    citations: [lou2016({ chapter: '19', section: '6 a' })],
    sources: [
      'https://www.jpinfonet.se/kunskap/nyheter4/nya-regler-om-upphandling-av-valfardstjanster/',
      'https://www.upphandlingsmyndigheten.se/regler-och-lagstiftning/regler-for-upphandlingar-paborjade-fore-1-februari-2022/',
    ],
    verifiedOn: VERIFIED_ON,
  },
  {
    validFrom: '2022-02-01',
    validTo: '2022-12-31',
    value: lou2022,
    citations: [lou2016({ chapter: '19 a' })],
    sources: [
      'https://www.upphandlingsmyndigheten.se/regler-och-lagstiftning/nya-upphandlingsregler/',
      'https://www.konkurrensverket.se/informationsmaterial/nyhetsarkiv/nya-upphandlingsregler-fran-1-februari/',
    ],
    verifiedOn: VERIFIED_ON,
  },
  {
    validFrom: '2023-01-01',
    validTo: null,
    value: lou2023,
    citations: [lou2016({ chapter: '19', section: '25 a' }), lov({ chapter: '1', section: '2 a' })],
    sources: [
      'https://www.riksdagen.se/sv/dokument-och-lagar/dokument/betankande/ideburen-valfard_H901FiU28/html/',
      'https://lagar.nj.se/halso-och-sjukvard/SFS2022-0901',
    ],
    verifiedOn: VERIFIED_ON,
  },
];

/** The rule set governing a procurement started on `date`, if samverka covers that date. */
export function ruleSetFor(date: IsoDate): Dated<RuleSetProvisions> | undefined {
  return valueOn(RULE_SETS, date);
}
