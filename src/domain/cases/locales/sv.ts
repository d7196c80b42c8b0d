import type { SavedCaseMessages } from './saved-case-messages';

/** Sparade ärendens gemensamma texter på svenska. */
export const sv: SavedCaseMessages = {
  problems: {
    required: () => 'Fyll i fältet.',
    'too-long': (p) => `Skriv högst ${p.max} tecken.`,
    'not-text': () => 'Ska vara en text.',
    'form-unknown': () => 'Välj en av de tolv samverkansformerna.',
    'status-unknown': () => 'Ska vara open (öppet) eller archived (arkiverat).',
    'version-missing': () =>
      'Versionen saknas eller är fel: skicka med ärendets version (ett heltal från 1) som ändringen utgår från.',
    'nothing-to-change': () =>
      'Inget att ändra: skicka med minst en av title, status, note och decision.',
    'unknown-field': (p) => `Okänt fält. Tillåtna fält är ${p.allowed.join(', ')}.`,
  },
  verdicts: {
    allowed: 'Möjlig',
    'allowed-if': 'Möjlig på villkor',
    'not-allowed': 'Inte möjlig',
    undetermined: 'Behöver fler uppgifter',
  },
  conflict: (yours, current) =>
    `Ärendet har ändrats av någon annan sedan du öppnade det (du utgick från version ${yours}, nu är det version ${current}). Din ändring har inte sparats. Läs ärendet som det ser ut nu och gör ändringen igen om den fortfarande behövs.`,
  memo: {
    reopenLink: 'Öppna det sparade ärendet i samverka.',
    reopenNote: 'Länken fungerar för den som är inloggad som medlem i organisationen.',
    heading: 'Sparat ärende',
    what: 'Uppgift',
    value: 'Värde',
    title: 'Ärende',
    saved: 'Sparat',
    assessed: 'Bedömningen gjord',
    asOf: 'Reglerna som gäller',
    reassessed: (asOf, start) =>
      `${asOf} (omprövning under reglerna den dagen; ärendets startdatum i uppgifterna är ${start})`,
    rulesVersion: 'Regeldata (fingeravtryck)',
    untranslated:
      'Bedömningen visas på svenska, så som den sparades: samverkas regeldata har uppdaterats sedan dess, så den kan inte göras om på engelska med samma regler.',
    decisionHeading: 'Registrerat beslut',
    decisionForm: 'Vald samverkansform',
    motivation: 'Motivering',
    decidedBy: 'Beslutat av',
    decidedAt: 'Beslutat',
    earlierAssessment: (at) =>
      `Beslutet fattades på en tidigare bedömning (gjord ${at}), inte på den som visas här.`,
    by: (when, who) => `${when} av ${who}`,
    unknownPerson: 'en API-nyckel eller ett borttaget konto',
  },
  diff: {
    noChange:
      'Ingen ändring: dagens regler ger samma bedömning som den sparade, med samma regelverk och belopp.',
    noChangeDataUpdated:
      'Ingen ändring för det här ärendet: samverkas regeldata har uppdaterats sedan bedömningen sparades, men inget som rör ärendet har ändrats.',
    rulesChanged: 'Reglerna har ändrats sedan bedömningen sparades.',
    assessmentChanged:
      'Bedömningen blir en annan med dagens regler, fast regelverket och beloppen är desamma.',
    asOf: (from, to) =>
      `Den sparade bedömningen gäller reglerna den ${from}, omprövningen reglerna den ${to}.`,
    rulesData: (from, to) =>
      `samverkas regeldata har uppdaterats sedan dess (fingeravtryck ${from} → ${to}).`,
    ruleSet: (from, to) => `Regelverket har bytts: ${from} → ${to}.`,
    act: (from, to) => `Lagen som gäller har bytts: ${from} → ${to}.`,
    bilaga2: (from, to) => `Tjänst enligt bilaga 2: ${from} → ${to}.`,
    aboveThreshold: (from, to) => `Över tröskelvärdet: ${from} → ${to}.`,
    threshold: (from, to) => `Tröskelvärdet har ändrats: ${from} → ${to}.`,
    directAwardLimit: (from, to) => `Direktupphandlingsgränsen har ändrats: ${from} → ${to}.`,
    form: (label, from, to) => `${label}: ${from} → ${to}.`,
    questionAdded: (q) => `Ny fråga som behöver svar: ${q}`,
    questionRemoved: (q) => `Frågan behövs inte längre: ${q}`,
    yes: 'ja',
    no: 'nej',
    unknown: 'okänt',
    noSek: (eur) => (eur === null ? 'inget belopp' : `inget belopp i kronor (${eur})`),
  },
};
