// Texts of the privacy page: what samverka stores about people, why, for how long, and how to
// get it or have it deleted. The numbers come from the code that enforces them.
import type { Lang } from '../../engine/index';
import { privacyEn } from './privacy-en';
import { privacySv } from './privacy-sv';

/** The limits the page states, as the code sets them. */
export interface PrivacyFacts {
  sessionIdleHours: number;
  sessionMaxHours: number;
  signInWindowMinutes: number;
  resetLinkMinutes: number;
  oidcFlowMinutes: number;
  housekeepingMinutes: number;
  rateLimitHours: number;
}

/** One row of the table of what is stored. */
export interface StoredDataRow {
  what: string;
  why: string;
  howLong: string;
}

/** The texts in one language. */
export interface PrivacyMessages {
  title: string;
  lead: string;
  controllerHeading: string;
  controller: string[];
  storedHeading: string;
  storedCaption: string;
  columns: { what: string; why: string; howLong: string };
  stored: (facts: PrivacyFacts) => StoredDataRow[];
  legalBasisHeading: string;
  legalBasis: string[];
  sharingHeading: string;
  sharing: string[];
  cookiesHeading: string;
  cookiesLead: string;
  /** What each cookie is for; the page pairs them with the cookies' names. */
  cookies: {
    session: (facts: PrivacyFacts) => string;
    anonymous: string;
    oidc: (facts: PrivacyFacts) => string;
  };
  cookieColumns: { name: string; purpose: string };
  rightsHeading: string;
  rights: string[];
  exportLink: string;
  deleteLink: string;
  afterDeletionHeading: string;
  afterDeletion: string[];
  complaint: string;
}

const CATALOGUE: Readonly<Record<Lang, PrivacyMessages>> = { sv: privacySv, en: privacyEn };

/** The privacy page's texts in `lang`. */
export function privacyMessages(lang: Lang): PrivacyMessages {
  return CATALOGUE[lang];
}
