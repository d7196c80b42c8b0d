// The privacy page in English. An organisation or operator that runs samverka adapts the section
// on who is responsible (controller) and how to reach them; the rest describes what the software
// itself stores and does.
import type { PrivacyMessages } from './privacy-messages';

/** The privacy page in English. */
export const privacyEn: PrivacyMessages = {
  title: 'Personal data and privacy',
  lead: 'What samverka stores about you, why, for how long, and how to get it or have it deleted.',
  controllerHeading: 'Who is responsible',
  controller: [
    'samverka is free software that each organisation or operator runs itself. Whoever runs this service is the controller of the accounts and sign-ins.',
    'Each organisation in samverka is responsible for its own cases, notes and decisions, as for the other records of its work.',
    'If you have questions about your personal data, contact whoever runs the service or your organisation.',
  ],
  storedHeading: 'What is stored and why',
  storedCaption: 'Data samverka stores, why and for how long',
  columns: { what: 'Data', why: 'Why', howLong: 'How long' },
  stored: (f) => [
    {
      what: 'Your account: name, email address, language of mail, when the account was created, and your password as an argon2id hash (the password itself is never stored).',
      why: 'So that you can sign in, and so that your colleagues see who did what.',
      howLong: 'Until you delete the account.',
    },
    {
      what: 'Memberships: which organisations you belong to and your role in each.',
      why: 'The role decides what you may see and do in the organisation.',
      howLong: 'Until you leave the organisation or delete the account.',
    },
    {
      what: 'Sign-ins (sessions): a random id (as a hash only), how and when you signed in, when you were last active, and which organisation you work in.',
      why: 'To keep you signed in from page to page.',
      howLong: `A sign-in ends after ${f.sessionIdleHours} hours without activity and at the latest after ${f.sessionMaxHours} hours. It is removed within ${f.housekeepingMinutes} minutes after that, and at once when you sign out.`,
    },
    {
      what: 'Failed sign-ins: the email address tried, the IP address and the time.',
      why: 'To stop anyone trying to guess passwords.',
      howLong: `${f.signInWindowMinutes} minutes.`,
    },
    {
      what: 'Counters against abuse: the IP address and a hash of the email address, with the number of requests per hour.',
      why: 'To limit how often anyone can ask for password links, begin sign-ins through an organisation and use the API.',
      howLong: `At most ${f.rateLimitHours} hours.`,
    },
    {
      what: 'Password reset links: the link as a hash, when it was made and whether it was used.',
      why: 'So that only you, with access to your email, can choose a new password.',
      howLong: `A link works for ${f.resetLinkMinutes} minutes and can be used once. It is removed within ${f.housekeepingMinutes} minutes after it was used or expired.`,
    },
    {
      what: "Sign-in through your organisation's own sign-in: during the sign-in, random check values and your language. From the organisation's sign-in, only your email address and name are stored, in the account.",
      why: "To check that the answer from the organisation's sign-in belongs to your sign-in.",
      howLong: `The check values: at most ${f.oidcFlowMinutes} minutes.`,
    },
    {
      what: 'Invitations: the email address invited, the role and who invited.',
      why: 'So that a colleague can join the organisation, and so that the organisation sees who has been invited.',
      howLong:
        'With the organisation. When whoever invited deletes their account, it no longer shows who it was.',
    },
    {
      what: 'Outgoing mail: recipient, subject and text, for example password reset links.',
      why: 'Without a mail server, whoever runs the service reads the mail here and passes it on; with a mail server, it is a record of what was sent.',
      howLong:
        'Until you delete the account, when mail to your address is deleted, or until whoever runs the service clears it.',
    },
    {
      what: 'Cases, notes and decisions: the facts of the collaboration, the text you write, who created or wrote it (as an account id) and the name of whoever made a decision.',
      why: "It is the organisation's handling and record of how it chose to collaborate.",
      howLong:
        'As long as the organisation needs them, under the rules on archiving and disposal that apply to it.',
    },
    {
      what: "The organisation's log: what was done, when, and by which account (as an id only).",
      why: 'So that the organisation can follow up and review who created, changed and decided what.',
      howLong:
        'The log cannot be changed afterwards. It contains no names, so once an account is deleted it no longer shows who did something.',
    },
    {
      what: 'Technical logs: IP address, the page asked for and when.',
      why: 'To run the service and find faults. The secret part of password reset links and of sign-ins through an organisation is not written to the log.',
      howLong: 'As long as whoever runs the service keeps its logs.',
    },
  ],
  legalBasisHeading: 'Legal basis',
  legalBasis: [
    'For public bodies, the data is processed to perform a task in the public interest: handling and documenting how the body collaborates with idea-driven organisations.',
    'For idea-driven organisations and social enterprises, the data is processed on the basis of a legitimate interest: working together in the organisation and being able to show how it reached its decisions.',
    'The data about sign-ins, failed sign-ins and counters is processed to protect the accounts, a legitimate interest of both you and the service.',
  ],
  sharingHeading: 'Who gets the data',
  sharing: [
    'Only the members of an organisation see its cases, and only as their roles allow. Other organisations see nothing.',
    "samverka has no tracking, no visitor statistics and no advertising, and loads nothing from other websites. Mail goes through the mail server chosen by whoever runs the service, and if you sign in through your organisation, that happens at the organisation's own sign-in.",
  ],
  cookiesHeading: 'Cookies',
  cookiesLead:
    'samverka uses only cookies that the service needs to work and to be secure. Scripts cannot read them and they are sent only over secure connections. That is why no consent is asked for.',
  cookies: {
    session: (f) =>
      `Keeps you signed in. Holds a random id. Removed when you sign out, and stops working after ${f.sessionIdleHours} hours without activity.`,
    anonymous:
      'A random value that protects the forms against forged requests (CSRF) before you sign in. Says nothing about who you are.',
    oidc: (f) =>
      `Exists only during a sign-in through your organisation, at most ${f.oidcFlowMinutes} minutes, and ties the answer to your browser.`,
  },
  cookieColumns: { name: 'Cookie', purpose: 'Purpose' },
  rightsHeading: 'Your rights',
  rights: [
    'You can download everything samverka stores about you at any time, as a file.',
    'You can change your name on the account page. To change your email address, contact whoever runs the service.',
    'You can delete your account yourself. If you are the only owner of an organisation with other members, first make someone else an owner.',
    'You can also object to the processing or ask for it to be restricted; contact whoever runs the service or your organisation.',
  ],
  exportLink: 'Download my data',
  deleteLink: 'Delete my account',
  afterDeletionHeading: 'What remains after you delete your account',
  afterDeletion: [
    'Cases you created and notes you wrote stay with the organisation, without saying who wrote them.',
    'Decisions you made keep your name. The name of whoever decided is part of the decision, and the organisation may need to show it, for example in an audit.',
    "The organisation's log keeps what was done, but only with an id that can no longer be linked to you.",
  ],
  complaint:
    'If you think your personal data is handled wrongly, you can complain to the Swedish Authority for Privacy Protection (IMY).',
};
