import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openScratchPglite, describeEachDatabase } from '../test-support/databases';
import { tempDir } from '../test-support/temp-dir';
import { backupDatabase, restoreDatabase, type RestoreSummary } from './backup';
import { backupLines, openBackupFile, writeBackupFile } from './backup-file';
import { BackupError, type BackupProblem } from './backup-format';
import { dumpTables, fillEveryTable } from './backup.fixture';
import type { Database } from './database';
import { migrate } from './migrate';
import { dataTables, TABLES_NOT_BACKED_UP } from './table-catalog';

const META = { samverkaVersion: '9.9.9', now: new Date('2024-03-12T08:00:00.000Z') };

/** A backup as its lines. */
async function backupToLines(db: Database): Promise<string[]> {
  let text = '';
  await backupDatabase(
    db,
    (t) => {
      text += t;
      return Promise.resolve();
    },
    META,
  );
  expect(text.endsWith('\n')).toBe(true);
  return text.slice(0, -1).split('\n');
}

async function* each(lines: readonly string[]): AsyncGenerator<string> {
  for (const line of lines) {
    await Promise.resolve();
    yield line;
  }
}

/** The refusal a restore ended with. */
async function refusal(db: Database, lines: readonly string[]): Promise<BackupProblem> {
  const error = await restoreDatabase(db, each(lines)).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof BackupError)) {
    throw new Error(`expected a BackupError, got ${String(error)}`, { cause: error });
  }
  return error.problem;
}

async function emptyCounts(db: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await dataTables(db)) {
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${table.name}"`,
    );
    counts[table.name] = rows[0]!.n;
  }
  return counts;
}

function allZero(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.keys(counts).map((k) => [k, 0]));
}

