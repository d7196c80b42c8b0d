import type { DirectoryTexts } from '../directory-texts';

/** Katalogens och utmaningarnas ord, på svenska. */
export const directoryTextsSv: DirectoryTexts = {
  wholeCountry: 'Hela Sverige',
  sdgGoal: (n, name) => `Mål ${n}: ${name}`,
  themes: {
    'minskat-utanforskap': 'Minskat utanförskap',
    'klimat-och-miljo': 'Klimat och miljö',
    'trygg-livsmiljo': 'Trygg livsmiljö',
    'arbete-och-sysselsattning': 'Arbete och sysselsättning',
    'barn-och-unga': 'Barn och unga',
    aldre: 'Äldre',
    'psykisk-halsa': 'Psykisk hälsa',
    integration: 'Integration och etablering',
    utbildning: 'Utbildning och lärande',
    jamstalldhet: 'Jämställdhet',
    funktionsratt: 'Funktionsrätt',
    hemloshet: 'Hemlöshet och boende',
    beroende: 'Beroende och missbruk',
    'vald-i-nara-relationer': 'Våld i nära relationer',
    'kultur-och-fritid': 'Kultur och fritid',
    'mat-och-livsmedel': 'Mat och livsmedel',
  },
  statuses: {
    ide: 'Idé',
    dialog: 'Dialog',
    'upphandling-partnerskap': 'Upphandling eller partnerskap',
    pagar: 'Pågår',
    avslutad: 'Avslutad',
  },
  problems: {
    required: () => 'Fyll i fältet.',
    'too-long': (p) => `Skriv högst ${p.max} tecken.`,
    'too-many': (p) => `Ange högst ${p.max}.`,
    'orgnr-format': () => 'Skriv organisationsnumret med tio siffror, till exempel 802000-0000.',
    'orgnr-month-digits': () =>
      'Det är inget organisationsnummer: tredje och fjärde siffran är lägre än 20 (ser ut som ett personnummer).',
    'orgnr-check-digit': () =>
      'Organisationsnumret stämmer inte: kontrollsiffran (den sista) är fel.',
    'kind-unknown': (p) =>
      `”${p.value}” är ingen känd sorts organisation (ideburen, social-enterprise).`,
    'legal-form-unknown': (p) =>
      `”${p.value}” är ingen känd juridisk form (ideell-forening, stiftelse, ekonomisk-forening, svb-aktiebolag, aktiebolag, trossamfund, other).`,
    'yes-no': (p) => `Svara ja eller nej, inte ”${p.value}”.`,
    'share-format': (p) => `Skriv andelen i procent, till exempel 35 %, inte ”${p.value}”.`,
    'share-range': () => 'Andelen ska vara mellan 0 och 100 %.',
    'date-format': (p) => `Skriv datumet som ÅÅÅÅ-MM-DD, inte ”${p.value}”.`,
    'date-order': () => 'Slutet kan inte komma före början.',
    'area-unknown': (p) =>
      `”${p.value}” är ingen kommun- eller länskod (fyra siffror för kommun, två för län, SE för hela landet).`,
    'goal-unknown': (p) => `”${p.value}” är inget känt mål eller tema.`,
    'cpv-format': (p) =>
      `”${p.value}” är ingen CPV-kod. Skriv åtta siffror och kontrollsiffra, till exempel 85311000-2.`,
    'cpv-unknown': (p) => `CPV-koden ${p.value} finns inte i CPV 2008.`,
    'cpv-check-digit': (p) => `Kontrollsiffran i ${p.value} är fel; koden är ${p.expected}.`,
    'email-format': () => 'Skriv en e-postadress som namn@exempel.se.',
    'url-format': () => 'Skriv en webbadress som börjar med https://.',
    'year-format': (p) => `Skriv året med fyra siffror, inte ”${p.value}”.`,
    'form-unknown': (p) => `”${p.value}” är ingen känd samverkansform.`,
    'status-unknown': (p) => `”${p.value}” är ingen känd status.`,
    'amount-format': (p) =>
      `Skriv beloppet i hela kronor, till exempel 1 200 000, inte ”${p.value}”.`,
    'case-invalid': (p) => `Ärendets uppgifter stämmer inte: ${p.detail}`,
  },
};
