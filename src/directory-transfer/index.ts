// Moving the directory in and out: the import of checked CSV rows and the exports as CSV and as
// Open Referral–like JSON.
export * from './actor-export';
export * from './actor-import';
