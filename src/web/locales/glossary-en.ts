import type { GlossaryPageMessages } from './glossary-messages';

/** English texts of the glossary. */
export const glossaryEn: GlossaryPageMessages = {
  title: 'Glossary',
  metaDescription:
    'A glossary both ways: what the words of procurement are called in civil society and the other way round, explained in plain language.',
  lead: 'Public buyers and idea-driven organisations often mean the same thing with different words. The glossary shows the words of both sides for each concept.',
  intro:
    'Search with a word from either side: “offer” finds “tender” and the other way round. Each word is explained in plain language with an example, and where the explanation rests on law its source is given.',
  search: {
    heading: 'Search the glossary',
    label: 'Word to search for',
    hint: 'A word from procurement or from civil society, in English or Swedish. The beginning of a word is enough.',
    sideLabel: 'Show the words',
    sideAll: 'All concepts from A to Z',
    sides: {
      procurement: 'Procurement words from A to Z',
      civil: 'Civil society words from A to Z',
    },
    button: 'Show',
    showAll: 'Show the whole glossary',
  },
  indexHeading: 'Concepts from A to Z',
  hitsHeading: (count, q) => `${count} ${count === 1 ? 'match' : 'matches'} for “${q}”`,
  sideHeading: {
    procurement: 'Procurement words from A to Z',
    civil: 'Civil society words from A to Z',
  },
  noHits: (q) => `No concept in the glossary matches “${q}”.`,
  searchSiteLink: 'Search all of samverka',
  matched: (field, text, inOtherLang) => {
    const lang = inOtherLang ? ' (in Swedish)' : '';
    switch (field) {
      case 'procurement':
        return `Matched the procurement word “${text}”${lang}`;
      case 'civil':
        return `Matched the civil society word “${text}”${lang}`;
      case 'form':
        return `Matched the word form “${text}”${lang}`;
      case 'definition':
        return 'Matched in the explanation';
    }
  },
  says: {
    procurement: 'Procurement says',
    civil: 'Civil society says',
  },
  columns: { meaning: 'Meaning' },
  definition: 'Meaning',
  example: 'Example',
  sources: 'Sources',
  notVerified: 'Not verified',
  forms: 'Collaboration forms',
  related: 'See also',
  entryLink: 'To the concept',
  errors: {
    summaryTitle: 'There is a problem',
    titlePrefix: 'Error: ',
    qTooLong: (max, actual) =>
      `Word to search for: the text is too long, at most ${max} characters (it has ${actual}). Write one or a few words.`,
    sideUnknown: (allowed, actual) =>
      `Show the words: “${actual}” does not exist. Choose ${allowed.map((a) => `“${a}”`).join(' or ')}, or nothing.`,
  },
};
