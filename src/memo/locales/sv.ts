import type { MemoMessages } from './memo-messages';

const sekFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });

/** Beslutsunderlaget på svenska. */
export const sv: MemoMessages = {
  languageTag: 'sv-SE',
  fileStem: 'beslutsunderlag',
  title: (subject) =>
    subject === null
      ? 'Beslutsunderlag: val av samverkansform'
      : `Beslutsunderlag: val av samverkansform – ${subject}`,
  documentName: 'Beslutsunderlag',
  producedOn: (date) => `Framtaget ${date} med samverka.`,
  caseStarts: (date) => `Ärendet påbörjas ${date}.`,
  startUnknown: (date) =>
    `Dagen då ärendet påbörjas är okänd; bedömningen tillämpar reglerna som gäller ${date}. Reglerna kan vara andra den dag ärendet faktiskt påbörjas.`,
  purpose:
    'Underlaget visar vilka samverkansformer reglerna tillåter i ärendet, med skäl, villkor, risker och lagrum för varje slutsats, vad som fortfarande är okänt och vad som skulle ändra bedömningen. Det är ett stöd inför beslutet, inte juridisk rådgivning: den som beslutar ansvarar för beslutet.',
  reopenLink: 'Öppna bedömningen igen i samverka.',
  reopenNote: 'Länken innehåller alla svar i underlaget.',
  facts: {
    heading: 'Uppgifter i ärendet',
    intro:
      'Så här besvarades frågorna. ”Vet inte” betyder att uppgiften är okänd; bedömningen gissar aldrig en okänd uppgift.',
    question: 'Fråga',
    answer: 'Svar',
    none: 'Inga frågor har besvarats utöver startdagen.',
  },
  rules: {
    heading: 'Datum och regler',
    intro:
      'Reglerna som gäller den dag ärendet påbörjas styr hela ärendet. Beloppen gäller för den perioden.',
    what: 'Uppgift',
    value: 'Värde',
    startDate: 'Ärendet påbörjas',
    unknownStart: (date) => `okänt (reglerna som gäller ${date} tillämpas)`,
    ruleSet: 'Regeluppsättning',
    validity: 'Regeluppsättningen gäller',
    act: 'Lag',
    bilaga2: 'Tjänst enligt bilaga 2 (sociala tjänster och andra särskilda tjänster)',
    threshold: 'Tröskelvärde',
    directAwardLimit: 'Direktupphandlingsgräns',
    aboveThreshold: 'Värdet över tröskelvärdet',
    procedures: 'Förfaranden vid annonserad upphandling',
    legalBasis: 'Lagrum',
    noProcedures: 'inga angivna',
    yes: 'ja',
    no: 'nej',
    unknown: 'okänt',
    untilFurtherNotice: 'tills vidare',
    sek: (amount) => `${sekFormat.format(amount)} kr`,
    missingSek: (eur) =>
      eur === null
        ? 'beloppet i kronor saknas'
        : `beloppet i kronor saknas (${sekFormat.format(eur)} euro)`,
    notPublished: 'beloppet för perioden är inte publicerat ännu',
    validFromTo: (from, to) => `från ${from} ${to === null ? 'tills vidare' : `till ${to}`}`,
  },
  verdicts: {
    heading: 'Bedömning av varje samverkansform',
    intro:
      'Alla tolv samverkansformer bedöms. Varje slutsats har sina skäl, villkor och risker med lagrum.',
    summaryCaption: 'Sammanfattning av bedömningen',
    form: 'Samverkansform',
    verdict: 'Bedömning',
    names: {
      allowed: 'Möjlig',
      'allowed-if': 'Möjlig under villkor',
      'not-allowed': 'Inte möjlig',
      undetermined: 'Behöver fler uppgifter',
    },
    verdictLine: (name) => `Bedömning: ${name}.`,
    reasons: 'Skäl',
    conditions: 'Villkor',
    risks: 'Risker',
  },
  unknown: {
    heading: 'Det som fortfarande är okänt',
    intro: 'Svaren på de här frågorna kan ändra bedömningen. Ta reda på dem före beslutet.',
    affects: (forms) => `Påverkar: ${forms}.`,
    none: 'Inga öppna frågor: inget okänt faktum skulle ändra bedömningen.',
    unverifiedHeading: 'Inte verifierat',
    unverifiedIntro: 'Bedömningen bygger också på följande, som inte är verifierat i samverka.',
    noUnverified: 'Bedömningen bygger inte på något som är overifierat.',
  },
  changes: {
    heading: 'Det här skulle ändra bedömningen',
    intro: 'Gränser och datum som ändrar svaret för en eller flera samverkansformer.',
    none: 'Inga kända gränser eller datum skulle ändra bedömningen.',
  },
  decision: {
    heading: 'Beslut',
    intro: 'Fylls i av den som fattar beslutet.',
    caption: 'Beslut att fylla i',
    field: 'Uppgift',
    entry: 'Ifylls',
    fields: [
      'Vald samverkansform',
      'Motivering',
      'Beslutad av (namn och befattning)',
      'Datum för beslutet',
      'Underskrift',
      'Namnförtydligande',
    ],
  },
  sources: {
    heading: 'Källor',
    intro: 'Lagtexter, avgöranden och förarbeten som lagrummen i underlaget hänvisar till.',
  },
  disclaimer:
    'samverka ger vägledning med källhänvisningar. Det är inte juridisk rådgivning i ett enskilt fall.',
  pageTemplate: 'Sida {page} av {pages}',
};
