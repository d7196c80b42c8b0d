// The operator's commands end to end: the built command line, run as a person runs it, on the
// embedded database in a folder of its own (and, for backup and restore, on PostgreSQL too).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer, createSession, findUserByEmail, verifyPassword } from '../accounts/index';
import type { Database } from '../db/database';
import { adminQuery } from '../db/postgres-admin';
import { dataTables } from '../db/table-catalog';
import { luhnCheckDigit } from '../domain/orgnr/index';
import { isCi, testDatabaseUrl } from '../test-support/environment';
import {
  CLI,
  ensureBuiltCli,
  runBuiltCli,
  runEmbeddedCli,
  withEmbeddedData,
} from './built-cli.fixture';

let root: string;
beforeAll(() => {
  ensureBuiltCli();
  root = mkdtempSync(join(tmpdir(), 'samverka-ops-'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

async function rowCounts(db: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await dataTables(db)) {
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${table.name}"`,
    );
    counts[table.name] = rows[0]!.n;
  }
  return counts;
}

/** A backup's lines with the header's moment and source left out, to compare two backups. */
function backupContent(file: string): unknown[] {
  const bytes = readFileSync(file);
  const text = (bytes[0] === 0x1f ? gunzipSync(bytes) : bytes).toString('utf8');
  const [header, ...rest] = text.trimEnd().split('\n');
  const { createdAt, source, ...kept } = JSON.parse(header!) as Record<string, unknown>;
  expect(typeof createdAt).toBe('string');
  expect(['pglite', 'postgresql']).toContain(source);
  return [kept, ...rest];
}

const OWNER = 'Anna.Andersson@malmo.se';
const PASSWORD = 'ett långt lösenord för Anna';
const ORGNR_BODY = '802123456';
const ORGNR = `${ORGNR_BODY.slice(0, 6)}-${ORGNR_BODY.slice(6)}${luhnCheckDigit(ORGNR_BODY)}`;

describe('the command line bundle', () => {
  it('leaves the database, password hashing and mail to the operations bundle', () => {
    const external = (bundle: string) =>
      [...bundle.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
    const cli = external(readFileSync(CLI, 'utf8'));
    const operations = external(readFileSync(join(CLI, '..', 'operations.js'), 'utf8'));
    for (const heavy of ['pg', '@electric-sql/pglite', '@node-rs/argon2', 'nodemailer']) {
      expect(cli, heavy).not.toContain(heavy);
      expect(operations, heavy).toContain(heavy);
    }
  });
});

describe('samverka org create, user create, user reset and outbox', () => {
  let data: string;
  beforeAll(() => {
    data = join(root, 'accounts');
  });

  it('user create reads the password from one line of standard input and keeps only its hash', async () => {
    const created = runEmbeddedCli(
      data,
      ['user', 'create', '--email', OWNER, '--name', 'Anna Andersson', '--password-stdin'],
      `${PASSWORD}\nthe second line is not read\n`,
    );
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toBe(`Kontot är skapat: Anna Andersson <${OWNER}>\n`);
    await withEmbeddedData(data, async (db) => {
      const user = await findUserByEmail(db, OWNER);
      expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(user!.passwordHash!, PASSWORD)).toBe(true);
    });
  });

  it('user create without --password-stdin makes up a password and prints it once', async () => {
    const created = runEmbeddedCli(data, [
      'user',
      'create',
      '--lang',
      'en',
      '--email',
      'bo@malmo.se',
      '--name',
      'Bo Berg',
    ]);
    expect(created.status).toBe(0);
    const password = /^Password: (\S+)$/m.exec(created.stdout)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect(created.stdout).toContain('The password is shown only now.');
    await withEmbeddedData(data, async (db) => {
      const user = await findUserByEmail(db, 'bo@malmo.se');
      expect(await verifyPassword(user!.passwordHash!, password!)).toBe(true);
    });
  });

  it('org create makes the organisation with its owner, suggests the legal form and records the operator', async () => {
    const created = runEmbeddedCli(data, [
      'org',
      'create',
      '--name',
      'Föreningen Ökenvind',
      '--orgnr',
      ORGNR,
      '--kind',
      'ideburen',
      '--owner',
      OWNER.toLowerCase(),
    ]);
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toContain(
      `Organisationen är skapad: Föreningen Ökenvind (${ORGNR}), idéburen organisation.\n`,
    );
    expect(created.stdout).toContain(`Ägare: Anna Andersson <${OWNER}>\n`);
    expect(created.stdout).toContain(
      'Organisationsnumret börjar med 8 (ideella föreningar och stiftelser). Det tyder på ideell förening, stiftelse eller registrerat trossamfund.\n',
    );
    const id = /^id: (\S+)$/m.exec(created.stdout)?.[1];
    await withEmbeddedData(data, async (db) => {
      const org = await db.query<{ name: string; orgnr: string; kind: string }>(
        'SELECT name, orgnr, kind FROM organisations WHERE id = $1',
        [id],
      );
      expect(org.rows).toEqual([
        { name: 'Föreningen Ökenvind', orgnr: ORGNR.replace('-', ''), kind: 'ideburen' },
      ]);
      const members = await db.query<{ email: string; role: string }>(
        `SELECT u.email, m.role FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organisation_id = $1`,
        [id],
      );
      expect(members.rows).toEqual([{ email: OWNER, role: 'owner' }]);
      const audit = await db.query(
        `SELECT action, actor_user_id, actor_token_id, subject_id FROM audit_log WHERE organisation_id = $1`,
        [id],
      );
      expect(audit.rows).toEqual([
        {
          action: 'organisation.created',
          actor_user_id: null,
          actor_token_id: null,
          subject_id: id,
        },
      ]);
    });
  });

  it('org create refuses an owner without an account, saying how to make one, and a number taken', () => {
    const noOwner = runEmbeddedCli(data, [
      'org',
      'create',
      '--lang',
      'en',
      '--name',
      'X',
      '--orgnr',
      '212000-0142',
      '--kind',
      'public-body',
      '--owner',
      'nobody@malmo.se',
    ]);
    expect(noOwner.status).toBe(2);
    expect(noOwner.stdout).toBe('');
    expect(noOwner.stderr).toBe(
      '--owner: there is no account for nobody@malmo.se. Create the account first: samverka user create --email nobody@malmo.se --name "NAME"\n',
    );
    const taken = runEmbeddedCli(data, [
      'org',
      'create',
      '--name',
      'Y',
      '--orgnr',
      ORGNR.replace('-', ''),
      '--kind',
      'ideburen',
      '--owner',
      OWNER,
    ]);
    expect(taken.status).toBe(2);
    expect(taken.stderr).toBe(`--orgnr: ${ORGNR} är redan registrerat (Föreningen Ökenvind).\n`);
  });

  it('user create with --org and --role makes a member, recorded in the audit log', async () => {
    const created = runEmbeddedCli(
      data,
      [
        'user',
        'create',
        '--email',
        'cajsa@okenvind.se',
        '--name',
        'Cajsa Lind',
        '--org',
        ORGNR,
        '--role',
        'editor',
        '--password-stdin',
      ],
      'ett annat långt lösenord\n',
    );
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toBe(
      `Kontot är skapat: Cajsa Lind <cajsa@okenvind.se>\nMedlem i Föreningen Ökenvind (${ORGNR}) som redaktör.\n`,
    );
    await withEmbeddedData(data, async (db) => {
      const audit = await db.query<{ detail: unknown; actor_user_id: string | null }>(
        `SELECT a.detail, a.actor_user_id FROM audit_log a JOIN users u ON u.id::text = a.subject_id
          WHERE a.action = 'member.joined' AND u.email = 'cajsa@okenvind.se'`,
      );
      expect(audit.rows).toEqual([
        { detail: { role: 'editor', via: 'command-line' }, actor_user_id: null },
      ]);
    });
    const again = runEmbeddedCli(data, [
      'user',
      'create',
      '--email',
      'CAJSA@okenvind.se',
      '--name',
      'C',
    ]);
    expect(again.status).toBe(2);
    expect(again.stderr).toBe('--email: det finns redan ett konto för CAJSA@okenvind.se.\n');
    const noOrg = runEmbeddedCli(data, [
      'user',
      'create',
      '--lang',
      'en',
      '--email',
      'd@okenvind.se',
      '--name',
      'D',
      '--org',
      '212000-0142',
      '--role',
      'reader',
    ]);
    expect(noOrg.status).toBe(2);
    expect(noOrg.stderr).toBe(
      '--org: no organisation has the organisation number 212000-0142. Create it with samverka org create.\n',
    );
  });

  it('user reset sets the new password and ends every session of the account', async () => {
    await withEmbeddedData(data, async (db) => {
      const user = await findUserByEmail(db, OWNER);
      for (let i = 0; i < 2; i++) {
        await createSession(db, { userId: user!.id, method: 'password', now: new Date() });
      }
    });
    const reset = runEmbeddedCli(
      data,
      ['user', 'reset', '--email', OWNER.toUpperCase(), '--password-stdin'],
      'ett nytt långt lösenord\n',
    );
    expect(reset.stderr).toBe('');
    expect(reset.status).toBe(0);
    expect(reset.stdout).toBe(
      `Nytt lösenord för Anna Andersson <${OWNER}>. 2 inloggningar avslutades.\n`,
    );
    await withEmbeddedData(data, async (db) => {
      const user = await findUserByEmail(db, OWNER);
      expect(await verifyPassword(user!.passwordHash!, 'ett nytt långt lösenord')).toBe(true);
      expect(await verifyPassword(user!.passwordHash!, PASSWORD)).toBe(false);
      const sessions = await db.query('SELECT 1 FROM sessions WHERE user_id = $1', [user!.id]);
      expect(sessions.rowCount).toBe(0);
    });
    const unknown = runEmbeddedCli(data, [
      'user',
      'reset',
      '--lang',
      'en',
      '--email',
      'nobody@malmo.se',
    ]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('--email: there is no account for nobody@malmo.se.\n');
    const short = runEmbeddedCli(
      data,
      ['user', 'reset', '--email', OWNER, '--password-stdin'],
      'kort\n',
    );
    expect(short.status).toBe(2);
    expect(short.stderr).toBe('--password-stdin: Lösenordet ska vara minst 12 tecken långt.\n');
  });

  it('outbox prints the mail kept for sending, newest first, whole', async () => {
    await withEmbeddedData(data, async (db) => {
      const mailer = createMailer({ from: 'samverka <noreply@localhost>' });
      await mailer.send(
        db,
        {
          to: 'bo@malmo.se',
          subject: 'Inbjudan',
          text: 'Följ länken:\nhttps://x.se/inbjudan/abc\n',
        },
        new Date('2024-03-05T09:00:00Z'),
      );
      await mailer.send(
        db,
        { to: 'cajsa@okenvind.se', subject: 'Återställ lösenordet', text: 'https://x.se/r/def' },
        new Date('2024-03-06T09:00:00Z'),
      );
    });
    const all = runEmbeddedCli(data, ['outbox', '--lang', 'en']);
    expect(all.status).toBe(0);
    expect(all.stdout).toMatch(/^2 messages in the outbox, newest first:\n\n/);
    const newer = all.stdout.indexOf('To: cajsa@okenvind.se');
    const older = all.stdout.indexOf('To: bo@malmo.se');
    expect(newer).toBeGreaterThan(0);
    expect(older).toBeGreaterThan(newer);
    expect(all.stdout).toContain('Subject: Återställ lösenordet\n');
    expect(all.stdout).toContain('Created: 2024-03-05T09:00:00Z, not sent (no SMTP_URL)');
    expect(all.stdout).toContain('\n\nFölj länken:\nhttps://x.se/inbjudan/abc\n');
    const one = runEmbeddedCli(data, ['outbox', '--limit', '1']);
    expect(one.status).toBe(0);
    expect(one.stdout).toMatch(/^1 brev i utkorgen:\n/);
    expect(one.stdout).toContain('Till: cajsa@okenvind.se');
    expect(one.stdout).not.toContain('bo@malmo.se');
    const empty = runEmbeddedCli(join(root, 'empty-outbox'), ['outbox']);
    expect(empty.status).toBe(0);
    expect(empty.stdout).toBe('Utkorgen är tom.\n');
  });
});

describe('the operator commands refuse bad arguments before touching the database', () => {
  const cases: { args: string[]; sv: string; en: string }[] = [
    {
      args: ['user', 'create', '--name', 'Anna'],
      sv: 'samverka: --email måste anges\n',
      en: 'samverka: --email is required\n',
    },
    {
      args: ['user', 'reset'],
      sv: 'samverka: --email måste anges\n',
      en: 'samverka: --email is required\n',
    },
    {
      args: ['org', 'create', '--name', 'X'],
      sv: 'samverka: --orgnr, --kind och --owner måste anges\n',
      en: 'samverka: --orgnr, --kind and --owner are required\n',
    },
    {
      args: ['org', 'create', '--name', 'X', '--orgnr', '802000-0001', '--kind', 'ideburen'],
      sv: 'samverka: --owner måste anges\n',
      en: 'samverka: --owner is required\n',
    },
    {
      args: [
        'org',
        'create',
        '--name',
        'X',
        '--orgnr',
        '802000-0001',
        '--kind',
        'ideburen',
        '--owner',
        'a@b.se',
      ],
      sv: '--orgnr: Organisationsnumret stämmer inte: kontrollsiffran (den sista) är fel. Kontrollera numret. Den ska vara 9.\n',
      en: '--orgnr: The organisation number does not add up: the check digit (the last one) is wrong. Check the number. It should be 9.\n',
    },
    {
      args: [
        'org',
        'create',
        '--name',
        'X',
        '--orgnr',
        '802000-0009',
        '--kind',
        'forening',
        '--owner',
        'a@b.se',
      ],
      sv: '--kind: ska vara en av public-body, ideburen, social-enterprise (inte "forening")\n',
      en: '--kind: expected one of public-body, ideburen, social-enterprise (got "forening")\n',
    },
    {
      args: ['org', 'create', '--name', ' ', '--orgnr', '12', '--kind', 'x', '--owner', 'nej'],
      sv:
        '--name: Fyll i fältet.\n' +
        '--orgnr: Skriv organisationsnumret med tio siffror, till exempel 802000-0000.\n' +
        '--kind: ska vara en av public-body, ideburen, social-enterprise (inte "x")\n' +
        '--owner: Skriv en e-postadress som namn@exempel.se.\n',
      en:
        '--name: Fill in this field.\n' +
        '--orgnr: Enter the organisation number as ten digits, for example 802000-0000.\n' +
        '--kind: expected one of public-body, ideburen, social-enterprise (got "x")\n' +
        '--owner: Enter an email address like name@example.com.\n',
    },
    {
      args: ['user', 'create', '--email', 'a@b.se', '--name', 'A', '--role', 'owner'],
      sv: 'samverka: --role behöver också --org\n',
      en: 'samverka: --role needs --org as well\n',
    },
    {
      args: ['user', 'create', '--email', 'a@b', '--name', 'A', '--org', '1', '--role', 'boss'],
      sv:
        '--email: Skriv en e-postadress som namn@exempel.se.\n' +
        '--org: Skriv organisationsnumret med tio siffror, till exempel 802000-0000.\n' +
        '--role: ska vara en av owner, editor, reader (inte "boss")\n',
      en:
        '--email: Enter an email address like name@example.com.\n' +
        '--org: Enter the organisation number as ten digits, for example 802000-0000.\n' +
        '--role: expected one of owner, editor, reader (got "boss")\n',
    },
    {
      args: ['outbox', '--limit', 'all'],
      sv: 'samverka: --limit: ska vara ett heltal från 1 till 1000 (inte "all")\n',
      en: 'samverka: --limit: expected a whole number from 1 to 1000 (got "all")\n',
    },
    {
      args: ['restore'],
      sv: 'samverka: ange säkerhetskopian som ska återläsas, eller - för standard in\n',
      en: 'samverka: name the backup file to restore, or - for standard input\n',
    },
  ];

  it.each(cases.flatMap((c) => (['sv', 'en'] as const).map((lang) => [lang, c] as const)))(
    '%s: %j',
    (lang, { args, sv, en }) => {
      const data = join(root, `refused-${lang}-${args.join('-').replace(/[^a-z0-9-]/gi, '')}`);
      const result = runEmbeddedCli(data, [...args, '--lang', lang]);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      const expected = lang === 'sv' ? sv : en;
      // A wrong command line is followed by the usage; a wrong value is one line per problem.
      if (expected.startsWith('samverka: ')) {
        expect(result.stderr.startsWith(`${expected}\n`)).toBe(true);
        expect(result.stderr).toContain(lang === 'sv' ? 'Användning:' : 'Usage:');
      } else {
        expect(result.stderr).toBe(expected);
      }
      expect(existsSync(data)).toBe(false);
    },
  );
});

describe('samverka backup and restore', () => {
  let source: string;
  let backup: string;

  beforeAll(() => {
    source = join(root, 'backup-source');
    const user = runEmbeddedCli(
      source,
      ['user', 'create', '--email', 'anna@malmo.se', '--name', 'Anna', '--password-stdin'],
      'ett långt lösenord\n',
    );
    expect(user.status).toBe(0);
    const org = runEmbeddedCli(source, [
      'org',
      'create',
      '--name',
      'Malmö stad',
      '--orgnr',
      '212000-1124',
      '--kind',
      'public-body',
      '--owner',
      'anna@malmo.se',
    ]);
    expect(org.status).toBe(0);
    backup = join(root, 'backup.jsonl.gz');
  });

  it('writes a compressed backup and restores it into an empty folder, exactly', async () => {
    const written = runEmbeddedCli(source, ['backup', backup]);
    expect(written.stderr).toBe('');
    expect(written.status).toBe(0);
    expect(written.stdout).toMatch(
      /^Säkerhetskopian är skriven till .*backup\.jsonl\.gz: \d+ tabeller, 4 rader, schemaversion \d+, från den inbyggda databasen \(.*backup-source\)\.\n$/,
    );
    expect(readFileSync(backup).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));

    const copy = join(root, 'backup-copy');
    const restored = runEmbeddedCli(copy, ['restore', backup, '--lang', 'en']);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(restored.stdout).toMatch(
      /^Restored from .*backup\.jsonl\.gz: \d+ tables, 4 rows \(backup of \d{4}-.*Z, samverka \d+\.\d+\.\d+\)\.\n$/,
    );

    const again = join(root, 'backup-again.jsonl');
    expect(runEmbeddedCli(copy, ['backup', again]).status).toBe(0);
    expect(backupContent(again)).toEqual(backupContent(backup));
    const [sourceRows, copyRows] = [
      await withEmbeddedData(source, rowCounts),
      await withEmbeddedData(copy, rowCounts),
    ];
    expect(copyRows).toEqual(sourceRows);
    expect(copyRows.organisations).toBe(1);
    // The restored account signs in with its password.
    await withEmbeddedData(copy, async (db) => {
      const user = await findUserByEmail(db, 'anna@malmo.se');
      expect(await verifyPassword(user!.passwordHash!, 'ett långt lösenord')).toBe(true);
    });
  });

  it('refuses to restore into a database that holds data, and changes nothing', async () => {
    const before = await withEmbeddedData(source, rowCounts);
    for (const lang of ['sv', 'en'] as const) {
      const refused = runEmbeddedCli(source, ['restore', backup, '--lang', lang]);
      expect(refused.status).toBe(2);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toContain(
        lang === 'sv'
          ? 'databasen innehåller redan data (audit_log, organisations, users, memberships)'
          : 'the database holds data already (audit_log, organisations, users, memberships)',
      );
      expect(refused.stderr).toMatch(
        lang === 'sv'
          ? /Ingenting har ändrats i databasen\.\n$/
          : /Nothing was changed in the database\.\n$/,
      );
    }
    expect(await withEmbeddedData(source, rowCounts)).toEqual(before);
  });

  it('refuses a file cut short and one that is no backup, and leaves the database empty', async () => {
    const text = gunzipSync(readFileSync(backup)).toString('utf8');
    const cut = join(root, 'cut.jsonl');
    writeFileSync(cut, text.slice(0, Math.floor(text.length * 0.95)));
    const copy = join(root, 'cut-copy');
    const refused = runEmbeddedCli(copy, ['restore', cut, '--lang', 'en']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^samverka: .*cut\.jsonl: the backup is damaged/);
    expect(refused.stderr).toMatch(/Nothing was changed in the database\.\n$/);
    const counts = await withEmbeddedData(copy, rowCounts);
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);

    const gzipCut = join(root, 'cut.jsonl.gz');
    const bytes = readFileSync(backup);
    writeFileSync(gzipCut, bytes.subarray(0, bytes.length - 30));
    const broken = runEmbeddedCli(copy, ['restore', gzipCut]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/säkerhetskopian är skadad: filen kan inte läsas: /);

    const csv = join(root, 'members.csv');
    writeFileSync(csv, 'email,name\n');
    const notBackup = runEmbeddedCli(copy, ['restore', csv]);
    expect(notBackup.status).toBe(2);
    expect(notBackup.stderr).toBe(
      `samverka: ${csv}: filen är ingen säkerhetskopia från samverka. Ingenting har ändrats i databasen.\n`,
    );
    const missing = runEmbeddedCli(copy, ['restore', join(root, 'missing.jsonl'), '--lang', 'en']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`samverka: cannot read ${join(root, 'missing.jsonl')}: ENOENT\n`);
    expect(await withEmbeddedData(copy, rowCounts)).toEqual(counts);
  });

  it('writes to standard output and reads from standard input with -', async () => {
    const out = runEmbeddedCli(source, ['backup', '-']);
    expect(out.status).toBe(0);
    expect(out.stderr).toMatch(/^Säkerhetskopian är skriven till -: /);
    const piped = join(root, 'piped');
    const restored = runEmbeddedCli(piped, ['restore', '-'], out.stdout);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(await withEmbeddedData(piped, rowCounts)).toEqual(
      await withEmbeddedData(source, rowCounts),
    );
  });

  const serverUrl = testDatabaseUrl();
  if (serverUrl || isCi()) {
    it('restores the embedded backup into PostgreSQL and backs it up from there alike', async () => {
      if (!serverUrl) {
        throw new Error('CI requires PostgreSQL: SAMVERKA_TEST_DATABASE_URL is not set.');
      }
      const name = `samverka_cli_${process.pid}_${Date.now()}`;
      await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
      try {
        const url = new URL(serverUrl);
        url.pathname = `/${name}`;
        const env = { ...process.env, DATABASE_URL: url.toString() };
        const restored = runBuiltCli(['restore', backup], undefined, { env, timeout: 60_000 });
        expect(restored.stderr).toBe('');
        expect(restored.status).toBe(0);
        const fromServer = join(root, 'from-postgresql.jsonl');
        const written = runBuiltCli(['backup', fromServer, '--lang', 'en'], undefined, {
          env,
          timeout: 60_000,
        });
        expect(written.status).toBe(0);
        expect(written.stdout).toContain('from PostgreSQL (postgresql://');
        expect(backupContent(fromServer)).toEqual(backupContent(backup));
        const refused = runBuiltCli(['restore', backup], undefined, { env, timeout: 60_000 });
        expect(refused.status).toBe(2);
        expect(refused.stderr).toContain('databasen innehåller redan data');
      } finally {
        await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }
    });
  } else {
    it.skip('restores the embedded backup into PostgreSQL (needs SAMVERKA_TEST_DATABASE_URL)', () => {});
  }
});
