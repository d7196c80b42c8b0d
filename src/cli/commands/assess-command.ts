import { assessCaseText } from '../../domain/assessment';
import type { Lang } from '../../engine';
import { assessmentText } from '../assessment-text';
import { EXIT, type CliIo } from '../cli-io';
import { cliMessages } from '../locales';
import type { OutputFormat } from '../parse-args';

/** `samverka assess FILE|-`: one assessment on stdout, or one line per problem on stderr. */
export async function assessCommand(
  io: CliIo,
  options: { file: string; lang: Lang; format: OutputFormat; explain: boolean },
): Promise<number> {
  const m = cliMessages(options.lang);
  let text: string;
  try {
    text = options.file === '-' ? await io.readStdin() : await io.readFile(options.file);
  } catch (e) {
    io.stderr(`${m.cannotRead(options.file, reason(e))}\n`);
    return EXIT.usage;
  }
  const result = assessCaseText(text, { lang: options.lang, explain: options.explain });
  if (!result.ok) {
    io.stderr(
      result.errors.map((e) => `${e.path === '' ? '(root)' : e.path}: ${e.message}\n`).join(''),
    );
    return EXIT.usage;
  }
  io.stdout(
    options.format === 'json'
      ? `${JSON.stringify(result.assessment, null, 2)}\n`
      : assessmentText(result.assessment, m),
  );
  return EXIT.ok;
}

function reason(e: unknown): string {
  if (e instanceof Error && 'code' in e && typeof e.code === 'string') return e.code;
  return e instanceof Error ? e.message : String(e);
}
