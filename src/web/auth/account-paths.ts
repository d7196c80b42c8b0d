// The addresses of the account areas, in one place for the routes, the links and the tests.

/** Paths of the pages that need or manage an account. */
export const ACCOUNT_PATHS = {
  signIn: '/logga-in',
  signOut: '/logga-ut',
  signUp: '/registrera',
  account: '/konto',
  signOutEverywhere: '/konto/logga-ut-overallt',
  changePassword: '/konto/losenord',
  personalDataExport: '/konto/mina-uppgifter.json',
  deleteAccount: '/konto/radera',
  passwordReset: '/aterstall-losenord',
  /** followed by /{token} */
  passwordResetLink: '/aterstall-losenord',
  privacy: '/integritet',
  organisation: '/organisation',
  switchOrganisation: '/organisation/byt',
  newOrganisation: '/organisation/ny',
  members: '/organisation/medlemmar',
  invitations: '/organisation/inbjudningar',
  /** followed by /{token} */
  invitation: '/inbjudan',
  apiTokens: '/organisation/api-nycklar',
  auditLog: '/organisation/logg',
  identityProvider: '/organisation/inloggning',
  oidcStart: '/logga-in/organisation',
  oidcCallback: '/logga-in/organisation/svar',
  cases: '/arenden',
} as const;
