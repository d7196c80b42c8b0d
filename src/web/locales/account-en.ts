import type { AccountMessages } from './account-messages';

// Times are shown in Swedish time whatever the server's time zone.
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Stockholm',
  dateStyle: 'long',
  timeStyle: 'short',
});

/** The account, password reset and deletion texts in English. */
export const accountEn: AccountMessages = {
  errorPrefix: 'Error:',
  summaryTitle: 'There is a problem',
  account: {
    title: 'Your account',
    lead: 'Your details, your sign-in and your personal data.',
    detailsHeading: 'Details',
    name: 'Name',
    email: 'Email address',
    language: 'Language of mail from samverka',
    languages: { sv: 'Swedish', en: 'English' },
    organisationsHeading: 'Organisations',
    noOrganisations: 'You are not a member of any organisation.',
    roles: { owner: 'owner', editor: 'editor', reader: 'reader' },
    sessionHeading: 'Your sign-in',
    sessionEnds: (at) =>
      `Your sign-in ends on ${DATE_TIME.format(at)} unless you use samverka before then.`,
    sessionRule: (idle, max) =>
      `A sign-in ends after ${idle} hours without activity, and at the latest ${max} hours after you signed in.`,
    signedInWith: 'You signed in with',
    methods: {
      password: 'email and password',
      oidc: "your organisation's own sign-in",
      invitation: 'an invitation',
      'sign-up': 'the creation of the account',
      'password-reset': 'a password reset link',
    },
    changeDetailsHeading: 'Change name and language',
    saveDetails: 'Save',
    detailsSaved: 'Your details are saved.',
    passwordHeading: 'Change password',
    currentPassword: 'Current password',
    newPassword: 'New password',
    newPasswordHint: (min) =>
      `At least ${min} characters. Changing it signs you out everywhere except here.`,
    newPasswordConfirm: 'The new password again',
    changePassword: 'Change password',
    passwordChanged: 'Your password is changed. You are signed out everywhere except here.',
    currentPasswordWrong: 'The password is not right. Enter your current password.',
    noPassword:
      "You sign in through your organisation's own sign-in and have no password in samverka. If you also want to sign in with a password, you can create one with a link sent to your email.",
    noPasswordLink: 'Create a password',
    everywhereHeading: 'Sign out everywhere',
    everywhereLead:
      'Signs you out in every browser and on every device where you are signed in, this one included. Do it if you signed in on a computer others use, or think someone else has got into your account.',
    everywhereButton: 'Sign out everywhere',
    dataHeading: 'Your personal data',
    dataLead:
      "Download everything samverka keeps about you: the account, memberships, sign-ins, cases you created, notes you wrote, decisions you made and what you did according to the organisations' logs.",
    dataLink: 'Download my data (JSON)',
    privacyLink: 'How samverka handles personal data',
    deleteHeading: 'Delete the account',
    deleteLead: 'Deletes your account and your personal data. It cannot be undone.',
    deleteLink: 'Delete my account',
  },
  deletion: {
    title: 'Delete your account',
    lead: 'This is what happens when you delete the account. It cannot be undone.',
    consequences: [
      'Your name, email address and password are deleted, and you are signed out everywhere.',
      'You leave every organisation you are a member of.',
      'Cases you created and notes you wrote stay with the organisation, without showing who wrote them.',
      'Decisions you made keep your name, because the name of whoever decided is part of the decision as a record.',
      "The organisations' logs keep what you did, but only with an id that can no longer be linked to you.",
      'An organisation where you are the only member remains without members. Whoever runs samverka can remove it.',
    ],
    blocked:
      'You cannot delete the account yet: you are the only owner of organisations that have other members. Make someone else an owner first, or remove the other members:',
    blockedNext: 'Manage the members',
    password: 'Your password',
    passwordHint: 'To confirm that it is you.',
    confirmEmail: 'Your email address',
    confirmEmailHint:
      'You have no password in samverka. Enter your email address to confirm that you want to delete the account.',
    button: 'Delete my account',
    cancel: 'Cancel and go back to the account',
    passwordWrong: 'The password is not right. Enter your password to delete the account.',
    emailDiffers: 'Enter the email address your account has.',
    doneTitle: 'Your account is deleted',
    doneBody:
      'Your account and your personal data are deleted, and you are signed out. Thank you for using samverka.',
    doneHome: 'To the home page',
  },
  reset: {
    title: 'Reset your password',
    lead: 'Enter the email address you sign in with. If there is an account, we will send a link where you choose a new password.',
    email: 'Email address',
    button: 'Send the link',
    sentTitle: 'Check your email',
    sentBody: (email) =>
      `If there is an account for ${email}, we have sent a mail there with a link to choose a new password.`,
    sentAdvice: (minutes) =>
      `The link works for ${minutes} minutes and can be used once. If no mail arrives, check your spam folder and the address, or ask for a new link.`,
    backToSignIn: 'Back to the sign-in page',
    mailSubject: 'Choose a new password in samverka',
    mailBody: (link, minutes) =>
      [
        'Hello,',
        '',
        'Someone, hopefully you, has asked to choose a new password for your account in samverka. Open the link to do so:',
        '',
        link,
        '',
        `The link works for ${minutes} minutes and can be used once. Once you have chosen a new password you are signed out everywhere.`,
        '',
        'If you did not ask for this, you can ignore this mail. Your password is unchanged.',
      ].join('\n'),
    linkTitle: 'Choose a new password',
    linkLead: (email) =>
      `Choose a new password for ${email}. You will be signed out everywhere and then signed in here.`,
    newPassword: 'New password',
    newPasswordHint: (min) =>
      `At least ${min} characters. A sentence of several words is easy to remember and hard to guess.`,
    newPasswordConfirm: 'The new password again',
    setButton: 'Save the new password',
    invalidTitle: 'The link cannot be used',
    invalidBody:
      'The link has been used already, has expired (it works for an hour) or is not complete. Ask for a new link.',
    requestAgain: 'Ask for a new link',
  },
  export: {
    fileName: 'samverka-my-data',
  },
};
