// Texts of sign-in through an organisation's identity provider and of its settings page.
import type { Lang } from '../../engine/index';
import { oidcEn } from './oidc-en';
import { oidcSv } from './oidc-sv';

/** Why a sign-in through a provider did not finish, as the failure page tells it. */
export type OidcFailureReason =
  | 'bad-state'
  | 'denied'
  | 'provider-failed'
  | 'email-missing'
  | 'email-unverified'
  | 'domain-mismatch'
  | 'account-not-linked';

/** The texts in one language. */
export interface OidcMessages {
  errorPrefix: string;
  summaryTitle: string;
  start: {
    title: string;
    lead: string;
    email: string;
    emailHint: string;
    button: string;
    /** No organisation has a provider for the address's domain; says nothing about accounts. */
    unknownDomain: (domain: string) => string;
    passwordInstead: string;
    /** The provider could not be reached to begin the sign-in. */
    unavailable: string;
  };
  /** The page between the form and the provider (see oidc-routes.ts for why there is one). */
  onward: {
    title: (organisation: string) => string;
    lead: (organisation: string, host: string) => string;
    button: (host: string) => string;
    expires: (minutes: number) => string;
    back: string;
  };
  failure: {
    title: string;
    reasons: Record<OidcFailureReason, string>;
    again: string;
    passwordInstead: string;
  };
  settings: {
    title: string;
    lead: string;
    none: string;
    current: (domain: string, issuer: string) => string;
    redirectHeading: string;
    redirectLead: string;
    formHeading: string;
    emailDomain: string;
    emailDomainHint: string;
    issuer: string;
    issuerHint: string;
    clientId: string;
    clientSecret: string;
    clientSecretHint: string;
    clientSecretKeepHint: string;
    defaultRole: string;
    defaultRoleHint: string;
    roles: { owner: string; editor: string; reader: string };
    save: string;
    saved: string;
    removeHeading: string;
    removeLead: string;
    removeButton: string;
    removed: string;
    problems: {
      domainFormat: string;
      domainTaken: string;
      issuerFormat: string;
      issuerHttps: string;
      issuerUnreachable: string;
      roleUnknown: string;
    };
  };
}

const CATALOGUE: Readonly<Record<Lang, OidcMessages>> = { sv: oidcSv, en: oidcEn };

/** The texts of sign-in through an identity provider in `lang`. */
export function oidcMessages(lang: Lang): OidcMessages {
  return CATALOGUE[lang];
}
