/**
 * Swedish organisationsnummer (lag (1974:174) om identitetsbeteckning för juridiska personer
 * m.fl.): ten digits `NNNNNN-NNNC`, optionally written with the `16` prefix of the twelve-digit
 * form. Digits 3–4 are at least 20, so that the number can never be taken for a personnummer, and
 * the last digit is a Luhn check digit over the first nine.
 */

/** Why a string is not an organisationsnummer. */
export type OrgnrProblem = 'format' | 'month-digits' | 'check-digit';

/** The outcome of parsing an organisationsnummer. */
export type OrgnrParse =
  | { ok: true; digits: string; formatted: string }
  | { ok: false; problem: OrgnrProblem; expectedCheckDigit?: number };

const SHAPE = /^(?:16)?(\d{6})-?(\d{4})$/;

/** The Luhn (mod 10) check digit for a string of digits. */
export function luhnCheckDigit(body: string): number {
  let sum = 0;
  // From the right, every second digit starting with the last one of the body is doubled.
  for (let i = 0; i < body.length; i++) {
    let d = body.charCodeAt(body.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Parses an organisationsnummer written as `NNNNNN-NNNN`, `NNNNNNNNNN` or with the `16` prefix.
 * On success, `digits` holds the ten digits and `formatted` the usual `NNNNNN-NNNN` form.
 */
export function parseOrgnr(text: string): OrgnrParse {
  const m = SHAPE.exec(text);
  if (m === null) return { ok: false, problem: 'format' };
  const digits = `${m[1]}${m[2]}`;
  if (Number(digits.slice(2, 4)) < 20) return { ok: false, problem: 'month-digits' };
  const expected = luhnCheckDigit(digits.slice(0, 9));
  if (expected !== Number(digits[9])) {
    return { ok: false, problem: 'check-digit', expectedCheckDigit: expected };
  }
  return { ok: true, digits, formatted: `${digits.slice(0, 6)}-${digits.slice(6)}` };
}

/** True when `text` is a valid organisationsnummer. */
export function isValidOrgnr(text: string): boolean {
  return parseOrgnr(text).ok;
}

/**
 * The group of legal forms the first digit (gruppnummer) points to. A strong hint, not proof:
 * Bolagsverket uses 7 or 8 for some associations and 2 or 8 for trossamfund.
 */
export type OrgnrGroup =
  | 'dodsbo'
  | 'stat-region-kommun-forsamling'
  | 'utlandskt-foretag'
  | 'aktiebolag'
  | 'enkelt-bolag'
  | 'ekonomisk-forening'
  | 'ideell-forening-stiftelse'
  | 'handelsbolag-kommanditbolag';

const GROUPS: Readonly<Record<string, OrgnrGroup>> = {
  '1': 'dodsbo',
  '2': 'stat-region-kommun-forsamling',
  '3': 'utlandskt-foretag',
  '5': 'aktiebolag',
  '6': 'enkelt-bolag',
  '7': 'ekonomisk-forening',
  '8': 'ideell-forening-stiftelse',
  '9': 'handelsbolag-kommanditbolag',
};

/** The legal-form group hinted by the first digit of a valid number, or undefined (digit 4). */
export function orgnrGroup(digits: string): OrgnrGroup | undefined {
  return GROUPS[digits[0] ?? ''];
}
