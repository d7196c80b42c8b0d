// The directory's and the board's words are found whatever the database's character type: a
// server made with --no-locale (C) does not lower Å, Ä or Ö by itself (migration 0008).
import { expect, it } from 'vitest';
import { migrate } from '../db/migrate';
import { describeEachDatabase } from '../test-support/databases';
import { nextTestOrgnr } from '../test-support/accounts';
import { actorInput, insertImportedActor } from './directory.fixture';

describeEachDatabase('words with a capital Å, Ä or Ö', (target) => {
  it('are found by the same word typed in lower case', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    await insertImportedActor(
      db,
      actorInput({
        orgnr: nextTestOrgnr(),
        name: 'Förening X',
        description: 'Ömsesidig hjälp. Årligen träffas Äldreråd och Ungdomsråd.',
      }),
    );
    for (const word of ['ömsesidig', 'årligen', 'äldreråd']) {
      const { rows } = await db.query<{ found: boolean }>(
        `SELECT tsv @@ to_tsquery('swedish', $1) AS found FROM actors`,
        [word],
      );
      expect(rows, word).toEqual([{ found: true }]);
    }
  });
});