describeEachDatabase('backup and restore', (target) => {
  async function migrated(): Promise<Database> {
    const { db } = await target.fresh();
    await migrate(db);
    return db;
  }

  it('fills every table of data in the fixture, so that the round trip covers them all', async () => {
    const db = await migrated();
    await fillEveryTable(db);
    const dump = await dumpTables(db);
    for (const [table, rows] of Object.entries(dump.rows)) {
      expect(rows.length, table).toBeGreaterThan(0);
    }
    expect(Object.keys(dump.rows)).toContain('audit_log');
  });

  it('restores every row and sequence exactly, through a gzip file, into an empty database', async () => {
    const source = await migrated();
    await fillEveryTable(source);
    const file = join(tempDir(), 'samverka.jsonl.gz');
    const written = await writeBackupFile(file, (write) => backupDatabase(source, write, META));
    expect(readFileSync(file).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));

    const copy = await migrated();
    const restored: RestoreSummary = await restoreDatabase(
      copy,
      backupLines(await openBackupFile(file)),
    );
    expect(restored).toMatchObject({ tables: written.tables, rows: written.rows });
    expect(restored.header).toMatchObject({
      samverkaVersion: '9.9.9',
      createdAt: META.now.toISOString(),
      source: target.kind,
    });
    expect(written.rows).toBeGreaterThan(3500);
    expect(await dumpTables(copy)).toEqual(await dumpTables(source));

    // The sequences go on where the source's stood: the outbox's next id is past the deleted one.
    const next = await copy.query<{ id: number }>(
      `INSERT INTO outbox (to_address, subject, body) VALUES ('a@b.se', 's', 'b') RETURNING id`,
    );
    const sourceNext = await source.query<{ id: number }>(
      `INSERT INTO outbox (to_address, subject, body) VALUES ('a@b.se', 's', 'b') RETURNING id`,
    );
    expect(next.rows[0]!.id).toBe(sourceNext.rows[0]!.id);
    expect(next.rows[0]!.id).toBe(4);
  });

  it('writes the same backup twice from the same data, and again from the restored copy', async () => {
    const source = await migrated();
    await fillEveryTable(source);
    const first = await backupToLines(source);
    expect(await backupToLines(source)).toEqual(first);
    const copy = await migrated();
    await restoreDatabase(copy, each(first));
    expect(await backupToLines(copy)).toEqual(first);
  });

  it('keeps the audit log append-only after a restore', async () => {
    const source = await migrated();
    await fillEveryTable(source);
    const copy = await migrated();
    await restoreDatabase(copy, each(await backupToLines(source)));
    await expect(copy.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(copy.query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/append-only/);
  });

  it('restores into a database an application has started on (app_meta and the search index are not data)', async () => {
    const source = await migrated();
    await fillEveryTable(source);
    const copy = await migrated();
    await copy.query(`INSERT INTO app_meta (key, value) VALUES ('csrf_key', 'mål-nyckel')`);
    await copy.query(
      `INSERT INTO search_documents (id, lang, kind, url, title, body) VALUES ('iop', 'sv', 'knowledge', '/kunskap/iop', 'IOP', 'text')`,
    );
    await restoreDatabase(copy, each(await backupToLines(source)));
    const key = await copy.query<{ value: string }>(
      `SELECT value FROM app_meta WHERE key = 'csrf_key'`,
    );
    expect(key.rows[0]!.value).toBe('mål-nyckel');
    expect((await dumpTables(copy)).rows).toEqual((await dumpTables(source)).rows);
  });

  it('refuses a database that holds data, and changes nothing in it', async () => {
    const source = await migrated();
    await fillEveryTable(source);
    const lines = await backupToLines(source);
    const copy = await migrated();
    await copy.query(`INSERT INTO outbox (to_address, subject, body) VALUES ('x@y.se', 's', 'b')`);
    const before = await dumpTables(copy);
    expect(await refusal(copy, lines)).toEqual({ code: 'not-empty', tables: ['outbox'] });
    expect(await dumpTables(copy)).toEqual(before);
  });

  it('refuses a file that breaks off, and leaves the database empty', async () => {
    const source = await migrated();
    await fillEveryTable(source);
    const lines = await backupToLines(source);
    const copy = await migrated();
    const before = await emptyCounts(copy);
    expect(before).toEqual(allZero(before));

    // Cut in the middle of the rows: the tables before the cut were inserted, and are undone.
    const cut = lines.slice(0, Math.floor(lines.length * 0.9));
    expect(await refusal(copy, cut)).toMatchObject({
      code: 'damaged',
      damage: { kind: 'row-count' },
    });
    expect(await emptyCounts(copy)).toEqual(before);
    // Without the end line.
    expect(await refusal(copy, lines.slice(0, -1))).toEqual({
      code: 'damaged',
      line: null,
      damage: { kind: 'no-end' },
    });
    expect(await emptyCounts(copy)).toEqual(before);
    // The whole file still restores into the same database: nothing was left behind or locked.
    await restoreDatabase(copy, each(lines));
    expect(await dumpTables(copy)).toEqual(await dumpTables(source));
  });

  it('refuses a row the database rejects, a line that is not JSON, and lines after the end', async () => {
    const source = await migrated();
    await fillEveryTable(source);
    const lines = await backupToLines(source);
    const copy = await migrated();
    const before = await emptyCounts(copy);

    // The last row of the file, in one of the last tables: everything before it is undone.
    const lastRow = lines.length - 2;
    const broken = [...lines];
    broken[lastRow] = broken[lastRow]!.replace(/"[0-9a-f]{8}-[0-9a-f-]{27}"/, '"not-a-uuid"');
    expect(broken[lastRow]).not.toBe(lines[lastRow]);
    expect(await refusal(copy, broken)).toMatchObject({
      code: 'damaged',
      damage: { kind: 'rejected', reason: expect.stringMatching(/uuid/) as unknown },
    });
    expect(await emptyCounts(copy)).toEqual(before);

    const notJson = [...lines];
    notJson[lastRow] = notJson[lastRow]!.slice(0, 20);
    expect(await refusal(copy, notJson)).toEqual({
      code: 'damaged',
      line: lastRow + 1,
      damage: { kind: 'not-json' },
    });
    expect(await emptyCounts(copy)).toEqual(before);

    const wrongColumns = [...lines];
    wrongColumns[lastRow] = JSON.stringify({ ...JSON.parse(lines[lastRow]!), extra: 1 });
    expect(await refusal(copy, wrongColumns)).toMatchObject({
      code: 'damaged',
      line: lastRow + 1,
      damage: { kind: 'row-columns' },
    });

    expect(await refusal(copy, [...lines, '{}'])).toMatchObject({
      code: 'damaged',
      damage: { kind: 'after-end' },
    });
    expect(await emptyCounts(copy)).toEqual(before);
  });

  it('refuses a backup of another schema version, or of other migrations, and what is no backup', async () => {
    const source = await migrated();
    await fillEveryTable(source);
    const [header, ...rest] = await backupToLines(source);
    const parsed = JSON.parse(header!) as {
      schemaVersion: number;
      migrations: { checksum: string }[];
    };
    const copy = await migrated();
    const before = await emptyCounts(copy);

    const older = JSON.stringify({ ...parsed, schemaVersion: parsed.schemaVersion - 1 });
    expect(await refusal(copy, [older, ...rest])).toEqual({
      code: 'schema-version',
      backup: parsed.schemaVersion - 1,
      database: parsed.schemaVersion,
      samverkaVersion: '9.9.9',
    });
    const edited = JSON.stringify({
      ...parsed,
      migrations: parsed.migrations.map((m, i) => (i === 0 ? { ...m, checksum: 'edited' } : m)),
    });
    expect(await refusal(copy, [edited, ...rest])).toEqual({
      code: 'schema-differs',
      version: parsed.schemaVersion,
    });
    expect(await refusal(copy, ['id,name', '1,x'])).toEqual({ code: 'not-a-backup' });
    expect(await refusal(copy, [])).toEqual({ code: 'not-a-backup' });
    const future = JSON.stringify({ ...parsed, formatVersion: 2 });
    expect(await refusal(copy, [future, ...rest])).toEqual({
      code: 'format-version',
      found: 2,
      supported: 1,
    });
    expect(await emptyCounts(copy)).toEqual(before);
  });

  if (target.kind === 'postgresql') {
    it('takes one consistent moment while another instance writes', async () => {
      const { db: source, openAnother } = await target.fresh();
      await migrate(source);
      await fillEveryTable(source);
      const other = await openAnother();
      const outboxBefore = (await dumpTables(source)).rows.outbox!.length;
      let text = '';
      let wrote = false;
      await backupDatabase(
        source,
        async (t) => {
          text += t;
          if (!wrote) {
            wrote = true;
            // Committed after the backup began: not in it, though the outbox is read later.
            await other.query(
              `INSERT INTO outbox (to_address, subject, body) VALUES ('late@x.se', 's', 'b')`,
            );
          }
        },
        META,
      );
      expect(text).not.toContain('late@x.se');
      const outboxRecord = text
        .split('\n')
        .map((l) => JSON.parse(l || '{}') as { table?: string; rows?: number })
        .find((r) => r.table === 'outbox');
      expect(outboxRecord?.rows).toBe(outboxBefore);
      expect((await dumpTables(source)).rows.outbox).toHaveLength(outboxBefore + 1);
    });

    it('restores a backup of PGlite into PostgreSQL and one of PostgreSQL into PGlite', async () => {
      const embedded = await openScratchPglite();
      try {
        await migrate(embedded.db);
        await fillEveryTable(embedded.db);
        const fromPglite = await backupToLines(embedded.db);
        const server = await migrated();
        await restoreDatabase(server, each(fromPglite));
        expect(await dumpTables(server)).toEqual(await dumpTables(embedded.db));

        const back = await openScratchPglite();
        try {
          await migrate(back.db);
          const fromPostgres = await backupToLines(server);
          expect(JSON.parse(fromPostgres[0]!)).toMatchObject({ source: 'postgresql' });
          // The same data gives the same lines whichever database wrote them.
          expect(fromPostgres.slice(1)).toEqual(fromPglite.slice(1));
          await restoreDatabase(back.db, each(fromPostgres));
          expect(await dumpTables(back.db)).toEqual(await dumpTables(embedded.db));
        } finally {
          await back.dispose();
        }
      } finally {
        await embedded.dispose();
      }
    });
  }
});

