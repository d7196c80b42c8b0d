// Problems with the values of options, one line each, worded as the web forms word them.
import { accountProblemText, type FieldProblem } from '../domain/accounts/index';
import { parseOrgnr } from '../domain/orgnr/index';
import type { Lang } from '../engine';
import { cliMessages } from './locales';

/**
 * One line for a problem with an option: `--orgnr: The organisation number does not add up: …`.
 * `typed` is the option's value, for the check digit it should have had.
 */
export function problemLine(problem: FieldProblem, lang: Lang, typed = ''): string {
  let text = accountProblemText(problem.problem, lang);
  if (problem.problem.code === 'orgnr-check-digit') {
    const expected = parseOrgnr(typed.trim());
    if (!expected.ok && expected.expectedCheckDigit !== undefined) {
      text += ` ${cliMessages(lang).ops.expectedCheckDigit(expected.expectedCheckDigit)}`;
    }
  }
  return `${problem.field}: ${text}\n`;
}
