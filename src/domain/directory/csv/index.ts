// Reading and writing the directory as CSV: decoding, records, the documented columns, the checks
// of every row, and the words of their problems.
export * from './actor-csv-columns';
export * from './actor-csv-import';
export * from './actor-csv-texts';
export * from './csv-reader';
export * from './text-decoding';
