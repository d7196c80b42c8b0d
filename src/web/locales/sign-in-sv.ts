import type { SignInMessages } from './sign-in-messages';

/** Inloggningens och registreringens texter på svenska. */
export const signInSv: SignInMessages = {
  errorPrefix: 'Fel:',
  summaryTitle: 'Det finns ett problem',
  signIn: {
    title: 'Logga in',
    lead: 'Logga in för att spara ärenden och arbeta med dem tillsammans med din organisation.',
    email: 'E-postadress',
    password: 'Lösenord',
    button: 'Logga in',
    failed:
      'E-postadressen eller lösenordet stämmer inte. Kontrollera båda och försök igen, eller återställ lösenordet.',
    forgotPassword: 'Har du glömt lösenordet?',
    noAccount: 'Har du inget konto?',
    signUpLink: 'Skapa ett konto för dig och din organisation',
    organisationHeading: 'Logga in via din organisation',
    organisationLead:
      'Har din organisation en egen inloggning (OpenID Connect)? Skriv din e-postadress, så skickas du vidare dit.',
    organisationButton: 'Fortsätt till organisationens inloggning',
    signedOut: 'Du är utloggad.',
    sessionEnded: 'Du har blivit utloggad. Logga in igen för att fortsätta.',
  },
  signUp: {
    title: 'Skapa konto',
    lead: 'Skapa ett konto för dig och din organisation. Du blir ägare av organisationen och kan sedan bjuda in kollegor.',
    personHeading: 'Du',
    name: 'Namn',
    email: 'E-postadress',
    emailHint:
      'Du loggar in med den. Vi skickar bara mejl om ditt konto, till exempel för att återställa lösenordet.',
    password: 'Lösenord',
    passwordHint: (min) =>
      `Minst ${min} tecken. En mening av flera ord är lätt att minnas och svår att gissa.`,
    passwordConfirm: 'Lösenordet en gång till',
    organisationHeading: 'Din organisation',
    organisationLead:
      'Offentliga organisationer, idéburna organisationer och sociala företag kan alla ha konton.',
    organisationName: 'Organisationens namn',
    orgnr: 'Organisationsnummer',
    orgnrHint: 'Tio siffror, till exempel 212000-1355. Kontrollsiffran kontrolleras.',
    kind: 'Sorts organisation',
    kinds: {
      'public-body': 'Offentlig organisation (kommun, region, myndighet, kommunalt bolag)',
      ideburen: 'Idéburen organisation (förening, stiftelse, trossamfund)',
      'social-enterprise': 'Socialt företag',
    },
    chooseKind: 'Välj',
    button: 'Skapa konto',
    haveAccount: 'Har du redan ett konto?',
    signInLink: 'Logga in',
    emailTaken:
      'Det går inte att skapa ett konto med den här e-postadressen. Har du redan ett konto kan du logga in eller återställa lösenordet.',
    orgnrTaken:
      'Organisationen finns redan i samverka. Be någon som är ägare av den att bjuda in dig.',
    privacyNote: 'Vi sparar ditt namn och din e-postadress för att du ska kunna logga in.',
    privacyLink: 'Läs om personuppgifter och integritet',
  },
};
