/**
 * Checks of what people type into a saved case — its title, a note, the final decision, the
 * status and the version a change starts from — each problem with the field it is in and a code
 * that `savedCaseProblemText` words in Swedish or English. Pages and the API share them.
 */
import type { Lang } from '../../engine';
import { FORM_IDS, type FormId } from '../../rules';
import { savedCaseMessages } from './locales';

/** The longest title. */
export const TITLE_MAX_LENGTH = 200;
/** The longest note or motivation. */
export const TEXT_MAX_LENGTH = 10_000;

/** The statuses of a saved case. */
export const CASE_STATUSES = ['open', 'archived'] as const;
/** One of {@link CASE_STATUSES}. */
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** What can be wrong with one field of a saved case. */
export type SavedCaseProblem =
  | { code: 'required' }
  | { code: 'too-long'; max: number }
  | { code: 'not-text' }
  | { code: 'form-unknown' }
  | { code: 'status-unknown' }
  | { code: 'version-missing' }
  | { code: 'nothing-to-change' }
  | { code: 'unknown-field'; allowed: readonly string[] };

/** A problem and the field it is in (a form field's name, or a dot path in an API body). */
export interface SavedCaseFieldProblem {
  field: string;
  problem: SavedCaseProblem;
}

/** The texts of the problems in one language. */
export type SavedCaseProblemMessages = {
  [C in SavedCaseProblem['code']]: (problem: Extract<SavedCaseProblem, { code: C }>) => string;
};

/** The problem in words, in `lang`. */
export function savedCaseProblemText(problem: SavedCaseProblem, lang: Lang): string {
  const describe = savedCaseMessages(lang).problems[problem.code] as (
    p: SavedCaseProblem,
  ) => string;
  return describe(problem);
}

/** A value checked: the value as it will be stored, or the problems. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: SavedCaseFieldProblem[] };

// Control characters (other than line breaks and tabs) and bidirectional overrides cannot be read
// and can make a text show something else than it says; they are removed.
const UNPRINTABLE =
  // Control characters are exactly what this removes.
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A one-line text as stored: unprintable characters removed, runs of white space made one. */
export function oneLine(text: string): string {
  return text.replace(UNPRINTABLE, '').replace(/\s+/g, ' ').trim();
}

/** A multi-line text as stored: unprintable characters removed, line breaks kept, trimmed. */
export function manyLines(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNPRINTABLE, '').trim();
}

function checkText(
  field: string,
  input: unknown,
  max: number,
  normalise: (s: string) => string,
): Checked<string> {
  if (input === undefined || input === null) {
    return { ok: false, problems: [{ field, problem: { code: 'required' } }] };
  }
  if (typeof input !== 'string') {
    return { ok: false, problems: [{ field, problem: { code: 'not-text' } }] };
  }
  const value = normalise(input);
  if (value === '') return { ok: false, problems: [{ field, problem: { code: 'required' } }] };
  if (value.length > max) {
    return { ok: false, problems: [{ field, problem: { code: 'too-long', max } }] };
  }
  return { ok: true, value };
}

/** A case's title. */
export function checkTitle(input: unknown, field = 'title'): Checked<string> {
  return checkText(field, input, TITLE_MAX_LENGTH, oneLine);
}

/** A note's text. */
export function checkNote(input: unknown, field = 'note'): Checked<string> {
  return checkText(field, input, TEXT_MAX_LENGTH, manyLines);
}

/** The final decision: one of the twelve forms, and why. */
export function checkDecision(
  input: { form: unknown; motivation: unknown },
  fields: { form: string; motivation: string } = { form: 'form', motivation: 'motivation' },
): Checked<{ form: FormId; motivation: string }> {
  const problems: SavedCaseFieldProblem[] = [];
  const form = input.form;
  const knownForm = typeof form === 'string' && (FORM_IDS as readonly string[]).includes(form);
  if (!knownForm) problems.push({ field: fields.form, problem: { code: 'form-unknown' } });
  const motivation = checkText(fields.motivation, input.motivation, TEXT_MAX_LENGTH, manyLines);
  if (!motivation.ok) problems.push(...motivation.problems);
  if (problems.length > 0 || !motivation.ok) return { ok: false, problems };
  return { ok: true, value: { form: form as FormId, motivation: motivation.value } };
}

/** A status. */
export function checkStatus(input: unknown, field = 'status'): Checked<CaseStatus> {
  return typeof input === 'string' && (CASE_STATUSES as readonly string[]).includes(input)
    ? { ok: true, value: input as CaseStatus }
    : { ok: false, problems: [{ field, problem: { code: 'status-unknown' } }] };
}

/**
 * The version a change starts from: a whole number from 1, as a number (API) or as the digits of
 * a form field.
 */
export function checkVersion(input: unknown, field = 'version'): Checked<number> {
  const value =
    typeof input === 'number'
      ? input
      : typeof input === 'string' && /^\d{1,9}$/.test(input.trim())
        ? Number(input.trim())
        : Number.NaN;
  return Number.isSafeInteger(value) && value >= 1
    ? { ok: true, value }
    : { ok: false, problems: [{ field, problem: { code: 'version-missing' } }] };
}
