import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases';
import { migrate } from './migrate';

describeEachDatabase('Database', (target) => {
  it('runs a statement with parameters', async () => {
    const { db } = await target.fresh();
    const result = await db.query<{ greeting: string }>(
      "SELECT $1::text || ', ' || $2 AS greeting",
      ['hej', 'världen'],
    );
    expect(result.rows).toEqual([{ greeting: 'hej, världen' }]);
    expect(result.rowCount).toBe(1);
  });

  it('keeps a parameter as data, never as SQL', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const hostile = "x'); DROP TABLE app_meta; --";
    await db.query('INSERT INTO app_meta (key, value) VALUES ($1, $2)', ['k', hostile]);
    const back = await db.query<{ value: string }>('SELECT value FROM app_meta WHERE key = $1', [
      'k',
    ]);
    expect(back.rows).toEqual([{ value: hostile }]);
  });

  it('commits a transaction whose work succeeds', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const value = await db.transaction(async (tx) => {
      await tx.query("INSERT INTO app_meta (key, value) VALUES ('a', '1'), ('b', '2')");
      return 'done';
    });
    expect(value).toBe('done');
    const rows = await db.query<{ n: number }>('SELECT count(*) AS n FROM app_meta');
    expect(rows.rows[0]?.n).toBe(2);
  });

  it('rolls back everything a failing transaction wrote, and rethrows its error', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const failure = new Error('stop here');

    await expect(
      db.transaction(async (tx) => {
        await tx.query("INSERT INTO app_meta (key, value) VALUES ('a', '1')");
        await tx.exec('CREATE TABLE scratch (id int); INSERT INTO scratch VALUES (1);');
        throw failure;
      }),
    ).rejects.toBe(failure);

    const rows = await db.query('SELECT key FROM app_meta');
    expect(rows.rows).toEqual([]);
    const scratch = await db.query<{ t: string | null }>(
      "SELECT to_regclass('scratch')::text AS t",
    );
    expect(scratch.rows).toEqual([{ t: null }]);
  });

  it('is usable again after a statement fails inside a transaction', async () => {
    const { db } = await target.fresh();
    await expect(db.transaction((tx) => tx.query('SELECT * FROM missing_table'))).rejects.toThrow(
      /missing_table/,
    );
    const ok = await db.query<{ one: number }>('SELECT 1 AS one');
    expect(ok.rows).toEqual([{ one: 1 }]);
  });

  it('returns the same JavaScript types on every database', async () => {
    const { db } = await target.fresh();
    const result = await db.query(
      `SELECT 42::int4 AS int4, 7::int8 AS small_int8, 9007199254740993::int8 AS big_int8,
              count(*) AS counted, 1.50::numeric AS numeric, true AS bool, 'å'::text AS text,
              DATE '2023-01-01' AS date, TIMESTAMPTZ '2023-01-01T12:00:00Z' AS timestamptz,
              '{"a":[1,2]}'::jsonb AS jsonb, NULL::text AS nothing`,
    );
    expect(result.rows).toEqual([
      {
        int4: 42,
        small_int8: 7,
        big_int8: 9007199254740993n,
        counted: 1,
        numeric: '1.50',
        bool: true,
        text: 'å',
        date: '2023-01-01',
        timestamptz: new Date('2023-01-01T12:00:00Z'),
        jsonb: { a: [1, 2] },
        nothing: null,
      },
    ]);
  });

  it('reports how many rows a statement changed', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    await db.query("INSERT INTO app_meta (key, value) VALUES ('a', '1'), ('b', '1'), ('c', '2')");
    const updated = await db.query("UPDATE app_meta SET value = '3' WHERE value = '1'");
    expect(updated.rowCount).toBe(2);
  });

  it('can be closed twice', async () => {
    const { db } = await target.fresh();
    await db.close();
    await expect(db.close()).resolves.toBeUndefined();
  });
});
