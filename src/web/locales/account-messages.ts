// Texts of the account page, password reset, the personal data export and account deletion.
import type { Lang } from '../../engine/index';
import { accountEn } from './account-en';
import { accountSv } from './account-sv';

/** The texts in one language. */
export interface AccountMessages {
  errorPrefix: string;
  summaryTitle: string;
  account: {
    title: string;
    lead: string;
    detailsHeading: string;
    name: string;
    email: string;
    language: string;
    languages: { sv: string; en: string };
    organisationsHeading: string;
    noOrganisations: string;
    roles: { owner: string; editor: string; reader: string };
    sessionHeading: string;
    /** Shown in Swedish time whatever the server's time zone. */
    sessionEnds: (at: Date) => string;
    sessionRule: (idleHours: number, maxHours: number) => string;
    signedInWith: string;
    methods: {
      password: string;
      oidc: string;
      invitation: string;
      'sign-up': string;
      'password-reset': string;
    };
    changeDetailsHeading: string;
    saveDetails: string;
    detailsSaved: string;
    passwordHeading: string;
    currentPassword: string;
    newPassword: string;
    newPasswordHint: (min: number) => string;
    newPasswordConfirm: string;
    changePassword: string;
    passwordChanged: string;
    /** The current password typed to change it is not right. */
    currentPasswordWrong: string;
    /** For accounts that sign in only through an identity provider. */
    noPassword: string;
    noPasswordLink: string;
    everywhereHeading: string;
    everywhereLead: string;
    everywhereButton: string;
    dataHeading: string;
    dataLead: string;
    dataLink: string;
    privacyLink: string;
    deleteHeading: string;
    deleteLead: string;
    deleteLink: string;
  };
  deletion: {
    title: string;
    lead: string;
    consequences: string[];
    /** The organisations that keep the person from deleting the account. */
    blocked: string;
    blockedNext: string;
    password: string;
    passwordHint: string;
    confirmEmail: string;
    confirmEmailHint: string;
    button: string;
    cancel: string;
    passwordWrong: string;
    emailDiffers: string;
    doneTitle: string;
    doneBody: string;
    doneHome: string;
  };
  reset: {
    title: string;
    lead: string;
    email: string;
    button: string;
    sentTitle: string;
    /** The same answer whether or not the address has an account. */
    sentBody: (email: string) => string;
    sentAdvice: (minutes: number) => string;
    backToSignIn: string;
    mailSubject: string;
    mailBody: (link: string, minutes: number) => string;
    linkTitle: string;
    linkLead: (email: string) => string;
    newPassword: string;
    newPasswordHint: (min: number) => string;
    newPasswordConfirm: string;
    setButton: string;
    invalidTitle: string;
    invalidBody: string;
    requestAgain: string;
  };
  export: {
    /** The file name of the download, without extension. */
    fileName: string;
  };
}

const CATALOGUE: Readonly<Record<Lang, AccountMessages>> = { sv: accountSv, en: accountEn };

/** The account texts in `lang`. */
export function accountMessages(lang: Lang): AccountMessages {
  return CATALOGUE[lang];
}
