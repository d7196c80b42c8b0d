import type { KnowledgePageMessages } from './knowledge-messages';

/** Svenska texter för kunskapsbankens sidor. */
export const knowledgeSv: KnowledgePageMessages = {
  serviceName: 'Kunskapsbanken – samverka',
  titleErrorPrefix: 'Fel: ',
  errorSummaryTitle: 'Det finns ett problem',
  errorPrefix: 'Fel:',
  citationsLabel: 'Lagrum:',
  notAvailable: 'saknas',
  overview: {
    title: 'Kunskapsbanken – samverka',
    metaDescription:
      'Samverkansformerna mellan offentlig sektor och idéburna organisationer jämförda sida vid sida, med rättslig grund, regler över tid, ordlista och vägledning för att arbeta över kulturgränser.',
    heading: 'Kunskapsbanken',
    lead: 'Tolv sätt för det offentliga och idéburna organisationer att arbeta tillsammans, förklarade för båda sidor.',
    intro:
      'Varje samverkansform har en egen sida: vad den är, när den passar och inte, steg för steg, fallgropar, rättslig grund och de villkor samverka kontrollerar. Tabellen jämför formerna sida vid sida.',
    compareHeading: 'Formerna sida vid sida',
    compareCaption: 'Jämförelse av samverkansformerna',
    compareScrollHint: 'Tabellen är bred. Rulla i sidled för att se alla kolumner.',
    formColumn: 'Samverkansform',
    legalBasisColumn: 'Rättslig grund',
    aspects: {
      initiative: 'Vem tar initiativet',
      defines: 'Vem bestämmer verksamheten',
      money: 'Ersättning eller stöd',
      competition: 'Konkurrens',
      length: 'Typisk längd',
      risks: 'Största riskerna',
      who: 'Vem kan delta',
    },
    noPage: 'Sidan om formen skrivs',
    guidesHeading: 'Att arbeta över kulturgränser',
    guidesIntro:
      'Det offentliga och civilsamhället utgår ofta från olika ord, tidshorisonter och vanor. Vägledningarna hjälper båda sidor att förstå varandra.',
    moreHeading: 'Mer i kunskapsbanken',
    rulesLink: {
      label: 'Regler över tid',
      description:
        'ändringarna sedan 2014 och tröskelvärden och direktupphandlingsgränser per period',
    },
    glossaryLink: {
      label: 'Ordlistan',
      description: 'upphandlingens ord och civilsamhällets ord för samma sak',
    },
    searchLink: { label: 'Sök', description: 'i kunskapsbanken och ordlistan' },
    interviewLink: {
      label: 'Vägledningen',
      description: 'vilka former som är möjliga för just ert fall',
    },
  },
  page: {
    breadcrumbLabel: 'Du är här',
    overviewLink: 'Kunskapsbanken',
    legalBasisHeading: 'Rättslig grund',
    checksHeading: 'Det här kontrollerar samverka',
    checksIntro:
      'Villkoren nedan kommer direkt från samverkas regler, inte från texten ovan. Välj ett datum för att se reglerna som gällde då.',
    checksFor: (date, ruleSet, validity) =>
      `Regler för ärenden som påbörjas ${date}: ${ruleSet} (${validity}).`,
    validity: (from, to) => (to === null ? `gäller från ${from}` : `gällde ${from}–${to}`),
    dateLabel: 'Datum då ärendet påbörjas',
    dateHint: 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2023-06-01.',
    dateButton: 'Visa reglerna för datumet',
    dateInvalid: (value) =>
      `Datum då ärendet påbörjas: ”${value}” är inte ett datum. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2023-06-01.`,
    dateBeforeCoverage: (date, start) =>
      `Datum då ärendet påbörjas: samverka har regler från ${start}, och ${date} ligger före det. Välj ${start} eller ett senare datum.`,
    verdictHeading: 'Bedömning utan fler uppgifter',
    verdicts: {
      allowed: 'Tillåten',
      'allowed-if': 'Tillåten på villkor',
      'not-allowed': 'Inte tillåten',
      undetermined: 'Kan inte avgöras utan fler uppgifter',
    },
    verdictNote:
      'Bedömningen gäller ett ärende där bara startdagen är känd. Vägledningen frågar efter resten.',
    conditionsHeading: 'Villkor',
    reasonsHeading: 'Skäl',
    risksHeading: 'Risker',
    questionsHeading: 'Uppgifter som avgör',
    noneFound: 'Inga för det här datumet.',
    relatedTermsHeading: 'Begrepp',
    noRelatedTerms: 'Ordlistan har ännu inga begrepp som hör till formen.',
    sourcesHeading: 'Källor',
    notVerified: 'Inte verifierat',
    lastCheckedHeading: 'Senast kontrollerad',
    lastChecked: (date) => `Texten kontrollerades mot källorna ${date}.`,
    interviewHeading: 'Pröva formen för ert fall',
    interviewIntro:
      'Vägledningen är redan ifylld med det som sidan gäller. Ni svarar på resten och får en bedömning med skäl och lagrum.',
    interviewLink: 'Starta vägledningen för den här formen',
  },
  rules: {
    title: 'Regler över tid – Kunskapsbanken – samverka',
    metaDescription:
      'Alla regeländringar som samverka tillämpar sedan 2014, med tröskelvärden och direktupphandlingsgränser per period och lag, källor och vad som inte är verifierat.',
    heading: 'Regler över tid',
    lead: 'Vilka regler som gäller beror på dagen då ärendet påbörjas. Här är varje ändring samverka tillämpar.',
    intro:
      'Sidan skapas från samma regeldata som bedömningarna använder. Ändras ett värde där, ändras sidan.',
    feedLink: 'Följ ändringarna i ett flöde (Atom)',
    feedTitle: 'Regeländringar – samverka',
    timelineHeading: 'Tidslinje',
    ruleSetStart: (label) => `Nya regler: ${label}`,
    valuesStart: (count) =>
      count === 1
        ? 'Ett nytt daterat värde börjar gälla:'
        : `${count} nya daterade värden börjar gälla:`,
    tablesHeading: 'Tröskelvärden och direktupphandlingsgränser',
    tablesIntro:
      'Varje värde med den period det gäller, belopp i kronor och euro, källor och hur säkert värdet är.',
    unverifiedHeading: 'Det här är inte verifierat',
    unverifiedIntro: (count) =>
      `${count} värden är inte lästa i en källa. Bedömningar som bygger på dem säger det.`,
    allVerified: 'Alla värden är lästa i en källa eller härledda från sådana.',
    tables: {
      'lou.threshold': 'LOU – tröskelvärden',
      'lou.direct_award_limit': 'LOU – direktupphandlingsgränser',
      'lou.advertising_exemption_limit':
        'LOU – gräns för annonseringsundantaget för välfärdstjänster',
      'luf.threshold': 'LUF – tröskelvärden',
      'luf.direct_award_limit': 'LUF – direktupphandlingsgränser',
      'state-aid.de-minimis': 'Statsstöd – stöd av mindre betydelse (de minimis)',
      'state-aid.sgei-de-minimis':
        'Statsstöd – stöd av mindre betydelse för tjänster av allmänt ekonomiskt intresse',
      'lou.mandatory-considerations-proposal': 'LOU – förslag om obligatoriska hänsyn',
    },
    appliesTo: {
      supplies_services: 'varor och tjänster',
      works: 'byggentreprenader',
      bilaga2: 'sociala tjänster och andra särskilda tjänster (bilaga 2)',
      general: 'allmänt',
      welfare: 'välfärdstjänster',
      'general+bilaga2': 'allmänt och tjänster enligt bilaga 2',
      central_government: 'statliga myndigheter',
      other_contracting_authorities: 'övriga upphandlande myndigheter',
      all: 'alla',
    },
    columns: {
      appliesTo: 'Gäller',
      period: 'Period',
      sek: 'Kronor',
      eur: 'Euro',
      status: 'Hur säkert',
      note: 'Anmärkning',
      sources: 'Källor',
    },
    period: (from, to) => (to === null ? `från ${from}` : `${from}–${to}`),
    status: {
      source: 'verifierat',
      derived: 'härlett från verifierade värden',
      eur_only: 'inte verifierat: kronbeloppet saknas, bara euro är känt',
      rule_only: 'inte verifierat: bara regeln är känd, inte beloppet',
      not_published: 'inte publicerat ännu',
      unverified: 'inte verifierat',
    },
    statusUnknown: (word) => `inte verifierat (${word})`,
    flagValue: 'ja/nej',
    sourceLinkLabel: (host) => `källa: ${host}`,
    noteInEnglish: 'på engelska',
  },
};
