/**
 * Checks of what people type when they create an account or an organisation: each problem names
 * the field and a code, and `accountProblemText` words it in Swedish or English.
 */
import type { Lang } from '../../engine/index';
import { orgnrGroup, parseOrgnr, type OrgnrGroup } from '../orgnr/index';
import { isOrganisationKind, type OrganisationKind } from './access-rules';
import { accountProblemsEn } from './locales/en';
import { accountProblemsSv } from './locales/sv';

/** The shortest password accepted. Length matters more than character classes (NIST SP 800-63B). */
export const PASSWORD_MIN_LENGTH = 12;
/** The longest password accepted: enough for any passphrase, short of a hashing cost attack. */
export const PASSWORD_MAX_LENGTH = 256;
/** The longest name of a person or an organisation. */
export const NAME_MAX_LENGTH = 200;
/** The longest e-mail address (RFC 5321's path limit). */
export const EMAIL_MAX_LENGTH = 254;

/** What can be wrong with one field. */
export type AccountProblem =
  | { code: 'required' }
  | { code: 'too-long'; max: number }
  | { code: 'email-format' }
  | { code: 'password-too-short'; min: number }
  | { code: 'password-too-long'; max: number }
  | { code: 'password-same-as-email' }
  | { code: 'passwords-differ' }
  | { code: 'orgnr-format' }
  | { code: 'orgnr-month-digits' }
  | { code: 'orgnr-check-digit' }
  | { code: 'kind-unknown' };

/** A problem and the field it is in (the form field's name). */
export interface FieldProblem {
  field: string;
  problem: AccountProblem;
}

/** The texts of account problems in one language. */
export type AccountProblemMessages = {
  [C in AccountProblem['code']]: (problem: Extract<AccountProblem, { code: C }>) => string;
};

const MESSAGES: Readonly<Record<Lang, AccountProblemMessages>> = {
  sv: accountProblemsSv,
  en: accountProblemsEn,
};

/** The problem in words, in `lang`. */
export function accountProblemText(problem: AccountProblem, lang: Lang): string {
  const describe = MESSAGES[lang][problem.code] as (p: AccountProblem) => string;
  return describe(problem);
}

/** An e-mail address as stored: trimmed; compared in lower case by the database. */
export function normaliseEmail(text: string): string {
  return text.trim();
}

// Deliberately loose: one @, something on both sides, a dot in the domain, no spaces. Whether
// the address works is shown by the mail that reaches it, not by a pattern.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Problems with an e-mail address, if any. */
export function emailProblems(field: string, text: string): FieldProblem[] {
  const email = normaliseEmail(text);
  if (email === '') return [{ field, problem: { code: 'required' } }];
  if (email.length > EMAIL_MAX_LENGTH) {
    return [{ field, problem: { code: 'too-long', max: EMAIL_MAX_LENGTH } }];
  }
  return EMAIL_SHAPE.test(email) ? [] : [{ field, problem: { code: 'email-format' } }];
}

/** Problems with a new password, if any. `confirm` is checked when given. */
export function newPasswordProblems(
  field: string,
  password: string,
  options: { email?: string; confirmField?: string; confirm?: string } = {},
): FieldProblem[] {
  const length = [...password].length;
  if (length === 0) return [{ field, problem: { code: 'required' } }];
  if (length < PASSWORD_MIN_LENGTH) {
    return [{ field, problem: { code: 'password-too-short', min: PASSWORD_MIN_LENGTH } }];
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return [{ field, problem: { code: 'password-too-long', max: PASSWORD_MAX_LENGTH } }];
  }
  if (options.email && password.trim().toLowerCase() === options.email.trim().toLowerCase()) {
    return [{ field, problem: { code: 'password-same-as-email' } }];
  }
  if (options.confirmField !== undefined && options.confirm !== password) {
    return [{ field: options.confirmField, problem: { code: 'passwords-differ' } }];
  }
  return [];
}

/** Problems with a required line of text (a name, a title), if any. */
export function textProblems(field: string, text: string, max = NAME_MAX_LENGTH): FieldProblem[] {
  const value = text.trim();
  if (value === '') return [{ field, problem: { code: 'required' } }];
  return [...value].length > max ? [{ field, problem: { code: 'too-long', max } }] : [];
}

/** A checked organisationsnummer: its ten digits, and the legal form its group digit suggests. */
export type OrgnrField =
  | { ok: true; digits: string; group: OrgnrGroup | undefined }
  | { ok: false; problems: FieldProblem[] };

/** Checks an organisationsnummer typed into `field` (with or without hyphen or century). */
export function checkOrgnrField(field: string, text: string): OrgnrField {
  const value = text.trim();
  if (value === '') return { ok: false, problems: [{ field, problem: { code: 'required' } }] };
  const parsed = parseOrgnr(value);
  if (!parsed.ok) {
    const code = `orgnr-${parsed.problem}` as const;
    return { ok: false, problems: [{ field, problem: { code } }] };
  }
  return { ok: true, digits: parsed.digits, group: orgnrGroup(parsed.digits) };
}

/** A new organisation as typed into a form or a command. */
export interface OrganisationInput {
  name: string;
  orgnr: string;
  kind: string;
}

/** A new organisation that passed its checks. */
export interface ValidOrganisation {
  name: string;
  /** ten digits */
  orgnr: string;
  kind: OrganisationKind;
}

/** Checks a new organisation; field names are those of the input. */
export function validateOrganisation(
  input: OrganisationInput,
): { ok: true; value: ValidOrganisation } | { ok: false; problems: FieldProblem[] } {
  const problems = textProblems('name', input.name);
  const orgnr = checkOrgnrField('orgnr', input.orgnr);
  if (!orgnr.ok) problems.push(...orgnr.problems);
  if (!isOrganisationKind(input.kind))
    problems.push({ field: 'kind', problem: { code: 'kind-unknown' } });
  if (problems.length > 0 || !orgnr.ok || !isOrganisationKind(input.kind)) {
    return { ok: false, problems };
  }
  return { ok: true, value: { name: input.name.trim(), orgnr: orgnr.digits, kind: input.kind } };
}

/** Formats ten digits as NNNNNN-NNNN. */
export function formatOrgnr(digits: string): string {
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}

/**
 * The legal forms of the case contract that an organisationsnummer's group digit points to, most
 * likely first. Group 8 holds both ideella föreningar and stiftelser (and registered faith
 * communities), so it suggests more than one; the organisation confirms which.
 */
export function suggestedLegalForms(group: OrgnrGroup | undefined): readonly string[] {
  switch (group) {
    case 'ideell-forening-stiftelse':
      return ['ideell-forening', 'stiftelse', 'trossamfund'];
    case 'ekonomisk-forening':
      return ['ekonomisk-forening'];
    case 'aktiebolag':
      return ['aktiebolag', 'svb-aktiebolag'];
    default:
      return [];
  }
}
