import type { OrganisationMessages } from './organisation-messages';

// Times are shown in Swedish time whatever the server's time zone.
const DATE_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  dateStyle: 'long',
  timeStyle: 'short',
});
const DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'long' });

const VIA = {
  'sign-up': ' när kontot skapades',
  created: ' när organisationen skapades',
  invitation: ' via en inbjudan',
  oidc: ' via organisationens inloggning',
} as const;

/** Organisationssidornas texter på svenska. */
export const organisationSv: OrganisationMessages = {
  errorPrefix: 'Fel:',
  summaryTitle: 'Det finns ett problem',
  dateTime: (at) => DATE_TIME.format(at),
  date: (at) => DATE.format(at),
  notices: {
    created: 'Organisationen är skapad. Du är dess ägare och arbetar nu i den.',
    switched: 'Du arbetar nu i den här organisationen.',
    'legal-form': 'Den juridiska formen är sparad.',
    joined: 'Välkommen! Du är nu medlem i organisationen.',
    'already-member': 'Du är redan medlem i organisationen. Din roll är oförändrad.',
    role: 'Rollen är ändrad.',
    removed: 'Medlemmen är borttagen ur organisationen.',
    left: 'Du är inte längre medlem i organisationen.',
    'invitation-revoked': 'Inbjudan är återkallad. Länken fungerar inte längre.',
    'token-revoked': 'API-nyckeln är återkallad. Den fungerar inte längre.',
  },
  nav: {
    label: 'Organisationen',
    overview: 'Översikt',
    members: 'Medlemmar',
    invitations: 'Bjud in',
    apiTokens: 'API-nycklar',
    identityProvider: 'Inloggning via organisationen',
    auditLog: 'Logg',
  },
  roles: { owner: 'ägare', editor: 'redaktör', reader: 'läsare' },
  roleHints: {
    owner:
      'Kan göra allt: arbeta med ärenden, bjuda in och ta bort medlemmar, skapa API-nycklar och läsa loggen.',
    editor: 'Kan spara, ändra, arkivera och besluta ärenden.',
    reader: 'Kan läsa ärenden och ladda ner beslutsunderlag.',
  },
  kinds: {
    'public-body': 'Offentlig organisation',
    ideburen: 'Idéburen organisation',
    'social-enterprise': 'Socialt företag',
  },
  legalForms: {
    'ideell-forening': 'Ideell förening',
    stiftelse: 'Stiftelse',
    'ekonomisk-forening': 'Ekonomisk förening',
    'svb-aktiebolag': 'Aktiebolag med särskild vinstutdelningsbegränsning (svb)',
    aktiebolag: 'Aktiebolag',
    trossamfund: 'Registrerat trossamfund',
    other: 'Annan juridisk form',
  },
  scopes: { read: 'Läsa', write: 'Läsa och skriva' },
  scopeHints: {
    read: 'Kan läsa organisationens ärenden och ladda ner beslutsunderlag.',
    write: 'Kan också spara, ändra, arkivera och besluta ärenden.',
  },
  deletedUser: 'borttagen användare',
  you: '(du)',
  overview: {
    title: 'Organisationen',
    orgnr: 'Organisationsnummer',
    noOrgnr: 'Inte angivet',
    kind: 'Sorts organisation',
    legalForm: 'Juridisk form',
    legalFormUnset: 'Inte bekräftad',
    yourRole: 'Din roll',
    legalFormHeading: 'Juridisk form',
    legalFormSuggested: (digit, forms) =>
      `Organisationsnumret börjar med ${digit}. Det tyder på ${forms}. Bekräfta eller välj en annan form.`,
    legalFormNoSuggestion:
      'Organisationsnumret säger inget säkert om den juridiska formen. Välj den som står i registreringsbeviset.',
    legalFormConfirmed: 'Bekräftad av en ägare.',
    legalFormNotConfirmed: 'Inte bekräftad ännu. Förslaget kommer från organisationsnumret.',
    suggestedTag: '(förslag utifrån organisationsnumret)',
    legalFormButton: 'Spara juridisk form',
    legalFormRequired: 'Välj organisationens juridiska form.',
    yourOrganisations: 'Dina organisationer',
    yourOrganisationsLead:
      'Du ser och sparar ärenden i den organisation du arbetar i. Byt om du är medlem i flera.',
    current: 'Du arbetar i den nu',
    switchButton: (name) => `Arbeta i ${name}`,
    createAnother: 'Skapa en organisation till',
    noOrganisationTitle: 'Du är inte medlem i någon organisation',
    noOrganisationLead:
      'Ärenden sparas och delas inom en organisation. Skapa en organisation här, så blir du dess ägare. Ska du arbeta i en organisation som redan finns i samverka? Be någon som är ägare där att bjuda in dig.',
    noOrganisationOthers: 'Du är medlem i de här organisationerna. Välj den du vill arbeta i.',
  },
  create: {
    title: 'Skapa en organisation',
    lead: 'Du blir ägare av den nya organisationen och kan sedan bjuda in kollegor.',
    name: 'Organisationens namn',
    orgnr: 'Organisationsnummer',
    orgnrHint: 'Tio siffror, till exempel 212000-1355. Kontrollsiffran kontrolleras.',
    kind: 'Sorts organisation',
    chooseKind: 'Välj',
    button: 'Skapa organisationen',
    orgnrTaken:
      'Organisationen finns redan i samverka. Be någon som är ägare av den att bjuda in dig.',
  },
  members: {
    title: 'Medlemmar',
    lead: 'Alla medlemmar ser organisationens ärenden. Vad var och en får göra beror på rollen.',
    caption: (organisation) => `Medlemmar i ${organisation}`,
    name: 'Namn',
    email: 'E-postadress',
    role: 'Roll',
    since: 'Medlem sedan',
    actions: 'Ändra',
    roleFor: (name) => `Roll för ${name}`,
    changeRole: 'Spara roll',
    changeRoleFor: (name) => ` för ${name}`,
    remove: 'Ta bort',
    removeFor: (name) => ` ${name}`,
    lastOwner:
      'Organisationen måste ha minst en ägare. Gör först någon annan till ägare, sedan kan du ändra rollen eller ta bort den här ägaren.',
    inviteLink: 'Bjud in en kollega',
    confirmRemoveTitle: (name) => `Ta bort ${name}?`,
    confirmRemoveBody: (name, organisation) =>
      `${name} blir inte längre medlem i ${organisation} och kommer inte åt organisationens ärenden. Vill du att personen ska komma tillbaka behövs en ny inbjudan.`,
    confirmRemoveSelfBody: (organisation) =>
      `Du blir inte längre medlem i ${organisation} och kommer inte åt organisationens ärenden. För att komma tillbaka behöver du en ny inbjudan.`,
    confirmRemoveButton: 'Ja, ta bort',
  },
  invitations: {
    title: 'Bjud in',
    lead: 'Den du bjuder in får en länk med e-post. Länken fungerar en gång och i sju dagar.',
    email: 'E-postadress',
    emailHint: 'Adressen som inbjudan skickas till.',
    role: 'Roll',
    button: 'Skicka inbjudan',
    roleRequired: 'Välj vilken roll personen ska få.',
    alreadyMember: 'Personen med den här adressen är redan medlem i organisationen.',
    pendingHeading: 'Inbjudningar som väntar',
    pendingCaption: 'Inbjudningar som inte har använts',
    noPending: 'Det finns inga inbjudningar som väntar.',
    invitedBy: 'Inbjuden av',
    expires: 'Gäller till',
    revoke: 'Återkalla',
    revokeFor: (email) => ` inbjudan till ${email}`,
    confirmRevokeTitle: 'Återkalla inbjudan?',
    confirmRevokeBody: (email) =>
      `Länken som skickades till ${email} slutar fungera. Du kan bjuda in personen igen senare.`,
    confirmRevokeButton: 'Ja, återkalla',
    sentTitle: 'Inbjudan är skapad',
    sent: (email) => `Inbjudan har skickats med e-post till ${email}.`,
    notSent: (email) =>
      `E-posten till ${email} kunde inte skickas. Inbjudan gäller ändå: ge personen länken på annat sätt.`,
    linkLabel: 'Länken till inbjudan',
    linkNote: (expires) =>
      `Du kan också ge länken till personen på annat sätt. Den fungerar en gång, till och med ${expires}. Den visas bara nu.`,
    mailSubject: (organisation) => `Inbjudan till ${organisation} i samverka`,
    mailBody: (m) =>
      `${m.inviter} har bjudit in dig att gå med i ${m.organisation} i samverka som ${m.role}.\n\nÖppna länken för att gå med:\n${m.link}\n\nLänken fungerar en gång och gäller till ${m.expires}. Om du inte väntade dig inbjudan kan du bortse från det här meddelandet.`,
  },
  accept: {
    title: (organisation) => `Inbjudan till ${organisation}`,
    invited: (m) =>
      `${m.inviter} har bjudit in ${m.email} att gå med i ${m.organisation} som ${m.role}.`,
    invitedNoInviter: (m) => `${m.email} är inbjuden att gå med i ${m.organisation} som ${m.role}.`,
    validUntil: (date) => `Inbjudan gäller till ${date}.`,
    signedInAs: (name, email) => `Du är inloggad som ${name} (${email}).`,
    otherAddress: (invited) =>
      `Inbjudan skickades till ${invited}. Går du med nu blir det med kontot du är inloggad med.`,
    joinButton: (organisation) => `Gå med i ${organisation}`,
    alreadyMember: (organisation, role) =>
      `Du är redan medlem i ${organisation}, som ${role}. Inbjudan behövs inte.`,
    toOrganisation: 'Till organisationen',
    signInFirst: (email) =>
      `Det finns redan ett konto för ${email}. Logga in först, så kommer du tillbaka hit och kan gå med.`,
    signInLink: 'Logga in för att gå med',
    createHeading: 'Skapa ditt konto',
    createLead: (email) =>
      `Du loggar in med e-postadressen ${email}. Välj namn och lösenord, så går du med i organisationen direkt.`,
    name: 'Ditt namn',
    password: 'Lösenord',
    passwordHint: (min) =>
      `Minst ${min} tecken. En mening av flera ord är lätt att minnas och svår att gissa.`,
    passwordConfirm: 'Lösenordet en gång till',
    createButton: 'Skapa konto och gå med',
    otherAccount: 'Har du redan ett konto med en annan adress? Logga in med det.',
    goneTitle: 'Inbjudan går inte att använda',
    goneBody:
      'Länken fungerar inte. Den kan vara felskriven, redan använd, för gammal eller återkallad. Be den som bjöd in dig om en ny inbjudan.',
  },
  tokens: {
    title: 'API-nycklar',
    lead: 'Med en API-nyckel kan ett annat system, till exempel ett ärendehanteringssystem, arbeta med organisationens ärenden genom samverkas API. En nyckel gäller bara den här organisationen.',
    usageHeading: 'Så används en nyckel',
    usage: 'Skicka nyckeln i rubriken Authorization med varje anrop:',
    createHeading: 'Skapa en API-nyckel',
    name: 'Namn',
    nameHint: 'Så att ni känner igen nyckeln, till exempel namnet på systemet som använder den.',
    scope: 'Behörighet',
    scopeRequired: 'Välj vad nyckeln ska få göra.',
    button: 'Skapa API-nyckel',
    createdTitle: 'API-nyckeln är skapad',
    createdOnce:
      'Kopiera nyckeln nu och spara den på ett säkert ställe. Den visas bara den här gången: samverka sparar inte själva nyckeln.',
    secretLabel: 'Ny API-nyckel',
    listHeading: 'Organisationens API-nycklar',
    caption: 'API-nycklar',
    none: 'Organisationen har inga API-nycklar.',
    created: 'Skapad',
    lastUsed: 'Senast använd',
    never: 'Aldrig',
    status: 'Status',
    active: 'Gäller',
    revokedAt: (date) => `Återkallad ${date}`,
    revoke: 'Återkalla',
    revokeFor: (name) => ` ${name}`,
    confirmRevokeTitle: (name) => `Återkalla API-nyckeln ${name}?`,
    confirmRevokeBody: (name) =>
      `Nyckeln ${name} slutar fungera direkt, och system som använder den får inte längre svar. Det går inte att ångra.`,
    confirmRevokeButton: 'Ja, återkalla',
  },
  audit: {
    title: 'Logg',
    lead: 'Vem som gjorde vad i organisationen och när, med det senaste först. Loggen kan inte ändras eller raderas.',
    caption: 'Händelser i organisationen',
    when: 'När',
    who: 'Vem',
    what: 'Vad',
    none: 'Inget har loggats ännu.',
    operator: 'Driftansvarig (kommandoraden)',
    token: (name) => `API-nyckeln ${name}`,
    deletedToken: 'En API-nyckel',
    pages: 'Fler händelser',
    older: 'Äldre händelser',
    newest: 'De senaste händelserna',
    unnamed: {
      membership: 'borttagen användare',
      invitation: 'en inbjudan',
      token: 'en API-nyckel',
      case: '(utan namn)',
      organisation: 'organisationen',
    },
    actions: {
      'organisation.created': (w) => `Skapade organisationen ${w.subject}`,
      'organisation.legal-form-set': (w) =>
        w.from !== undefined
          ? `Ändrade den juridiska formen från ${w.from} till ${w.to ?? ''}`
          : `Bekräftade den juridiska formen: ${w.to ?? ''}`,
      'member.invited': (w) => `Bjöd in ${w.subject} som ${w.role ?? ''}`,
      'member.joined': (w) =>
        `${w.subject} gick med som ${w.role ?? ''}${w.via !== undefined ? VIA[w.via] : ''}`,
      'member.role-changed': (w) =>
        `Ändrade rollen för ${w.subject} från ${w.from ?? ''} till ${w.to ?? ''}`,
      'member.removed': (w) => `Tog bort ${w.subject} (${w.role ?? ''}) ur organisationen`,
      'invitation.revoked': (w) => `Återkallade inbjudan till ${w.subject}`,
      'token.created': (w) => `Skapade API-nyckeln ${w.subject} (${w.scope ?? ''})`,
      'token.revoked': (w) => `Återkallade API-nyckeln ${w.subject}`,
      'oidc.configured': () => 'Ställde in inloggning via organisationens identitetsleverantör',
      'case.created': (w) => `Sparade ärendet ${w.subject}`,
      'case.renamed': (w) => `Bytte namn på ärendet ${w.subject}`,
      'case.reassessed': (w) => `Bedömde ärendet ${w.subject} på nytt`,
      'case.note-added': (w) => `Skrev en anteckning i ärendet ${w.subject}`,
      'case.decided': (w) => `Fattade beslut i ärendet ${w.subject}`,
      'case.archived': (w) => `Arkiverade ärendet ${w.subject}`,
      'case.restored': (w) => `Tog tillbaka ärendet ${w.subject} från arkivet`,
      'case.exported': (w) => `Laddade ner beslutsunderlaget för ärendet ${w.subject}`,
    },
    unknownAction: (action) => `Händelse: ${action}`,
  },
  confirm: {
    cancel: 'Avbryt',
  },
};
