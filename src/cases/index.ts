// Saved cases in the database: reading them, saving them and changing them, and the decision memo
// of a saved case.
export * from './case-changes';
export * from './case-memo';
export * from './case-records';
export * from './case-store';
