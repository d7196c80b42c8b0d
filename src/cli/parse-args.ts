import { isLang, type Lang } from '../engine';
import type { CliMessages } from './locales';

/** Output formats. */
export type OutputFormat = 'json' | 'text';

/** A command that works on the database (loaded only when one is run, see cli-io.ts). */
export type OperationCommand =
  | {
      kind: 'org-create';
      lang: Lang;
      name: string;
      orgnr: string;
      /** as typed; checked with the organisation's other fields */
      orgKind: string;
      owner: string;
    }
  | {
      kind: 'user-create';
      lang: Lang;
      email: string;
      name: string;
      /** the organisation (its organisationsnummer) and role of a first membership */
      membership?: { orgnr: string; role: string };
      passwordStdin: boolean;
    }
  | { kind: 'user-reset'; lang: Lang; email: string; passwordStdin: boolean }
  | { kind: 'outbox'; lang: Lang; limit: number }
  | { kind: 'backup'; lang: Lang; file: string }
  | { kind: 'restore'; lang: Lang; file: string }
  | { kind: 'import-organisations'; lang: Lang; file: string; dryRun: boolean }
  | {
      kind: 'export-organisations';
      lang: Lang;
      format: ExportFormat;
      /** the file to write; standard output without it */
      output?: string;
    };

/** Formats of the directory export. */
export type ExportFormat = 'csv' | 'json';

/** A command line understood. */
export type CliCommand =
  | { kind: 'help'; lang: Lang }
  | { kind: 'version'; lang: Lang }
  | { kind: 'assess'; lang: Lang; file: string; format: OutputFormat; explain: boolean }
  | { kind: 'rules'; lang: Lang; format: OutputFormat }
  | { kind: 'serve'; lang: Lang }
  | OperationCommand;

/** The command, or why the command line is wrong (worded later, in the language asked for). */
export type ParsedArgs =
  | { ok: true; command: CliCommand }
  | { ok: false; lang: Lang; problem: (m: CliMessages) => string };

const LANG_VALUES = ['sv', 'en'] as const;
const FORMAT_VALUES = ['json', 'text'] as const;
const EXPORT_FORMAT_VALUES = ['csv', 'json'] as const;
/** The commands, in the order the usage lists them. */
export const COMMAND_NAMES = [
  'assess',
  'rules',
  'serve',
  'org',
  'user',
  'outbox',
  'backup',
  'restore',
  'import',
  'export',
] as const;
type CommandName = (typeof COMMAND_NAMES)[number];
const SUBCOMMANDS: Partial<Record<CommandName, readonly string[]>> = {
  org: ['create'],
  user: ['create', 'reset'],
  import: ['organisations'],
  export: ['organisations'],
};

/** The most mail `outbox --limit` shows. */
export const OUTBOX_LIMIT_MAX = 1000;
const OUTBOX_LIMIT_DEFAULT = 20;

/** Options that take a value (`--name VALUE` or `--name=VALUE`), and those that stand alone. */
const VALUE_OPTIONS = [
  '--lang',
  '--format',
  '--name',
  '--orgnr',
  '--kind',
  '--owner',
  '--email',
  '--org',
  '--role',
  '--limit',
  '--output',
];
const FLAG_OPTIONS = ['--explain', '--password-stdin', '--dry-run'];

/** The options each command takes; `--help` and `--version` go with any. */
const ALLOWED: Record<string, readonly string[]> = {
  assess: ['--lang', '--format', '--explain'],
  rules: ['--lang', '--format'],
  serve: ['--lang'],
  'org create': ['--lang', '--name', '--orgnr', '--kind', '--owner'],
  'user create': ['--lang', '--email', '--name', '--org', '--role', '--password-stdin'],
  'user reset': ['--lang', '--email', '--password-stdin'],
  outbox: ['--lang', '--limit'],
  backup: ['--lang'],
  restore: ['--lang'],
  'import organisations': ['--lang', '--dry-run'],
  'export organisations': ['--lang', '--format', '--output'],
};

