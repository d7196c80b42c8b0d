// Texts of the sign-in and sign-up pages.
import type { Lang } from '../../engine/index';
import { signInEn } from './sign-in-en';
import { signInSv } from './sign-in-sv';

/** The sign-in and sign-up pages' texts in one language. */
export interface SignInMessages {
  errorPrefix: string;
  summaryTitle: string;
  signIn: {
    title: string;
    lead: string;
    email: string;
    password: string;
    button: string;
    /** Never says which of the two was wrong: that would tell whether the account exists. */
    failed: string;
    forgotPassword: string;
    noAccount: string;
    signUpLink: string;
    organisationHeading: string;
    organisationLead: string;
    organisationButton: string;
    signedOut: string;
    sessionEnded: string;
  };
  signUp: {
    title: string;
    lead: string;
    personHeading: string;
    name: string;
    email: string;
    emailHint: string;
    password: string;
    passwordHint: (min: number) => string;
    passwordConfirm: string;
    organisationHeading: string;
    organisationLead: string;
    organisationName: string;
    orgnr: string;
    orgnrHint: string;
    kind: string;
    kinds: { 'public-body': string; ideburen: string; 'social-enterprise': string };
    chooseKind: string;
    button: string;
    haveAccount: string;
    signInLink: string;
    /** Shown for an address or number that is taken, without saying more. */
    emailTaken: string;
    orgnrTaken: string;
    privacyNote: string;
    privacyLink: string;
  };
}

const CATALOGUE: Readonly<Record<Lang, SignInMessages>> = { sv: signInSv, en: signInEn };

/** The sign-in texts in `lang`. */
export function signInMessages(lang: Lang): SignInMessages {
  return CATALOGUE[lang];
}
