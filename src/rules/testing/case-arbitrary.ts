/**
 * fast-check generators of valid cases, for the property tests: every field may be missing or
 * null, dates span every rule set, and CPV codes are drawn from codes that exercise each list.
 */
import fc from 'fast-check';
import { fromDayNumber, toDayNumber } from '../../engine';
import {
  BUYER_KINDS,
  CROSS_BORDER_INTEREST,
  INITIATORS,
  LEGAL_FORMS,
  SUBJECT_TYPES,
  type Case,
} from '../case';

/** CPV codes (with check digit) that fall in and out of bilaga 2, art. 77, LOV and bilaga 2 a. */
export const SAMPLE_CPV = [
  '90910000-9', // cleaning: none of the lists
  '85311100-3', // elderly care: bilaga 2, art. 77, LOV
  '85311000-2', // social work with accommodation
  '85311300-5', // child welfare: art. 77, not LOV
  '85320000-8', // social services
  '92000000-1', // recreational, cultural, sporting: bilaga 2 only
  '98310000-9', // laundry: none
  '79611000-0', // job search: bilaga 2, LOV, bilaga 2 a
  '80000000-4', // education: bilaga 2
  '80110000-8', // pre-school education: art. 77
  '75200000-8', // community services: bilaga 2 a
  '45000000-7', // construction works
  '30192000-1', // office supplies
] as const;

const orNull = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 3 });
const optional = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 3, arbitrary: orNull(arb) });

const isoDate = fc
  .integer({ min: toDayNumber('2014-07-01'), max: toDayNumber('2029-12-31') })
  .map(fromDayNumber);

/** Boundary-heavy start dates: every regime change and the days around it. */
export const BOUNDARY_DATES = [
  '2014-07-01',
  '2015-12-31',
  '2016-01-01',
  '2016-12-31',
  '2017-01-01',
  '2017-12-31',
  '2018-01-01',
  '2018-12-31',
  '2019-01-01',
  '2021-12-31',
  '2022-01-01',
  '2022-01-31',
  '2022-02-01',
  '2022-06-30',
  '2022-07-01',
  '2022-12-31',
  '2023-01-01',
  '2023-12-31',
  '2024-01-01',
  '2025-12-31',
  '2026-01-01',
  '2027-12-31',
  '2028-01-01',
] as const;

const startDate = fc.oneof(isoDate, fc.constantFrom(...BOUNDARY_DATES));

const amount = fc.oneof(
  fc.integer({ min: 0, max: 20_000_000 }),
  fc.constantFrom(
    0,
    100_000,
    505_800,
    615_312,
    626_284,
    700_000,
    700_001,
    2_156_469,
    7_802_550,
    8_109_450,
  ),
);

/** A valid case v1 with any mix of known and unknown facts. */
export const caseArbitrary: fc.Arbitrary<Case> = fc
  .record(
    {
      startDate,
      buyer: optional(
        fc.record({ kind: optional(fc.constantFrom(...BUYER_KINDS)) }, { requiredKeys: [] }),
      ),
      subject: optional(
        fc.record(
          {
            type: optional(fc.constantFrom(...SUBJECT_TYPES)),
            cpv: optional(fc.array(fc.constantFrom(...SAMPLE_CPV), { minLength: 1, maxLength: 3 })),
            lovScope: optional(fc.boolean()),
          },
          { requiredKeys: [] },
        ),
      ),
      estimatedValueSek: optional(amount),
      durationMonths: optional(fc.integer({ min: 0, max: 120 })),
      sameKindPurchasesThisFinancialYearSek: optional(fc.integer({ min: 0, max: 2_000_000 })),
      relationship: optional(
        fc.record(
          {
            publicPaysForServicesItDefines: optional(fc.boolean()),
            supportsOrganisationsOwnActivity: optional(fc.boolean()),
            organisationContributesOwnResources: optional(fc.boolean()),
            mutualObligationsEnforceable: optional(fc.boolean()),
            initiatedBy: optional(fc.constantFrom(...INITIATORS)),
            marketExists: optional(fc.boolean()),
          },
          { requiredKeys: [] },
        ),
      ),
      counterpart: optional(
        fc.record(
          {
            legalForm: optional(fc.constantFrom(...LEGAL_FORMS)),
            registeredIdeburen: optional(fc.boolean()),
            publicBenefitPurposeOnly: optional(fc.boolean()),
            publicControllingInfluence: optional(fc.boolean()),
            valueTransfersOnlyAllowed: optional(fc.boolean()),
            mainAimWorkIntegration: optional(fc.boolean()),
            shareDisadvantagedStaff: optional(fc.constantFrom(0, 0.2, 0.29, 0.3, 0.35, 1)),
            reinvestsProfits: optional(fc.boolean()),
            participatoryGovernance: optional(fc.boolean()),
            awardedSameServiceReservedLast3Years: optional(fc.boolean()),
          },
          { requiredKeys: [] },
        ),
      ),
      crossBorderInterest: optional(fc.constantFrom(...CROSS_BORDER_INTEREST)),
    },
    { requiredKeys: ['startDate'] },
  )
  .map((c) => JSON.parse(JSON.stringify(c)) as Case);

/** The values a question about `field` can be answered with. */
export function answersFor(field: string): unknown[] {
  switch (field) {
    case 'buyer.kind':
      return [...BUYER_KINDS];
    case 'subject.type':
      return [...SUBJECT_TYPES];
    case 'subject.cpv':
      return SAMPLE_CPV.map((c) => [c]);
    case 'estimatedValueSek':
      return [0, 100_000, 700_000, 700_001, 3_000_000, 20_000_000];
    case 'sameKindPurchasesThisFinancialYearSek':
      return [0, 500_000, 5_000_000];
    case 'counterpart.shareDisadvantagedStaff':
      return [0, 0.29, 0.3, 1];
    default:
      return [true, false];
  }
}

export { withAnswer } from '../answers';
