import type { OidcMessages } from './oidc-messages';

/** Sign-in through the organisation's identity provider, in English. */
export const oidcEn: OidcMessages = {
  errorPrefix: 'Error:',
  summaryTitle: 'There is a problem',
  start: {
    title: 'Sign in through your organisation',
    lead: 'Does your organisation have its own sign-in (OpenID Connect)? Enter your email address at the organisation and you will be sent there.',
    email: 'Email address',
    emailHint: 'Your address at the organisation, for example name@kommun.se.',
    button: "Continue to your organisation's sign-in",
    unknownDomain: (domain) =>
      `No organisation in samverka signs in through its own sign-in with addresses ending in @${domain}. Check the address, or sign in with your email and password.`,
    passwordInstead: 'Sign in with email and password',
    unavailable:
      "The organisation's sign-in is not answering just now. Try again in a while, or sign in with your email and password.",
  },
  onward: {
    title: (organisation) => `Sign in at ${organisation}`,
    lead: (organisation, host) =>
      `${organisation} signs its staff in through ${host}. Sign in there as you usually do at the organisation, and you will then come back here.`,
    button: (host) => `Continue to ${host}`,
    expires: (minutes) =>
      `The link works for ${minutes} minutes. If it has stopped working, start again from the sign-in page.`,
    back: 'Back to the sign-in page',
  },
  failure: {
    title: 'Signing in through the organisation did not work',
    reasons: {
      'bad-state':
        'The sign-in does not belong to this browser, has been used already or has expired (it works for ten minutes). Start again from the sign-in page.',
      denied:
        "The sign-in was cancelled or refused at the organisation's sign-in. Start again if you want to try once more.",
      'provider-failed':
        "The organisation's sign-in gave an answer that could not be trusted, or did not answer. Try again in a while. If it goes on, ask whoever runs the organisation's sign-in to check its settings.",
      'email-missing':
        "The organisation's sign-in did not tell your email address. Ask whoever runs it to send the address (the email claim).",
      'email-unverified':
        "The organisation's sign-in says that your email address is not confirmed. Confirm it there and try again.",
      'domain-mismatch':
        "Your email address at the organisation's sign-in is not in the organisation's domain. Sign in with an address at the organisation.",
      'account-not-linked':
        'There is already an account with this email address, but it is not a member of the organisation. Sign in with your email and password, or ask an owner of the organisation to invite you.',
    },
    again: 'Start again from the sign-in page',
    passwordInstead: 'Sign in with email and password',
  },
  settings: {
    title: "Sign-in through the organisation's identity provider",
    lead: "Staff with an address in the organisation's domain can sign in through the organisation's own sign-in (OpenID Connect). The first time they sign in they become members with the role you choose here.",
    none: 'The organisation has no sign-in of its own yet.',
    current: (domain, issuer) => `Addresses ending in @${domain} now sign in through ${issuer}.`,
    redirectHeading: 'Address to register at the identity provider',
    redirectLead:
      'Register samverka as a client (web application, authorization code with PKCE) at the identity provider, with this address as its redirect URI:',
    formHeading: 'Settings',
    emailDomain: 'Email domain',
    emailDomainHint: "The part after @ in the staff's addresses, for example kommun.se.",
    issuer: 'Issuer address',
    issuerHint: 'Begins with https://. samverka reads /.well-known/openid-configuration under it.',
    clientId: 'Client id',
    clientSecret: 'Client secret',
    clientSecretHint: 'Leave it empty if the client has no secret (a public client).',
    clientSecretKeepHint: 'Leave it empty to keep the secret that is stored. It is never shown.',
    defaultRole: 'Role of new members',
    defaultRoleHint: 'The role a member of staff gets the first time they sign in.',
    roles: {
      owner: 'Owner',
      editor: 'Editor',
      reader: 'Reader',
    },
    save: 'Save the settings',
    saved: 'The settings are saved.',
    removeHeading: 'Remove the sign-in',
    removeLead:
      "Staff can then no longer sign in through the organisation's sign-in. Their accounts and memberships remain.",
    removeButton: "Remove the organisation's sign-in",
    removed: "The organisation's sign-in is removed.",
    problems: {
      domainFormat: 'Enter a domain like kommun.se, without @ and without spaces.',
      domainTaken: 'Another organisation already signs in with addresses in this domain.',
      issuerFormat: 'Enter a full address like https://login.kommun.se, without ? or #.',
      issuerHttps: 'The address must begin with https:// (http works only on this machine).',
      issuerUnreachable:
        'No identity provider answered at the address. Check that it is the issuer address and that /.well-known/openid-configuration can be reached under it.',
      roleUnknown: 'Choose one of the roles.',
    },
  },
};
