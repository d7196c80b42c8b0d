import type { AccountMessages } from './account-messages';

// Times are shown in Swedish time whatever the server's time zone.
const DATE_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  dateStyle: 'long',
  timeStyle: 'short',
});

/** Kontots, lösenordsåterställningens och raderingens texter på svenska. */
export const accountSv: AccountMessages = {
  errorPrefix: 'Fel:',
  summaryTitle: 'Det finns ett problem',
  account: {
    title: 'Ditt konto',
    lead: 'Dina uppgifter, din inloggning och dina personuppgifter.',
    detailsHeading: 'Uppgifter',
    name: 'Namn',
    email: 'E-postadress',
    language: 'Språk i mejl från samverka',
    languages: { sv: 'Svenska', en: 'Engelska' },
    organisationsHeading: 'Organisationer',
    noOrganisations: 'Du är inte medlem i någon organisation.',
    roles: { owner: 'ägare', editor: 'redigerare', reader: 'läsare' },
    sessionHeading: 'Inloggningen',
    sessionEnds: (at) =>
      `Din inloggning slutar gälla den ${DATE_TIME.format(at)} om du inte använder samverka innan dess.`,
    sessionRule: (idle, max) =>
      `En inloggning slutar gälla efter ${idle} timmar utan aktivitet och senast ${max} timmar efter att du loggade in.`,
    signedInWith: 'Du loggade in med',
    methods: {
      password: 'e-post och lösenord',
      oidc: 'organisationens egen inloggning',
      invitation: 'en inbjudan',
      'sign-up': 'registreringen av kontot',
      'password-reset': 'en länk för att återställa lösenordet',
    },
    changeDetailsHeading: 'Ändra namn och språk',
    saveDetails: 'Spara',
    detailsSaved: 'Dina uppgifter är sparade.',
    passwordHeading: 'Byt lösenord',
    currentPassword: 'Nuvarande lösenord',
    newPassword: 'Nytt lösenord',
    newPasswordHint: (min) =>
      `Minst ${min} tecken. När du byter lösenord loggas du ut överallt utom här.`,
    newPasswordConfirm: 'Det nya lösenordet en gång till',
    changePassword: 'Byt lösenord',
    passwordChanged: 'Lösenordet är bytt. Du är utloggad överallt utom här.',
    currentPasswordWrong: 'Lösenordet stämmer inte. Skriv ditt nuvarande lösenord.',
    noPassword:
      'Du loggar in via din organisations egen inloggning och har inget lösenord i samverka. Vill du också kunna logga in med lösenord kan du skapa ett med en länk som skickas till din e-post.',
    noPasswordLink: 'Skapa ett lösenord',
    everywhereHeading: 'Logga ut överallt',
    everywhereLead:
      'Loggar ut dig i alla webbläsare och på alla enheter där du är inloggad, också här. Gör det om du har loggat in på en dator som andra använder, eller tror att någon annan kommit åt ditt konto.',
    everywhereButton: 'Logga ut överallt',
    dataHeading: 'Dina personuppgifter',
    dataLead:
      'Ladda ner allt samverka sparar om dig: kontot, medlemskap, inloggningar, ärenden du skapat, anteckningar du skrivit, beslut du fattat och det du gjort enligt organisationernas loggar.',
    dataLink: 'Ladda ner mina uppgifter (JSON)',
    privacyLink: 'Så behandlar samverka personuppgifter',
    deleteHeading: 'Radera kontot',
    deleteLead: 'Raderar ditt konto och dina personuppgifter. Det går inte att ångra.',
    deleteLink: 'Radera mitt konto',
  },
  deletion: {
    title: 'Radera ditt konto',
    lead: 'Det här händer när du raderar kontot. Det går inte att ångra.',
    consequences: [
      'Ditt namn, din e-postadress och ditt lösenord raderas, och du loggas ut överallt.',
      'Du lämnar alla organisationer du är medlem i.',
      'Ärenden du skapat och anteckningar du skrivit finns kvar hos organisationen, men utan att visa vem som skrev dem.',
      'Beslut du fattat behåller ditt namn, eftersom namnet på den som beslutade hör till beslutet som handling.',
      'Organisationernas loggar behåller det du gjort, men bara med ett id som inte längre går att koppla till dig.',
      'En organisation där du är den enda medlemmen finns kvar utan medlemmar. Den som driver samverka kan ta bort den.',
    ],
    blocked:
      'Du kan inte radera kontot än: du är den enda ägaren av organisationer som har andra medlemmar. Gör någon annan till ägare först, eller ta bort de andra medlemmarna:',
    blockedNext: 'Hantera medlemmarna',
    password: 'Ditt lösenord',
    passwordHint: 'För att bekräfta att det är du.',
    confirmEmail: 'Din e-postadress',
    confirmEmailHint:
      'Du har inget lösenord i samverka. Skriv din e-postadress för att bekräfta att du vill radera kontot.',
    button: 'Radera mitt konto',
    cancel: 'Avbryt och gå tillbaka till kontot',
    passwordWrong: 'Lösenordet stämmer inte. Skriv ditt lösenord för att radera kontot.',
    emailDiffers: 'Skriv samma e-postadress som ditt konto har.',
    doneTitle: 'Ditt konto är raderat',
    doneBody:
      'Ditt konto och dina personuppgifter är raderade, och du är utloggad. Tack för att du använt samverka.',
    doneHome: 'Till startsidan',
  },
  reset: {
    title: 'Återställ lösenordet',
    lead: 'Skriv e-postadressen du loggar in med. Finns det ett konto skickar vi en länk där du väljer ett nytt lösenord.',
    email: 'E-postadress',
    button: 'Skicka länken',
    sentTitle: 'Titta i din e-post',
    sentBody: (email) =>
      `Om det finns ett konto för ${email} har vi skickat ett mejl dit med en länk för att välja ett nytt lösenord.`,
    sentAdvice: (minutes) =>
      `Länken gäller i ${minutes} minuter och kan användas en gång. Kommer inget mejl, kontrollera skräpposten och adressen, eller be om en ny länk.`,
    backToSignIn: 'Tillbaka till inloggningen',
    mailSubject: 'Välj ett nytt lösenord i samverka',
    mailBody: (link, minutes) =>
      [
        'Hej!',
        '',
        'Någon, förhoppningsvis du, har bett om att få välja ett nytt lösenord för ditt konto i samverka. Öppna länken för att göra det:',
        '',
        link,
        '',
        `Länken gäller i ${minutes} minuter och kan användas en gång. När du har valt ett nytt lösenord loggas du ut överallt.`,
        '',
        'Har du inte bett om det kan du strunta i det här mejlet. Ditt lösenord är oförändrat.',
      ].join('\n'),
    linkTitle: 'Välj ett nytt lösenord',
    linkLead: (email) =>
      `Välj ett nytt lösenord för ${email}. Du loggas ut överallt och loggas sedan in här.`,
    newPassword: 'Nytt lösenord',
    newPasswordHint: (min) =>
      `Minst ${min} tecken. En mening av flera ord är lätt att minnas och svår att gissa.`,
    newPasswordConfirm: 'Det nya lösenordet en gång till',
    setButton: 'Spara det nya lösenordet',
    invalidTitle: 'Länken går inte att använda',
    invalidBody:
      'Länken är redan använd, har slutat gälla (den gäller en timme) eller är inte fullständig. Be om en ny länk.',
    requestAgain: 'Be om en ny länk',
  },
  export: {
    fileName: 'samverka-mina-uppgifter',
  },
};
