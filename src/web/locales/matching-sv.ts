import type { MatchingMessages } from './matching-messages';

/** The matching pages in Swedish. */
export const matchingSv: MatchingMessages = {
  errorPrefix: 'Fel:',
  summaryTitle: 'Några filter kunde inte användas',
  score: (score) => `${score} av 100 poäng`,
  reasonsLabel: 'Därför',
  pagination: {
    label: 'Sidor',
    previous: 'Föregående sida',
    next: 'Nästa sida',
    pageOf: (page, pages) => `Sida ${page} av ${pages}`,
  },
  forChallenge: {
    title: (challenge) => `Organisationer som passar ”${challenge}” – samverka`,
    heading: 'Organisationer som passar',
    lead: (challenge) =>
      `Idéburna organisationer och sociala företag i katalogen som passar ”${challenge}”, med skälen till varje poäng.`,
    backToChallenge: 'Tillbaka till utmaningen',
    ranking: (pool, candidates) =>
      `Katalogen gav ${candidates} kandidater. De ${pool} bästa enligt en första grov poäng har fått sin exakta poäng och rangordnas här: högst poäng först, sedan efter namn.`,
    noCaseFacts:
      'Utmaningen saknar fallets fakta. Om den som lagt upp utmaningen anger dem visar matchningen också om varje organisation kan delta i de reserverade upphandlingar som regelmotorn finner öppna.',
    withCaseFacts:
      'Utmaningen har fallets fakta: skälen säger om varje organisation kan delta i de reserverade upphandlingar som regelmotorn finner öppna.',
    filters: 'Filtrera',
    kommun: 'Verkar i kommun',
    lan: 'Verkar i län',
    legalForm: 'Juridisk form',
    registered: 'I registret över idéburna organisationer',
    goal: 'Arbetar med mål',
    minScore: 'Lägsta poäng',
    minScoreHint: 'Ett heltal från 0 till 100.',
    any: 'Alla',
    yes: 'Ja',
    no: 'Nej',
    apply: 'Visa',
    clear: 'Rensa filtren',
    count: (total) => (total === 1 ? '1 organisation' : `${total} organisationer`),
    none: 'Ingen organisation i katalogen passar med de här filtren.',
    writeInSamverka: (name) => `Skriv till ${name} i samverka`,
    contact: (name) => `Kontakta ${name}`,
  },
  forActor: {
    title: (actor) => `Utmaningar som passar ${actor} – samverka`,
    heading: 'Utmaningar som passar',
    lead: (actor) =>
      `Utmaningar och initiativ på tavlan som passar ${actor}, med skälen till varje poäng.`,
    backToActor: 'Tillbaka till organisationen',
    ranking: (pool) =>
      `De ${pool} bästa enligt en första grov poäng har fått sin exakta poäng och rangordnas här: högst poäng först, sedan efter rubrik.`,
    filters: 'Filtrera',
    status: 'Status',
    openStatuses: 'Alla utom avslutade',
    kind: 'Slag',
    kinds: { challenge: 'Utmaningar', initiative: 'Initiativ' },
    minScore: 'Lägsta poäng',
    apply: 'Visa',
    count: (total) => (total === 1 ? '1 utmaning' : `${total} utmaningar`),
    none: 'Ingen utmaning på tavlan passar med de här filtren.',
  },
};
