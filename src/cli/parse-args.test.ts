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
    expect(problem([])).toBe('name a command: assess, rules or serve');
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

  it('words problems in the language asked for, when it is one it speaks', () => {
    const parsed = parseArgs(['assess', '--lang', 'en']);
    expect(parsed).toMatchObject({ ok: false, lang: 'en' });
    expect(parseArgs(['assess', '--lang', 'de'])).toMatchObject({ ok: false, lang: 'sv' });
  });
});
