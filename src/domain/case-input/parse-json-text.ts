import type { Lang } from '../../engine';
import type { LocatedProblem, ValidationError } from './case-input-problem';
import { locateJsonError } from './json-error-locator';
import { toValidationErrors } from './problem-messages';

/** The outcome of reading a JSON text: the value, or one error saying where the text goes wrong. */
export type JsonTextResult =
  { ok: true; value: unknown } | { ok: false; errors: ValidationError[] };

/**
 * Parses a JSON text (a leading byte order mark is ignored). Malformed or empty text gives one
 * error at path `""` naming the line, column and offending character, in `lang`.
 */
export function parseJsonText(text: string, lang: Lang): JsonTextResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    return { ok: false, errors: toValidationErrors([rootProblem({ code: 'empty-input' })], lang) };
  }
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    const where = locateJsonError(body);
    // JSON.parse and the scanner follow the same grammar; should they ever disagree, the error
    // still names the input rather than passing a broken value on.
    const problem = rootProblem({
      code: 'invalid-json',
      line: where?.line ?? 1,
      column: where?.column ?? 1,
      found: where?.found ?? null,
    });
    return { ok: false, errors: toValidationErrors([problem], lang) };
  }
}

function rootProblem(problem: LocatedProblem['problem']): LocatedProblem {
  return { path: '', problem };
}
