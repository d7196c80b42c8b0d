import type { ActorCsvTexts } from '../actor-csv-texts';

/** Katalogimportens ord, på svenska. */
export const actorCsvTextsSv: ActorCsvTexts = {
  refusals: {
    'not-text': () =>
      'Filen är ingen textfil (den kan vara en Excel-arbetsbok). Spara den som CSV och försök igen.',
    empty: () => 'Filen är tom: den har ingen rubrikrad.',
    'unclosed-quote': (r) =>
      `Ett citattecken som öppnas på rad ${r.line} stängs aldrig, så raderna efter den går inte att läsa.`,
    'missing-columns': (r) =>
      r.columns.length === 1
        ? `Kolumnen ${r.columns[0]} saknas i rubrikraden; den måste finnas.`
        : `Kolumnerna ${r.columns.join(', ')} saknas i rubrikraden; de måste finnas.`,
    'duplicate-column': (r) => `Kolumnen ${r.column} finns två gånger i rubrikraden.`,
  },
  duplicateOrgnr: (line) => `Samma organisationsnummer som på rad ${line}.`,
  extraFields: (count, expected) =>
    `Raden har ${count} fält men rubrikraden bara ${expected}; kontrollera citattecknen.`,
  unknownColumn: (column) => `Kolumnen ${column} är okänd och läses inte.`,
  kept: {
    claimed: 'behålls av organisationen själv',
    listed: 'finns redan i katalogen',
    'suggested-by-another': 'har redan föreslagits av en annan organisation',
  },
  encodings: {
    'utf-8': 'UTF-8',
    'utf-8-bom': 'UTF-8 med BOM',
    'utf-16le': 'UTF-16 (little endian)',
    'utf-16be': 'UTF-16 (big endian)',
    'windows-1252': 'Windows-1252',
  },
  delimiters: { ';': 'semikolon (;)', ',': 'komma (,)', '\t': 'tabb' },
};
