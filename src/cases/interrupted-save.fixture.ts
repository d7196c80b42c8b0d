// A process that is killed in the middle of saving a case, for crash-safety.test.ts:
//   node --import ./scripts/raw-text-hooks.mjs --import tsx src/cases/interrupted-save.fixture.ts pglite FOLDER
//   node ... src/cases/interrupted-save.fixture.ts postgresql URL
// It opens the database, brings the schema up to date and creates an organisation (committed),
// then saves a case through a transaction that stops after the case row has been written and
// before the assessment and the audit entry, says so on stdout, and waits to be killed.
import { createOrganisation, createUser } from '../accounts/index';
import type { Database, Queryable } from '../db/database';
import { migrate } from '../db/migrate';
import { openDatabase } from '../db/open-database';
import { saveCase } from './case-changes';

const [kind, location] = process.argv.slice(2);
if ((kind !== 'pglite' && kind !== 'postgresql') || location === undefined) {
  throw new Error('usage: interrupted-save.fixture.ts pglite FOLDER | postgresql URL');
}
const db = await openDatabase(
  kind === 'pglite' ? { dataDir: location } : { databaseUrl: location, dataDir: '' },
);
await migrate(db);
const now = new Date('2026-11-26T10:00:00Z');
const user = await createUser(db, {
  email: 'avbruten@exempel.se',
  name: 'Avbruten',
  password: null,
});
const organisation = await createOrganisation(db, {
  name: 'Avbrutna föreningen',
  orgnr: '8020000009',
  kind: 'public-body',
  ownerId: user.id,
  actor: { kind: 'user', userId: user.id },
  now,
});

function say(message: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

/** The transaction, stopped for good just before the assessment row is written. */
function stoppingBeforeAssessment(tx: Queryable): Queryable {
  return {
    exec: (sql) => tx.exec(sql),
    async query(sql, params) {
      if (/INSERT INTO case_assessments/.test(sql)) {
        const cases = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM cases');
        say({ paused: true, casesInTransaction: cases.rows[0]?.n });
        // Waits here until the process is killed; the timer keeps the process alive.
        await new Promise(() => setInterval(() => {}, 60_000));
      }
      return tx.query(sql, params);
    },
  };
}

const stopping: Database = {
  ...db,
  transaction: (work) => db.transaction((tx) => work(stoppingBeforeAssessment(tx))),
};
say({ organisationId: organisation.id });
await saveCase(
  stopping,
  {
    organisationId: organisation.id,
    actor: { kind: 'user', userId: user.id },
    userId: user.id,
    actorName: user.name,
    now,
  },
  { title: 'Sparas aldrig', facts: { startDate: '2023-03-01', buyer: { kind: 'municipality' } } },
);
say({ saved: true });
