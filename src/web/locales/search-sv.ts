import type { SearchPageMessages } from './search-messages';

/** Sökningens texter på svenska. */
export const searchSv: SearchPageMessages = {
  title: 'Sök',
  metaDescription:
    'Sök i samverkas kunskapsbank och ordlista om samverkan mellan offentlig sektor och idéburna organisationer.',
  lead: 'Sök i kunskapsbanken om samverkansformerna och i ordlistan med båda sidornas ord.',
  formLabel: 'Sök på webbplatsen',
  label: 'Sökord',
  hint: 'Ord hittas i alla böjningsformer: upphandlingar hittar upphandling och partnerskapet hittar partnerskap.',
  button: 'Sök',
  resultsTitle: (q) => `”${q}” – Sök`,
  count: (total, q) => `${total} ${total === 1 ? 'träff' : 'träffar'} för ”${q}”`,
  showing: (first, last) => `Visar träff ${first}–${last}.`,
  kinds: { knowledge: 'Kunskap', glossary: 'Ordlista' },
  noWords: 'Skriv ett ord att söka efter.',
  noHits: (q) => `Inga träffar för ”${q}”.`,
  noHitsAdvice: {
    before: 'Pröva ett annat ord eller en kortare form av ordet. Slå gärna upp ordet i ',
    glossaryLink: 'ordlistan',
    between:
      ', där upphandlingens och civilsamhällets ord står bredvid varandra, eller läs om samverkansformerna i ',
    knowledgeLink: 'kunskapsbanken',
    after: '.',
  },
  pagination: {
    label: 'Sidor med träffar',
    previous: 'Föregående sida',
    next: 'Nästa sida',
    pageOf: (page, pages) => `Sida ${page} av ${pages}`,
  },
  errors: {
    summaryTitle: 'Det finns ett problem',
    qTooLong: (max, length) =>
      `Sökordet får vara högst ${max} tecken långt. Det är nu ${length} tecken.`,
    pageInvalid: (max) => `Sidnumret ska vara ett heltal från 1 till ${max}.`,
  },
};
