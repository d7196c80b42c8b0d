import { describe, expect, it } from 'vitest';
import { en } from './locales/en';
import { parseArgs } from './parse-args';

function problem(argv: string[]): string {
  const parsed = parseArgs(argv);
  if (parsed.ok) throw new Error(`expected a problem with ${argv.join(' ')}`);
  return parsed.problem(en);
}

describe('parseArgs', () => {
  it('reads assess with its defaults: Swedish, JSON, no trace', () => {
    expect(parseArgs(['assess', 'case.json'])).toEqual({
      ok: true,
      command: { kind: 'assess', lang: 'sv', file: 'case.json', format: 'json', explain: false },
    });
  });

  it('reads options before or after the file, with a space or an equals sign', () => {
    const expected = {
      ok: true,
      command: { kind: 'assess', lang: 'en', file: '-', format: 'text', explain: true },
    };
    expect(parseArgs(['assess', '--lang', 'en', '-', '--format=text', '--explain'])).toEqual(
      expected,
    );
    expect(parseArgs(['--explain', '--lang=en', '--format', 'text', 'assess', '-'])).toEqual(
      expected,
    );
  });

  it('defaults rules to a text table', () => {
    expect(parseArgs(['rules'])).toEqual({
      ok: true,
      command: { kind: 'rules', lang: 'sv', format: 'text' },
    });
  });

  it('gives help and version precedence over everything else', () => {
    expect(parseArgs(['assess', '--help'])).toMatchObject({ ok: true, command: { kind: 'help' } });
    expect(parseArgs(['-V'])).toMatchObject({ ok: true, command: { kind: 'version' } });
  });

  it('refuses unknown commands and options, and options of another command', () => {
    expect(problem(['asses', 'x.json'])).toBe('unknown command: asses');
    expect(problem(['assess', 'x.json', '--verbose'])).toBe('unknown option: --verbose');
    expect(problem(['assess', 'x.json', '--language=en'])).toBe('unknown option: --language=en');
    expect(problem(['rules', '--explain'])).toBe('unknown option: --explain');
    expect(problem([])).toBe(
      'name a command: assess, rules, serve, org, user, outbox, backup, restore, import or export',
    );
    expect(problem(['org'])).toBe('name what to do: samverka org create');
    expect(problem(['user', 'delete'])).toBe('unknown command: user delete');
    expect(problem(['user', 'reset', '--email', 'a@b.se', '--role', 'owner'])).toBe(
      'unknown option: --role',
    );
    expect(problem(['backup', 'b.jsonl', '--password-stdin'])).toBe(
      'unknown option: --password-stdin',
    );
    expect(problem(['user', 'reset', '--email', 'a@b.se', '--password-stdin=yes'])).toBe(
      'unknown option: --password-stdin=yes',
    );
  });

  it('refuses missing and wrong values', () => {
    expect(problem(['assess', 'x.json', '--lang'])).toBe('--lang needs a value');
    expect(problem(['assess', 'x.json', '--format', '--explain'])).toBe('--format needs a value');
    expect(problem(['assess', 'x.json', '--lang', 'de'])).toBe(
      '--lang: expected one of sv, en (got "de")',
    );
    expect(problem(['assess', 'x.json', '--format', 'yaml'])).toBe(
      '--format: expected one of json, text (got "yaml")',
    );
  });

  it('wants exactly one file for assess and none for the others', () => {
    expect(problem(['assess'])).toBe('name a file holding a case, or - for standard input');
    expect(problem(['assess', 'a.json', 'b.json'])).toBe('unexpected argument: b.json');
    expect(problem(['serve', 'now'])).toBe('unexpected argument: now');
  });

  it('reads the operator commands', () => {
    expect(
      parseArgs([
        'org',
        'create',
        '--name=Föreningen Ö',
        '--orgnr',
        '802000-0009',
        '--kind',
        'ideburen',
        '--owner',
        'a@b.se',
      ]),
    ).toEqual({
      ok: true,
      command: {
        kind: 'org-create',
        lang: 'sv',
        name: 'Föreningen Ö',
        orgnr: '802000-0009',
        orgKind: 'ideburen',
        owner: 'a@b.se',
      },
    });
    expect(
      parseArgs(['user', 'create', '--email', 'a@b.se', '--name', 'A', '--lang', 'en']),
    ).toEqual({
      ok: true,
      command: {
        kind: 'user-create',
        lang: 'en',
        email: 'a@b.se',
        name: 'A',
        passwordStdin: false,
      },
    });
    expect(
      parseArgs([
        'user',
        'create',
        '--email',
        'a@b.se',
        '--name',
        'A',
        '--org',
        '802000-0009',
        '--role',
        'reader',
        '--password-stdin',
      ]),
    ).toMatchObject({
      ok: true,
      command: { membership: { orgnr: '802000-0009', role: 'reader' }, passwordStdin: true },
    });
    expect(parseArgs(['user', 'reset', '--email', 'a@b.se', '--password-stdin'])).toEqual({
      ok: true,
      command: { kind: 'user-reset', lang: 'sv', email: 'a@b.se', passwordStdin: true },
    });
    expect(parseArgs(['outbox'])).toEqual({
      ok: true,
      command: { kind: 'outbox', lang: 'sv', limit: 20 },
    });
    expect(parseArgs(['outbox', '--limit=1000'])).toMatchObject({ command: { limit: 1000 } });
    expect(parseArgs(['backup', '-'])).toEqual({
      ok: true,
      command: { kind: 'backup', lang: 'sv', file: '-' },
    });
    expect(parseArgs(['restore', 'b.jsonl.gz'])).toEqual({
      ok: true,
      command: { kind: 'restore', lang: 'sv', file: 'b.jsonl.gz' },
    });
  });

  it('reads the import and export of the directory', () => {
    expect(parseArgs(['import', 'organisations', 'aktorer.csv'])).toEqual({
      ok: true,
      command: { kind: 'import-organisations', lang: 'sv', file: 'aktorer.csv', dryRun: false },
    });
    expect(parseArgs(['import', 'organisations', '--dry-run', '-', '--lang', 'en'])).toEqual({
      ok: true,
      command: { kind: 'import-organisations', lang: 'en', file: '-', dryRun: true },
    });
    expect(parseArgs(['export', 'organisations'])).toEqual({
      ok: true,
      command: { kind: 'export-organisations', lang: 'sv', format: 'csv' },
    });
    expect(parseArgs(['export', 'organisations', '--format=json', '--output', 'ut.json'])).toEqual({
      ok: true,
      command: { kind: 'export-organisations', lang: 'sv', format: 'json', output: 'ut.json' },
    });
    expect(problem(['import', 'organisations'])).toBe(
      'name the CSV file to import, or - for standard input',
    );
    expect(problem(['import', 'actors', 'x.csv'])).toBe('unknown command: import actors');
    expect(problem(['import', 'organisations', 'a.csv', 'b.csv'])).toBe(
      'unexpected argument: b.csv',
    );
    expect(problem(['export', 'organisations', '--format', 'text'])).toBe(
      '--format: expected one of csv, json (got "text")',
    );
    expect(problem(['export', 'organisations', '--dry-run'])).toBe('unknown option: --dry-run');
    expect(problem(['rules', '--format', 'csv'])).toBe(
      '--format: expected one of json, text (got "csv")',
    );
  });

  it('names every missing option of an operator command, and options that go together', () => {
    expect(problem(['org', 'create'])).toBe('--name, --orgnr, --kind and --owner are required');
    expect(problem(['user', 'create', '--email', 'a@b.se'])).toBe('--name is required');
    expect(problem(['user', 'create', '--email', 'a@b.se', '--name', 'A', '--org', '1'])).toBe(
      '--org needs --role as well',
    );
    expect(problem(['user', 'reset', '--email'])).toBe('--email needs a value');
    expect(problem(['outbox', '--limit', '1001'])).toBe(
      '--limit: expected a whole number from 1 to 1000 (got "1001")',
    );
    expect(problem(['outbox', '--limit', '-1'])).toBe(
      '--limit: expected a whole number from 1 to 1000 (got "-1")',
    );
    expect(problem(['backup'])).toBe(
      'name the file to write the backup to, or - for standard output',
    );
    expect(problem(['restore', 'a', 'b'])).toBe('unexpected argument: b');
    expect(problem(['outbox', 'now'])).toBe('unexpected argument: now');
  });

  it('words problems in the language asked for, when it is one it speaks', () => {
    const parsed = parseArgs(['assess', '--lang', 'en']);
    expect(parsed).toMatchObject({ ok: false, lang: 'en' });
    expect(parseArgs(['assess', '--lang', 'de'])).toMatchObject({ ok: false, lang: 'sv' });
  });
});
