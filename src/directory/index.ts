// The directory of actors in the database: entries, their search, and their changes.
export * from './actor-records';
export * from './actor-search';
export * from './actor-store';
