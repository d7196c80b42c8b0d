/**
 * The case v1: the facts of one planned procurement or collaboration, as `spec/case.schema.json`
 * defines them. Every field but `startDate` may be missing or `null`, which means unknown: the
 * rules never guess an unknown fact.
 */

/** The kinds of buyer the rules distinguish (LOU authorities and LUF entities). */
export const BUYER_KINDS = [
  'central-government',
  'municipality',
  'region',
  'municipal-company',
  'other-contracting-authority',
  'utility',
] as const;
/** One of {@link BUYER_KINDS}. */
export type BuyerKind = (typeof BUYER_KINDS)[number];

/** What is bought: services, supplies or works. */
export const SUBJECT_TYPES = ['services', 'supplies', 'works'] as const;
/** One of {@link SUBJECT_TYPES}. */
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/** Legal forms of the counterpart, as the spec names them. */
export const LEGAL_FORMS = [
  'ideell-forening',
  'stiftelse',
  'ekonomisk-forening',
  'svb-aktiebolag',
  'aktiebolag',
  'trossamfund',
  'other',
] as const;
/** One of {@link LEGAL_FORMS}. */
export type LegalForm = (typeof LEGAL_FORMS)[number];

/** Who took the initiative to the collaboration. */
export const INITIATORS = ['buyer', 'organisation', 'joint'] as const;
/** One of {@link INITIATORS}. */
export type Initiator = (typeof INITIATORS)[number];

/** Whether the contract is of definite cross-border interest. */
export const CROSS_BORDER_INTEREST = ['likely', 'unlikely'] as const;
/** One of {@link CROSS_BORDER_INTEREST}. */
export type CrossBorderInterest = (typeof CROSS_BORDER_INTEREST)[number];

/** The buying organisation. */
export interface Buyer {
  kind?: BuyerKind | null;
  name?: string | null;
  orgnr?: string | null;
}

/** What the buyer wants done or bought. */
export interface Subject {
  type?: SubjectType | null;
  /** CPV 2008 codes with check digit, e.g. `85311000-2`. */
  cpv?: string[] | null;
  description?: string | null;
  /** Users choose freely among all approved providers. */
  lovScope?: boolean | null;
}

/** The facts that separate a grant or an IOP from a public contract. */
export interface Relationship {
  publicPaysForServicesItDefines?: boolean | null;
  supportsOrganisationsOwnActivity?: boolean | null;
  organisationContributesOwnResources?: boolean | null;
  mutualObligationsEnforceable?: boolean | null;
  initiatedBy?: Initiator | null;
  marketExists?: boolean | null;
}

/** The organisation the buyer wants to work with, if one is known. */
export interface Counterpart {
  name?: string | null;
  orgnr?: string | null;
  legalForm?: LegalForm | null;
  registeredIdeburen?: boolean | null;
  publicBenefitPurposeOnly?: boolean | null;
  publicControllingInfluence?: boolean | null;
  valueTransfersOnlyAllowed?: boolean | null;
  mainAimWorkIntegration?: boolean | null;
  /** Share (0..1) of staff who are disabled or far from the labour market. */
  shareDisadvantagedStaff?: number | null;
  reinvestsProfits?: boolean | null;
  participatoryGovernance?: boolean | null;
  awardedSameServiceReservedLast3Years?: boolean | null;
}

/** A case v1. */
export interface Case {
  title?: string | null;
  /** The day the procurement or collaboration starts (YYYY-MM-DD). */
  startDate: string;
  buyer?: Buyer | null;
  subject?: Subject | null;
  /** Whole term incl. options and extensions, excl. VAT. */
  estimatedValueSek?: number | null;
  durationMonths?: number | null;
  /** Earlier direct awards of the same kind in the same financial year. */
  sameKindPurchasesThisFinancialYearSek?: number | null;
  relationship?: Relationship | null;
  counterpart?: Counterpart | null;
  crossBorderInterest?: CrossBorderInterest | null;
}
