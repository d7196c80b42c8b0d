import type { GlossaryPageMessages } from './glossary-messages';

/** Svenska texter för ordlistan. */
export const glossarySv: GlossaryPageMessages = {
  title: 'Ordlista',
  metaDescription:
    'Ordlista åt båda håll: vad upphandlingens ord heter i civilsamhället och tvärtom, med förklaringar på klarspråk.',
  lead: 'Offentliga köpare och idéburna organisationer menar ofta samma sak med olika ord. Ordlistan visar båda sidornas ord för varje begrepp.',
  intro:
    'Sök med ett ord från vilken sida som helst: ”erbjudande” hittar ”anbud” och tvärtom. Varje ord förklaras på klarspråk med ett exempel, och där förklaringen bygger på lag anges källan.',
  search: {
    heading: 'Sök i ordlistan',
    label: 'Ord att söka efter',
    hint: 'Ett ord från upphandlingen eller från civilsamhället, på svenska eller engelska. Början av ett ord räcker.',
    sideLabel: 'Visa orden',
    sideAll: 'Alla begrepp från A till Ö',
    sides: {
      procurement: 'Upphandlingens ord från A till Ö',
      civil: 'Civilsamhällets ord från A till Ö',
    },
    button: 'Visa',
    showAll: 'Visa hela ordlistan',
  },
  indexHeading: 'Begrepp från A till Ö',
  hitsHeading: (count, q) => `${count} ${count === 1 ? 'träff' : 'träffar'} för ”${q}”`,
  sideHeading: {
    procurement: 'Upphandlingens ord från A till Ö',
    civil: 'Civilsamhällets ord från A till Ö',
  },
  noHits: (q) => `Inget begrepp i ordlistan matchar ”${q}”.`,
  searchSiteLink: 'Sök i hela samverka',
  matched: (field, text, inOtherLang) => {
    const lang = inOtherLang ? ' (på engelska)' : '';
    switch (field) {
      case 'procurement':
        return `Träffade upphandlingens ord ”${text}”${lang}`;
      case 'civil':
        return `Träffade civilsamhällets ord ”${text}”${lang}`;
      case 'form':
        return `Träffade böjningsformen ”${text}”${lang}`;
      case 'definition':
        return 'Träffade i förklaringen';
    }
  },
  says: {
    procurement: 'I upphandling säger man',
    civil: 'I civilsamhället säger man',
  },
  columns: { meaning: 'Betydelse' },
  definition: 'Betydelse',
  example: 'Exempel',
  sources: 'Källor',
  notVerified: 'Inte verifierat',
  forms: 'Samverkansformer',
  related: 'Se också',
  entryLink: 'Till begreppet',
  errors: {
    summaryTitle: 'Det finns ett problem',
    titlePrefix: 'Fel: ',
    qTooLong: (max, actual) =>
      `Ord att söka efter: texten är för lång, högst ${max} tecken (den har ${actual}). Skriv ett eller några ord.`,
    sideUnknown: (allowed, actual) =>
      `Visa orden: ”${actual}” finns inte. Välj ${allowed.map((a) => `”${a}”`).join(' eller ')}, eller inget.`,
  },
};
