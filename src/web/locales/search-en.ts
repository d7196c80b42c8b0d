import type { SearchPageMessages } from './search-messages';

/** The search page's texts in English. */
export const searchEn: SearchPageMessages = {
  title: 'Search',
  metaDescription:
    'Search the samverka knowledge base and glossary on collaboration between the public sector and idea-driven organisations.',
  lead: 'Search the knowledge base on the forms of collaboration and the glossary with the words of both sides.',
  formLabel: 'Search the site',
  label: 'Search words',
  hint: 'Words are found in every inflected form: procurements finds procurement and partnerships finds partnership.',
  button: 'Search',
  resultsTitle: (q) => `“${q}” – Search`,
  count: (total, q) => `${total} ${total === 1 ? 'result' : 'results'} for “${q}”`,
  showing: (first, last) => `Showing results ${first}–${last}.`,
  kinds: { knowledge: 'Knowledge', glossary: 'Glossary' },
  noWords: 'Type a word to search for.',
  noHits: (q) => `No results for “${q}”.`,
  noHitsAdvice: {
    before: 'Try another word or a shorter form of the word. You can also look the word up in the ',
    glossaryLink: 'glossary',
    between:
      ', where the words of procurement and of civil society stand side by side, or read about the forms of collaboration in the ',
    knowledgeLink: 'knowledge base',
    after: '.',
  },
  pagination: {
    label: 'Pages of results',
    previous: 'Previous page',
    next: 'Next page',
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
  },
  errors: {
    summaryTitle: 'There is a problem',
    qTooLong: (max, length) =>
      `The search words must be at most ${max} characters long. They are now ${length} characters.`,
    pageInvalid: (max) => `The page number must be a whole number from 1 to ${max}.`,
  },
};
