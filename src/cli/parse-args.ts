import { isLang, type Lang } from '../engine';
import type { CliMessages } from './locales';

/** Output formats. */
export type OutputFormat = 'json' | 'text';

/** A command line understood. */
export type CliCommand =
  | { kind: 'help'; lang: Lang }
  | { kind: 'version'; lang: Lang }
  | { kind: 'assess'; lang: Lang; file: string; format: OutputFormat; explain: boolean }
  | { kind: 'rules'; lang: Lang; format: OutputFormat }
  | { kind: 'serve'; lang: Lang };

/** The command, or why the command line is wrong (worded later, in the language asked for). */
export type ParsedArgs =
  | { ok: true; command: CliCommand }
  | { ok: false; lang: Lang; problem: (m: CliMessages) => string };

const LANG_VALUES = ['sv', 'en'] as const;
const FORMAT_VALUES = ['json', 'text'] as const;
const COMMANDS = ['assess', 'rules', 'serve'] as const;
type CommandName = (typeof COMMANDS)[number];

/** The options each command takes; `--help` and `--version` go with any. */
const ALLOWED: Record<CommandName, readonly string[]> = {
  assess: ['--lang', '--format', '--explain'],
  rules: ['--lang', '--format'],
  serve: ['--lang'],
};

interface Scan {
  positionals: string[];
  options: Map<string, string | true>;
  problem?: (m: CliMessages) => string;
}

function scan(argv: readonly string[]): Scan {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') options.set('--help', true);
    else if (arg === '-V' || arg === '--version') options.set('--version', true);
    else if (arg === '--explain') options.set('--explain', true);
    else if (arg.startsWith('--lang') || arg.startsWith('--format')) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg : arg.slice(0, eq);
      if (name !== '--lang' && name !== '--format') {
        return { positionals, options, problem: (m) => m.unknownOption(arg) };
      }
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || (eq === -1 && value.startsWith('--'))) {
        return { positionals, options, problem: (m) => m.missingValue(name) };
      }
      options.set(name, value);
    } else if (arg.startsWith('-') && arg !== '-') {
      return { positionals, options, problem: (m) => m.unknownOption(arg) };
    } else positionals.push(arg);
  }
  return { positionals, options };
}

/** Reads the command line (without `node` and the script). */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const { positionals, options, problem } = scan(argv);
  const langOption = options.get('--lang');
  const lang: Lang = isLang(langOption) ? langOption : 'sv';
  if (problem !== undefined) return { ok: false, lang, problem };
  if (typeof langOption === 'string' && !isLang(langOption)) {
    return { ok: false, lang, problem: (m) => m.badValue('--lang', langOption, LANG_VALUES) };
  }
  if (options.has('--help')) return { ok: true, command: { kind: 'help', lang } };
  if (options.has('--version')) return { ok: true, command: { kind: 'version', lang } };

  const [name, ...rest] = positionals;
  if (name === undefined) return { ok: false, lang, problem: (m) => m.missingCommand };
  if (!(COMMANDS as readonly string[]).includes(name)) {
    return { ok: false, lang, problem: (m) => m.unknownCommand(name) };
  }
  const command = name as CommandName;
  for (const option of options.keys()) {
    if (!ALLOWED[command].includes(option)) {
      return { ok: false, lang, problem: (m) => m.unknownOption(option) };
    }
  }
  const formatOption = options.get('--format');
  if (
    typeof formatOption === 'string' &&
    !(FORMAT_VALUES as readonly string[]).includes(formatOption)
  ) {
    return { ok: false, lang, problem: (m) => m.badValue('--format', formatOption, FORMAT_VALUES) };
  }
  const format = formatOption as OutputFormat | undefined;

  if (command === 'assess') {
    const [file, extra] = rest;
    if (file === undefined) return { ok: false, lang, problem: (m) => m.missingFile };
    if (extra !== undefined) return { ok: false, lang, problem: (m) => m.extraArgument(extra) };
    const explain = options.has('--explain');
    return { ok: true, command: { kind: 'assess', lang, file, format: format ?? 'json', explain } };
  }
  if (rest[0] !== undefined) {
    const extra = rest[0];
    return { ok: false, lang, problem: (m) => m.extraArgument(extra) };
  }
  if (command === 'rules')
    return { ok: true, command: { kind: 'rules', lang, format: format ?? 'text' } };
  return { ok: true, command: { kind: 'serve', lang } };
}
