// The board of challenges and initiatives in the database: posts, interest in them and the
// conversations that follow.
export * from './challenge-records';
export * from './challenge-store';
export * from './interest-store';
export * from './open-forms';