/** The options a command cannot do without. */
const REQUIRED: Record<string, readonly string[]> = {
  'org create': ['--name', '--orgnr', '--kind', '--owner'],
  'user create': ['--email', '--name'],
  'user reset': ['--email'],
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
    else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg : arg.slice(0, eq);
      if (FLAG_OPTIONS.includes(arg)) {
        options.set(arg, true);
        continue;
      }
      if (!VALUE_OPTIONS.includes(name)) {
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
  const fail = (p: (m: CliMessages) => string): ParsedArgs => ({ ok: false, lang, problem: p });
  if (problem !== undefined) return fail(problem);
  if (typeof langOption === 'string' && !isLang(langOption)) {
    return fail((m) => m.badValue('--lang', langOption, LANG_VALUES));
  }
  if (options.has('--help')) return { ok: true, command: { kind: 'help', lang } };
  if (options.has('--version')) return { ok: true, command: { kind: 'version', lang } };

  const [name, ...afterName] = positionals;
  if (name === undefined) return fail((m) => m.missingCommand);
  if (!(COMMAND_NAMES as readonly string[]).includes(name)) {
    return fail((m) => m.unknownCommand(name));
  }
  const command = name as CommandName;
  let key: string = command;
  let rest = afterName;
  const subcommands = SUBCOMMANDS[command];
  if (subcommands) {
    const [sub, ...afterSub] = afterName;
    if (sub === undefined) return fail((m) => m.missingSubcommand(command, subcommands));
    if (!subcommands.includes(sub)) return fail((m) => m.unknownCommand(`${command} ${sub}`));
    key = `${command} ${sub}`;
    rest = afterSub;
  }

  for (const option of options.keys()) {
    if (!ALLOWED[key]!.includes(option)) return fail((m) => m.unknownOption(option));
  }
  const missing = (REQUIRED[key] ?? []).filter((o) => !options.has(o));
  if (missing.length > 0) return fail((m) => m.missingOptions(missing));
  const formatOption = options.get('--format');
  const formatValues = key === 'export organisations' ? EXPORT_FORMAT_VALUES : FORMAT_VALUES;
  if (
    typeof formatOption === 'string' &&
    !(formatValues as readonly string[]).includes(formatOption)
  ) {
    return fail((m) => m.badValue('--format', formatOption, formatValues));
  }
  const format = formatOption as OutputFormat | undefined;
  const text = (option: string) => {
    const value = options.get(option);
    return typeof value === 'string' ? value : '';
  };

  if (command === 'assess' || command === 'backup' || command === 'restore') {
    const [file, extra] = rest;
    if (file === undefined) return fail((m) => m.missingFile(command));
    if (extra !== undefined) return fail((m) => m.extraArgument(extra));
    if (command !== 'assess') return { ok: true, command: { kind: command, lang, file } };
    const explain = options.has('--explain');
    return { ok: true, command: { kind: 'assess', lang, file, format: format ?? 'json', explain } };
  }
  if (key === 'import organisations') {
    const [file, extra] = rest;
    if (file === undefined) return fail((m) => m.missingFile('import'));
    if (extra !== undefined) return fail((m) => m.extraArgument(extra));
    const dryRun = options.has('--dry-run');
    return { ok: true, command: { kind: 'import-organisations', lang, file, dryRun } };
  }
  if (rest[0] !== undefined) {
    const extra = rest[0];
    return fail((m) => m.extraArgument(extra));
  }
  switch (key) {
    case 'rules':
      return { ok: true, command: { kind: 'rules', lang, format: format ?? 'text' } };
    case 'serve':
      return { ok: true, command: { kind: 'serve', lang } };
    case 'org create':
      return {
        ok: true,
        command: {
          kind: 'org-create',
          lang,
          name: text('--name'),
          orgnr: text('--orgnr'),
          orgKind: text('--kind'),
          owner: text('--owner'),
        },
      };
    case 'user create': {
      const hasOrg = options.has('--org');
      if (hasOrg !== options.has('--role')) {
        return fail((m) =>
          hasOrg ? m.optionNeeds('--org', '--role') : m.optionNeeds('--role', '--org'),
        );
      }
      return {
        ok: true,
        command: {
          kind: 'user-create',
          lang,
          email: text('--email'),
          name: text('--name'),
          ...(hasOrg ? { membership: { orgnr: text('--org'), role: text('--role') } } : {}),
          passwordStdin: options.has('--password-stdin'),
        },
      };
    }
    case 'export organisations': {
      const output = options.get('--output');
      return {
        ok: true,
        command: {
          kind: 'export-organisations',
          lang,
          format: (formatOption as ExportFormat | undefined) ?? 'csv',
          ...(typeof output === 'string' && output !== '-' ? { output } : {}),
        },
      };
    }
    case 'user reset':
      return {
        ok: true,
        command: {
          kind: 'user-reset',
          lang,
          email: text('--email'),
          passwordStdin: options.has('--password-stdin'),
        },
      };
    default: {
      const limitText = options.get('--limit');
      let limit = OUTBOX_LIMIT_DEFAULT;
      if (typeof limitText === 'string') {
        limit = /^\d{1,4}$/.test(limitText) ? Number(limitText) : Number.NaN;
        if (!(limit >= 1 && limit <= OUTBOX_LIMIT_MAX)) {
          return fail((m) => m.badNumber('--limit', limitText, 1, OUTBOX_LIMIT_MAX));
        }
      }
      return { ok: true, command: { kind: 'outbox', lang, limit } };
    }
  }
}