describeEachDatabase('the tables a backup covers', (target) => {
  it('are every table of the schema except the schema, installation facts and search index', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const all = await db.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1`,
    );
    const covered = (await dataTables(db)).map((t) => t.name);
    expect([...covered, ...TABLES_NOT_BACKED_UP].sort()).toEqual(all.rows.map((r) => r.name));
    expect(covered).toContain('audit_log');
    expect(covered).toContain('case_decisions');
  });

  it('come after the tables their foreign keys point to', async () => {
    const { db } = await target.fresh();
    await migrate(db);
    const order = (await dataTables(db)).map((t) => t.name);
    const keys = await db.query<{ child: string; parent: string }>(
      `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
         JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
        WHERE k.contype = 'f'`,
    );
    expect(keys.rows.length).toBeGreaterThan(10);
    for (const { child, parent } of keys.rows) {
      expect(order.indexOf(parent), `${parent} before ${child}`).toBeLessThan(order.indexOf(child));
    }
  });
});

describe('backup files', () => {
  it('leave the previous file in place when writing fails, and no partial file behind', async () => {
    const dir = tempDir();
    const file = join(dir, 'backup.jsonl');
    writeFileSync(file, 'previous\n');
    await expect(
      writeBackupFile(file, async (write) => {
        await write('{"format":"samverka-backup"}\n');
        throw new Error('the database went away');
      }),
    ).rejects.toThrow('the database went away');
    expect(readFileSync(file, 'utf8')).toBe('previous\n');
    expect(readdirSync(dir)).toEqual(['backup.jsonl']);
  });

  it('are readable by their owner only', async () => {
    const file = join(tempDir(), 'backup.jsonl');
    await writeBackupFile(file, (write) => write('x\n'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('read back line by line, plain or gzip, with CRLF and without a last newline', async () => {
    const dir = tempDir();
    const lines = ['{"a":"å"}', '{"b":"🙂"}', 'x'.repeat(200_000)];
    for (const name of ['b.jsonl', 'b.jsonl.gz']) {
      const file = join(dir, name);
      await writeBackupFile(file, (write) => write(`${lines.join('\n')}\n`));
      const read: string[] = [];
      for await (const line of backupLines(await openBackupFile(file))) read.push(line);
      expect(read).toEqual(lines);
    }
    const crlf = join(dir, 'crlf.jsonl');
    writeFileSync(crlf, 'a\r\nb');
    const read: string[] = [];
    for await (const line of backupLines(await openBackupFile(crlf))) read.push(line);
    expect(read).toEqual(['a', 'b']);
  });

  it('refuse a gzip file that breaks off, and bytes that are not UTF-8', async () => {
    const dir = tempDir();
    const file = join(dir, 'b.jsonl.gz');
    await writeBackupFile(file, (write) => write(`${'{"row":"abcdefghij"}\n'.repeat(5000)}`));
    const bytes = readFileSync(file);
    const cut = join(dir, 'cut.jsonl.gz');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const readAll = async (path: string) => {
      for await (const line of backupLines(await openBackupFile(path))) void line;
    };
    await expect(readAll(cut)).rejects.toMatchObject({
      problem: { code: 'damaged', damage: { kind: 'unreadable' } },
    });
    const latin1 = join(dir, 'latin1.jsonl');
    writeFileSync(latin1, Buffer.from([0x7b, 0xe5, 0x7d, 0x0a]));
    await expect(readAll(latin1)).rejects.toMatchObject({
      problem: { code: 'damaged', damage: { kind: 'unreadable' } },
    });
  });
});
