// Matching over the database: the organisations for a challenge and the challenges for an organisation.
export * from './actor-matches';
export * from './challenge-matches';
export * from './match-records';
