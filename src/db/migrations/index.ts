// Every migration, in order. A new migration is a new file NNNN-name.sql here and one line below;
// migrations-index.test.ts fails when a file is not listed.
import m0001 from './0001-schema-migrations-and-app-meta.sql?raw';
import m0002 from './0002-search-documents.sql?raw';
import m0003 from './0003-accounts-and-cases.sql?raw';
import m0004 from './0004-case-record-order.sql?raw';
import m0005 from './0005-directory-and-challenges.sql?raw';
import m0006 from './0006-directory-name-keys.sql?raw';
import m0007 from './0007-directory-filter-indexes.sql?raw';
import m0008 from './0008-directory-text-case.sql?raw';
import { defineMigration, type Migration } from './migration';

/** All migrations in the order they are applied. */
export const MIGRATIONS: readonly Migration[] = [
  defineMigration('0001-schema-migrations-and-app-meta.sql', m0001),
  defineMigration('0002-search-documents.sql', m0002),
  defineMigration('0003-accounts-and-cases.sql', m0003),
  defineMigration('0004-case-record-order.sql', m0004),
  defineMigration('0005-directory-and-challenges.sql', m0005),
  defineMigration('0006-directory-name-keys.sql', m0006),
  defineMigration('0007-directory-filter-indexes.sql', m0007),
  defineMigration('0008-directory-text-case.sql', m0008),
];
