// The case the tests of saved cases save again and again: a municipality's services bought from an
// ideell förening that may take part in a procurement reserved for idéburna organisationer.
import { stateFromCase, writePermalink } from '../domain/interview/index';
import type { Case } from '../rules/index';

/** A candidate for a procurement reserved for idéburna organisationer, starting 2022-06-01. */
export const IDEBUREN_CANDIDATE: Case = {
  startDate: '2022-06-01',
  buyer: { kind: 'municipality' },
  subject: { type: 'services', cpv: ['85311000-2'] },
  estimatedValueSek: 3_000_000,
  counterpart: {
    legalForm: 'ideell-forening',
    registeredIdeburen: true,
    publicBenefitPurposeOnly: true,
    publicControllingInfluence: false,
    valueTransfersOnlyAllowed: true,
  },
};

/** The guide's permalink query for IDEBUREN_CANDIDATE. */
export const IDEBUREN_CANDIDATE_PERMALINK = writePermalink(stateFromCase(IDEBUREN_CANDIDATE));
