import { knowledgeSv } from './knowledge-sv';
import { interviewSv } from './interview-sv';
import type { WebMessages } from './web-messages';

/** Svenska texter för webbsidorna. */
export const sv: WebMessages = {
  languageName: 'Svenska',
  layout: {
    skipLink: 'Hoppa till huvudinnehållet',
    siteName: 'samverka',
    homeLinkLabel: 'samverka, startsidan',
    languageNavLabel: 'Språk',
    otherLanguageLink: 'English',
    mainNav: {
      label: 'Huvudmeny',
      interview: 'Vägledning',
      knowledge: 'Kunskap',
      glossary: 'Ordlista',
      actors: 'Aktörer',
      challenges: 'Utmaningar',
      search: 'Sök',
      cases: 'Ärenden',
    },
    account: {
      label: 'Konto',
      signIn: 'Logga in',
      signUp: 'Skapa konto',
      signOut: 'Logga ut',
      accountLink: (n) => `Konto: ${n}`,
      organisationLink: (n) => `Organisation: ${n}`,
      noOrganisation: 'Ingen organisation',
    },
    footerPrivacy: 'Personuppgifter och integritet',
    footerLicence: 'samverka är fri programvara under Apache License 2.0.',
    footerDisclaimer:
      'samverka ger vägledning med källhänvisningar. Det är inte juridisk rådgivning i ett enskilt fall.',
  },
  home: {
    title: 'samverka – samverkan mellan offentlig sektor och idéburna organisationer',
    metaDescription:
      'samverka visar vilka samverkansformer som är öppna när en offentlig organisation vill arbeta med en idéburen organisation, enligt reglerna som gäller på startdagen.',
    lead: 'Vilka former av samverkan är lagliga när en kommun, en region eller en statlig myndighet vill arbeta med en idéburen organisation?',
    intro:
      'samverka är en regelmotor som svarar på den frågan för ett konkret ärende. Beskriv vem som köper eller ger stöd, vad det gäller, värdet och dagen då ärendet påbörjas. samverka bedömer då varje samverkansform enligt de regler som gällde den dagen och hänvisar till lagrummen för varje slutsats.',
    guide: {
      heading: 'Vägledning för ert fall',
      intro:
        'Svara på några frågor i vanliga ord, så visar vägledningen vilka samverkansformer som är möjliga för just ert fall, med skäl och lagrum, och ger ett beslutsunderlag att ladda ner.',
      link: 'Starta vägledningen',
    },
    formsHeading: 'Samverkansformer som bedöms',
    knowledge: {
      heading: 'Kunskapsbanken och ordlistan',
      intro:
        'Läs om varje samverkansform, jämför dem sida vid sida och se hur reglerna har ändrats. Ordlistan översätter mellan upphandlingens och civilsamhällets ord.',
      overview: {
        label: 'Kunskapsbanken',
        description: 'samverkansformerna förklarade, med rättslig grund och regler över tid',
      },
      glossary: {
        label: 'Ordlistan',
        description: 'samma sak sagd av en upphandlare och av en idéburen organisation',
      },
    },
    forms: {
      grant: 'Bidrag (föreningsbidrag, verksamhetsbidrag)',
      iop: 'Idéburet offentligt partnerskap (IOP)',
      'direct-award': 'Direktupphandling',
      'advertised-procurement': 'Annonserad upphandling',
      'innovation-partnership': 'Innovationspartnerskap',
      'reserved-work-integration':
        'Reserverad upphandling för skyddade verkstäder och arbetsintegration (4 kap. 18 § LOU)',
      'reserved-mission-based': 'Reserverad upphandling för vissa tjänster (19 kap. 25 § LOU)',
      'reserved-ideburen':
        'Reserverad upphandling för idéburna organisationer (19 kap. 25 a § LOU)',
      lov: 'Valfrihetssystem (LOV)',
      'lov-reserved-ideburen': 'Valfrihetssystem reserverat för idéburna organisationer',
      'early-dialogue': 'Tidig dialog och marknadsanalys',
      'social-considerations': 'Sociala hänsyn och särskilda arbetsvillkor',
    },
    howHeading: 'Så svarar samverka',
    how: [
      'Varje form får ett av svaren tillåten, tillåten på villkor, inte tillåten eller kan inte avgöras, med skäl och källor.',
      'Tröskelvärden, direktupphandlingsgränser och andra belopp är daterade värden med lagrum, giltighetstid och datum då de senast kontrollerades.',
      'Saknas en uppgift gissar samverka inte. Svaret blir kan inte avgöras, och samverka ställer den fråga som avgör flest bedömningar först.',
    ],
    useHeading: 'Använd samverka',
    apiHeading: 'API',
    apiIntro: 'Programmet har ett JSON-API. Texterna i svaren finns på svenska och engelska.',
    openApi: {
      label: 'OpenAPI-beskrivningen av API:et',
      description: 'alla anrop och format, som JSON (OpenAPI 3.1)',
    },
    rules: {
      label: 'Regelsamlingen',
      description:
        'regler och daterade värden med giltighet och källor, så att en jurist kan granska dem (JSON)',
    },
    assessEndpoint:
      'En bedömning får du genom att skicka ett ärende som JSON med POST till /api/v1/assessments.',
    cliHeading: 'Kommandoraden',
    cliIntro: 'Samma bedömning finns på kommandoraden:',
    cliExamples: [
      {
        command: 'npx samverka assess arende.json --lang sv --explain',
        description: 'bedömer ärendet i filen och visar vilka regler som prövades och varför',
      },
      {
        command: 'npx samverka rules',
        description: 'listar regler och daterade värden med giltighet och källor',
      },
      {
        command: 'npx samverka serve',
        description: 'startar den här webbplatsen och API:et',
      },
    ],
  },
  interview: interviewSv,
  knowledge: knowledgeSv,
  errors: {
    notFoundTitle: 'Sidan finns inte',
    notFoundBody:
      'Det finns ingen sida på den här adressen. Kontrollera adressen eller gå till startsidan.',
    badRequestTitle: 'Felaktig begäran',
    badRequestBody: 'Begäran kunde inte tolkas. Kontrollera adressen och försök igen.',
    serverErrorTitle: 'Något gick fel',
    serverErrorBody: 'Ett fel uppstod hos oss och sidan kunde inte visas. Försök igen om en stund.',
    forbiddenTitle: 'Du har inte behörighet',
    forbiddenBody:
      'Din roll i organisationen räcker inte för det här. Be en ägare av organisationen om en annan roll om du behöver den.',
    csrfTitle: 'Formuläret har gått ut',
    csrfBody:
      'Formuläret kunde inte tas emot, eftersom det inte kom från en sida som samverka visade för dig nyss. Gå tillbaka, ladda om sidan och försök igen.',
    tooManyTitle: 'För många försök',
    tooManyBody: (s) =>
      `Det har kommit för många försök på kort tid. Vänta ${waitText(s)} och försök igen.`,
    backHome: 'Till startsidan',
    api: {
      notFound: 'Det finns ingen resurs på den här adressen.',
      badRequest: 'Begäran är felaktig.',
      invalidJson: 'Innehållet är inte giltig JSON.',
      unsupportedMediaType: 'Innehållstypen stöds inte. Skicka application/json.',
      payloadTooLarge: 'Innehållet är för stort.',
      methodNotAllowed: 'Metoden stöds inte för den här adressen.',
      serverError: 'Ett fel uppstod hos oss. Försök igen om en stund.',
      unauthorized:
        'Du behöver logga in eller skicka en API-nyckel (Authorization: Bearer svk_…) för den här resursen.',
      forbidden: 'Behörigheten räcker inte för det här.',
      tooMany: (s) => `För många förfrågningar. Försök igen om ${s} sekunder.`,
    },
  },
};

function waitText(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return seconds < 60 ? `${seconds} sekunder` : minutes === 1 ? '1 minut' : `${minutes} minuter`;
}
