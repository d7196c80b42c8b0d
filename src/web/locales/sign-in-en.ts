import type { SignInMessages } from './sign-in-messages';

/** The sign-in and sign-up texts in English. */
export const signInEn: SignInMessages = {
  errorPrefix: 'Error:',
  summaryTitle: 'There is a problem',
  signIn: {
    title: 'Sign in',
    lead: 'Sign in to save cases and work on them together with your organisation.',
    email: 'Email address',
    password: 'Password',
    button: 'Sign in',
    failed:
      'The email address or the password is not right. Check both and try again, or reset your password.',
    forgotPassword: 'Forgotten your password?',
    noAccount: 'No account yet?',
    signUpLink: 'Create an account for yourself and your organisation',
    organisationHeading: 'Sign in through your organisation',
    organisationLead:
      'Does your organisation have its own sign-in (OpenID Connect)? Enter your email address and you will be sent there.',
    organisationButton: "Continue to your organisation's sign-in",
    signedOut: 'You are signed out.',
    sessionEnded: 'You have been signed out. Sign in again to continue.',
  },
  signUp: {
    title: 'Create an account',
    lead: 'Create an account for yourself and your organisation. You become its owner and can then invite colleagues.',
    personHeading: 'You',
    name: 'Name',
    email: 'Email address',
    emailHint:
      'You sign in with it. We only send mail about your account, such as a password reset.',
    password: 'Password',
    passwordHint: (min) =>
      `At least ${min} characters. A sentence of several words is easy to remember and hard to guess.`,
    passwordConfirm: 'The password again',
    organisationHeading: 'Your organisation',
    organisationLead:
      'Public bodies, idea-driven organisations and social enterprises can all have accounts.',
    organisationName: "The organisation's name",
    orgnr: 'Organisation number (organisationsnummer)',
    orgnrHint: 'Ten digits, for example 212000-1355. The check digit is checked.',
    kind: 'Kind of organisation',
    kinds: {
      'public-body': 'Public body (municipality, region, agency, municipal company)',
      ideburen: 'Idea-driven organisation (association, foundation, faith community)',
      'social-enterprise': 'Social enterprise',
    },
    chooseKind: 'Choose',
    button: 'Create the account',
    haveAccount: 'Already have an account?',
    signInLink: 'Sign in',
    emailTaken:
      'An account cannot be created with this email address. If you already have an account, sign in or reset your password.',
    orgnrTaken: 'The organisation is already in samverka. Ask one of its owners to invite you.',
    privacyNote: 'We keep your name and email address so that you can sign in.',
    privacyLink: 'Read about personal data and privacy',
  },
};
