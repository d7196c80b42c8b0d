import type { OidcMessages } from './oidc-messages';

/** Inloggning via organisationens identitetsleverantör, på svenska. */
export const oidcSv: OidcMessages = {
  errorPrefix: 'Fel:',
  summaryTitle: 'Det finns ett problem',
  start: {
    title: 'Logga in via din organisation',
    lead: 'Har din organisation en egen inloggning (OpenID Connect)? Skriv din e-postadress i organisationen, så skickas du vidare dit.',
    email: 'E-postadress',
    emailHint: 'Adressen du har i organisationen, till exempel namn@kommun.se.',
    button: 'Fortsätt till organisationens inloggning',
    unknownDomain: (domain) =>
      `Ingen organisation i samverka loggar in via en egen inloggning med adresser som slutar på @${domain}. Kontrollera adressen, eller logga in med e-post och lösenord.`,
    passwordInstead: 'Logga in med e-post och lösenord',
    unavailable:
      'Organisationens inloggning svarar inte just nu. Försök igen om en stund, eller logga in med e-post och lösenord.',
  },
  onward: {
    title: (organisation) => `Logga in hos ${organisation}`,
    lead: (organisation, host) =>
      `${organisation} loggar in sina medarbetare via ${host}. Där loggar du in som vanligt i organisationen, och sedan kommer du tillbaka hit.`,
    button: (host) => `Fortsätt till ${host}`,
    expires: (minutes) =>
      `Länken gäller i ${minutes} minuter. Har den slutat gälla börjar du om från inloggningen.`,
    back: 'Tillbaka till inloggningen',
  },
  failure: {
    title: 'Inloggningen via organisationen gick inte',
    reasons: {
      'bad-state':
        'Inloggningen hör inte till den här webbläsaren, har redan använts eller har slutat gälla (den gäller i tio minuter). Börja om från inloggningen.',
      denied:
        'Inloggningen avbröts eller nekades hos organisationens inloggning. Börja om om du vill försöka igen.',
      'provider-failed':
        'Organisationens inloggning gav ett svar som inte gick att lita på, eller svarade inte. Försök igen om en stund. Fortsätter det, be den som sköter organisationens inloggning att kontrollera inställningarna.',
      'email-missing':
        'Organisationens inloggning berättade inte din e-postadress. Be den som sköter inloggningen att skicka med e-postadressen (anspråket email).',
      'email-unverified':
        'Organisationens inloggning säger att din e-postadress inte är bekräftad. Bekräfta adressen där och försök igen.',
      'domain-mismatch':
        'Din e-postadress hos organisationens inloggning hör inte till organisationens domän. Logga in med en adress i organisationen.',
      'account-not-linked':
        'Det finns redan ett konto med den här e-postadressen, men det är inte medlem i organisationen. Logga in med e-post och lösenord, eller be en ägare av organisationen att bjuda in dig.',
    },
    again: 'Börja om från inloggningen',
    passwordInstead: 'Logga in med e-post och lösenord',
  },
  settings: {
    title: 'Inloggning via organisationens identitetsleverantör',
    lead: 'Medarbetare med en adress i organisationens domän kan logga in via organisationens egen inloggning (OpenID Connect). Första gången de loggar in blir de medlemmar med den roll du väljer här.',
    none: 'Organisationen har ingen egen inloggning än.',
    current: (domain, issuer) => `Adresser som slutar på @${domain} loggar nu in via ${issuer}.`,
    redirectHeading: 'Adress att registrera hos identitetsleverantören',
    redirectLead:
      'Registrera samverka som en klient (webbapplikation, auktoriseringskod med PKCE) hos identitetsleverantören, med den här adressen som omdirigeringsadress (redirect URI):',
    formHeading: 'Inställningar',
    emailDomain: 'E-postdomän',
    emailDomainHint: 'Delen efter @ i medarbetarnas adresser, till exempel kommun.se.',
    issuer: 'Utfärdarens adress (issuer)',
    issuerHint:
      'Börjar med https://. samverka läser /.well-known/openid-configuration under adressen.',
    clientId: 'Klient-id (client id)',
    clientSecret: 'Klienthemlighet (client secret)',
    clientSecretHint: 'Lämna tomt om klienten inte har någon hemlighet (en publik klient).',
    clientSecretKeepHint:
      'Lämna tomt för att behålla den hemlighet som är sparad. Den visas aldrig.',
    defaultRole: 'Roll för nya medlemmar',
    defaultRoleHint: 'Den roll en medarbetare får första gången hen loggar in.',
    roles: {
      owner: 'Ägare',
      editor: 'Redigerare',
      reader: 'Läsare',
    },
    save: 'Spara inställningarna',
    saved: 'Inställningarna är sparade.',
    removeHeading: 'Ta bort inloggningen',
    removeLead:
      'Medarbetarna kan då inte längre logga in via organisationens inloggning. Deras konton och medlemskap finns kvar.',
    removeButton: 'Ta bort organisationens inloggning',
    removed: 'Organisationens inloggning är borttagen.',
    problems: {
      domainFormat: 'Skriv en domän som kommun.se, utan @ och utan mellanslag.',
      domainTaken: 'En annan organisation loggar redan in med adresser i den här domänen.',
      issuerFormat:
        'Skriv en fullständig adress som https://login.kommun.se, utan frågetecken eller #.',
      issuerHttps: 'Adressen måste börja med https:// (http går bara på den här datorn).',
      issuerUnreachable:
        'Ingen identitetsleverantör svarade på adressen. Kontrollera att den är utfärdarens adress (issuer) och att /.well-known/openid-configuration går att nå därifrån.',
      roleUnknown: 'Välj en av rollerna.',
    },
  },
};
