// The directory of actors and the challenge board: codes, areas, checks of input, and their words.
export * from './actor-input';
export * from './areas';
export * from './challenge-input';
export * from './directory-codes';
export * from './directory-texts';
