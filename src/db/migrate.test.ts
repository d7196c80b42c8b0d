import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases';
import { migrate, MigrationMismatchError } from './migrate';
import { MIGRATIONS } from './migrations/index';
import { defineMigration } from './migrations/migration';
import { readAppMeta, seedAppMeta } from './seed';

const latest = Math.max(...MIGRATIONS.map((m) => m.version));

async function tableNames(db: {
  query: <R>(sql: string) => Promise<{ rows: R[] }>;
}): Promise<string[]> {
  const result = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = current_schema() ORDER BY table_name`,
  );
  return result.rows.map((row) => row.table_name);
}

describeEachDatabase('migrate', (target) => {
  it('applies every migration to an empty database and records each one', async () => {
    const { db } = await target.fresh();
    expect(await tableNames(db)).toEqual([]);

    const report = await migrate(db);

    expect(report.applied).toEqual(MIGRATIONS.map((m) => m.fileName));
    expect(report.version).toBe(latest);
    expect(await tableNames(db)).toEqual(expect.arrayContaining(['app_meta', 'schema_migrations']));
    const recorded = await db.query<{ version: number; name: string; checksum: string }>(
      'SELECT version, name, checksum FROM schema_migrations ORDER BY version',
    );
    expect(recorded.rows).toEqual(
      MIGRATIONS.map((m) => ({ version: m.version, name: m.name, checksum: m.checksum })),
    );
  });

  it('does nothing when run again on a current schema', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const before = await db.query('SELECT version, applied_at FROM schema_migrations');

    const again = await migrate(db);

    expect(again).toEqual({ applied: [], version: latest });
    const after = await db.query('SELECT version, applied_at FROM schema_migrations');
    expect(after.rows).toEqual(before.rows);
  });

  it('lets two instances migrate one database at the same moment, applying each migration once', async () => {
    const { db, openAnother } = await target.fresh();
    const other = await openAnother();

    const reports = await Promise.all([migrate(db), migrate(other)]);

    // Exactly one of the two did the work; the other found the schema current.
    const applied = reports.map((r) => r.applied.length).sort();
    expect(applied).toEqual([0, MIGRATIONS.length]);
    expect(reports.map((r) => r.version)).toEqual([latest, latest]);
    const count = await db.query<{ n: number }>('SELECT count(*) AS n FROM schema_migrations');
    expect(count.rows[0]?.n).toBe(MIGRATIONS.length);
  });

  it('applies only the migrations a database does not have yet, in order', async () => {
    const { db } = await target.fresh();
    const [first] = MIGRATIONS;
    if (!first) throw new Error('no migrations');
    await migrate(db, [first]);
    const next = defineMigration('9001-example-table.sql', 'CREATE TABLE example (id int);');
    const later = defineMigration('9002-example-column.sql', 'ALTER TABLE example ADD note text;');

    const report = await migrate(db, [later, first, next]);

    expect(report).toEqual({ applied: [next.fileName, later.fileName], version: 9002 });
    const columns = await db.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns
       WHERE table_name = 'example' ORDER BY ordinal_position`,
    );
    expect(columns.rows.map((c) => c.column_name)).toEqual(['id', 'note']);
  });

  it('leaves nothing behind when a migration fails', async () => {
    const { db } = await target.fresh();
    const broken = defineMigration('9001-broken.sql', 'CREATE TABLE half (id int); SELECT nope;');

    await expect(migrate(db, [...MIGRATIONS, broken])).rejects.toThrow(/nope/);

    expect(await tableNames(db)).toEqual([]);
  });

  it('refuses to start when an applied migration was edited afterwards', async () => {
    const { db } = await target.fresh();
    const original = defineMigration('9001-example.sql', 'CREATE TABLE example (id int);');
    await migrate(db, [...MIGRATIONS, original]);
    const edited = defineMigration('9001-example.sql', 'CREATE TABLE example (id bigint);');

    const attempt = migrate(db, [...MIGRATIONS, edited]);

    await expect(attempt).rejects.toBeInstanceOf(MigrationMismatchError);
    await expect(attempt).rejects.toThrow(/Migration 9001 .* differs/);
  });

  it('seeds the first start once and the schema version at every start', async () => {
    const { db } = await target.fresh();
    const { version } = await migrate(db);
    await seedAppMeta(db, { now: new Date('2026-01-02T03:04:05.000Z'), schemaVersion: version });
    await seedAppMeta(db, { now: new Date('2027-01-01T00:00:00.000Z'), schemaVersion: version });

    expect(await readAppMeta(db)).toEqual({
      schema_version: String(version),
      seeded_at: '2026-01-02T03:04:05.000Z',
    });
  });
});

describe('defineMigration', () => {
  it('reads version and name from NNNN-kebab-name.sql', () => {
    const m = defineMigration('0042-add-cases.sql', 'SELECT 1;');
    expect([m.version, m.name]).toEqual([42, 'add-cases']);
  });

  it('rejects a file name without a four-digit number', () => {
    expect(() => defineMigration('42-add-cases.sql', '')).toThrow(/NNNN-kebab-name\.sql/);
  });

  it('gives the same checksum whatever the line endings', () => {
    const lf = defineMigration('0001-a.sql', 'SELECT 1;\nSELECT 2;\n');
    const crlf = defineMigration('0001-a.sql', 'SELECT 1;\r\nSELECT 2;\r\n');
    expect(crlf.checksum).toBe(lf.checksum);
  });
});
