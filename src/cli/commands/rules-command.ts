import type { Lang } from '../../engine';
import { rulesCatalogue } from '../../rules';
import { EXIT, type CliIo } from '../cli-io';
import { cliMessages } from '../locales';
import type { OutputFormat } from '../parse-args';
import { rulesText } from '../rules-text';

/** `samverka rules`: the rule sets and dated values with validity and sources. */
export function rulesCommand(io: CliIo, options: { lang: Lang; format: OutputFormat }): number {
  const catalogue = rulesCatalogue();
  io.stdout(
    options.format === 'json'
      ? `${JSON.stringify(catalogue, null, 2)}\n`
      : rulesText(catalogue, options.lang, cliMessages(options.lang)),
  );
  return EXIT.ok;
}
