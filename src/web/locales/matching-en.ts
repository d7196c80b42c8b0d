import type { MatchingMessages } from './matching-messages';

/** The matching pages in English. */
export const matchingEn: MatchingMessages = {
  errorPrefix: 'Error:',
  summaryTitle: 'Some filters could not be used',
  score: (score) => `${score} of 100 points`,
  reasonsLabel: 'Why',
  pagination: {
    label: 'Pages',
    previous: 'Previous page',
    next: 'Next page',
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
  },
  forChallenge: {
    title: (challenge) => `Organisations that fit “${challenge}” – samverka`,
    heading: 'Organisations that fit',
    lead: (challenge) =>
      `Idea-driven organisations and social enterprises of the directory that fit “${challenge}”, with the reasons for each score.`,
    backToChallenge: 'Back to the challenge',
    ranking: (pool, candidates) =>
      `The directory gave ${candidates} candidates. The best ${pool} by a first, coarse score were scored exactly and are ranked here: highest score first, then by name.`,
    noCaseFacts:
      'The challenge has no case facts. When its poster gives them, matching also says whether each organisation could take part in the reserved procurements the rules engine finds open.',
    withCaseFacts:
      'The challenge has case facts: the reasons say whether each organisation could take part in the reserved procurements the rules engine finds open.',
    filters: 'Filter',
    kommun: 'Serves the municipality',
    lan: 'Serves the county',
    legalForm: 'Legal form',
    registered: 'In the register of idea-driven organisations',
    goal: 'Works on the goal',
    minScore: 'Lowest score',
    minScoreHint: 'A whole number from 0 to 100.',
    any: 'Any',
    yes: 'Yes',
    no: 'No',
    apply: 'Show',
    clear: 'Clear the filters',
    count: (total) => (total === 1 ? '1 organisation' : `${total} organisations`),
    none: 'No organisation of the directory fits with these filters.',
    writeInSamverka: (name) => `Write to ${name} in samverka`,
    contact: (name) => `Contact ${name}`,
  },
  forActor: {
    title: (actor) => `Challenges that fit ${actor} – samverka`,
    heading: 'Challenges that fit',
    lead: (actor) =>
      `Challenges and initiatives on the board that fit ${actor}, with the reasons for each score.`,
    backToActor: 'Back to the organisation',
    ranking: (pool) =>
      `The best ${pool} by a first, coarse score were scored exactly and are ranked here: highest score first, then by title.`,
    filters: 'Filter',
    status: 'Status',
    openStatuses: 'All but finished',
    kind: 'Kind',
    kinds: { challenge: 'Challenges', initiative: 'Initiatives' },
    minScore: 'Lowest score',
    apply: 'Show',
    count: (total) => (total === 1 ? '1 challenge' : `${total} challenges`),
    none: 'No challenge on the board fits with these filters.',
  },
};
