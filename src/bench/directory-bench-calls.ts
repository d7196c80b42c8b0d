// The two calls of the directory bench that belong to other parts of samverka, made as the pages,
// the API and `samverka import organisations` make them.
import type { Database } from '../db/database';
import { importActors } from '../directory-transfer/index';
import { readActorCsv } from '../domain/directory/csv/index';
import { matchActorsForChallenge } from '../matching/index';

/** The top 20 organisations for a challenge; returns how many were found. */
export async function matchForBench(db: Database, challengeId: string): Promise<number> {
  const matches = await matchActorsForChallenge(db, challengeId, {
    limit: 20,
    offset: 0,
    lang: 'sv',
  });
  if (matches === undefined) throw new Error(`challenge ${challengeId} not found`);
  return matches.items.length;
}

/**
 * The operator's import of a directory file: decoded, parsed and checked row by row, then
 * upserted. Returns the rows written (created or updated); throws when the file or a row is
 * refused, since the bench's file has no bad rows.
 */
export async function importForBench(db: Database, file: Uint8Array): Promise<number> {
  const reading = readActorCsv(file);
  if (!reading.ok) throw new Error(`the import file was refused: ${reading.refusal.code}`);
  if (reading.invalidRows > 0) throw new Error(`${reading.invalidRows} rows are invalid`);
  const summary = await importActors(db, reading.valid, {
    mode: 'operator',
    dryRun: false,
    actor: { kind: 'operator' },
    now: new Date(),
    fields: reading.fields,
  });
  return summary.created + summary.updated;
}
