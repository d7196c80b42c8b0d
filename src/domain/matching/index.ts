// Explained matching of challenges and actors: weights, exact scores, reasons and their words.
export * from './match-expansions';
export * from './match-facts';
export * from './match-order';
export * from './match-reason';
export * from './match-texts';
export * from './match-weights';
export * from './reserved-eligibility';
export * from './score-match';
export * from './match-filters';
