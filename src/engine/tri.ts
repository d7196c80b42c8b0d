/**
 * Three-valued (Kleene) logic over facts that may be unknown. An unknown value remembers which
 * facts (field paths) it is waiting for, so that the rules can ask exactly those questions.
 *
 * Every operation is monotone: learning a fact can turn `unknown` into `true` or `false`, never
 * `true` into `false`. That is what makes a determined verdict stable when a question is answered.
 */

/** A truth value that may be unknown. */
export type Tri =
  | { readonly known: true; readonly value: boolean }
  | { readonly known: false; readonly needs: readonly string[] };

/** Known true. */
export const TRUE: Tri = { known: true, value: true };
/** Known false. */
export const FALSE: Tri = { known: true, value: false };

/** Unknown until the facts at `paths` are known. */
export function unknown(...paths: string[]): Tri {
  return { known: false, needs: paths };
}

/** A boolean fact from the case: `null`/`undefined` is unknown. */
export function fact(value: boolean | null | undefined, path: string): Tri {
  if (value === true) return TRUE;
  if (value === false) return FALSE;
  return unknown(path);
}

/** A known truth value. */
export function known(value: boolean): Tri {
  return value ? TRUE : FALSE;
}

/** True only when known true. */
export function isTrue(t: Tri): boolean {
  return t.known && t.value;
}

/** True only when known false. */
export function isFalse(t: Tri): boolean {
  return t.known && !t.value;
}

/** Negation. */
export function not(t: Tri): Tri {
  return t.known ? known(!t.value) : t;
}

/** Conjunction: false if any is false, true if all are true, else unknown. */
export function and(...ts: Tri[]): Tri {
  let needs: string[] | null = null;
  for (const t of ts) {
    if (t.known) {
      if (!t.value) return FALSE;
    } else {
      needs = needs === null ? [...t.needs] : needs.concat(t.needs);
    }
  }
  return needs === null ? TRUE : { known: false, needs };
}

/** Disjunction: true if any is true, false if all are false, else unknown. */
export function or(...ts: Tri[]): Tri {
  let needs: string[] | null = null;
  for (const t of ts) {
    if (t.known) {
      if (t.value) return TRUE;
    } else {
      needs = needs === null ? [...t.needs] : needs.concat(t.needs);
    }
  }
  return needs === null ? FALSE : { known: false, needs };
}

/** Equality of an optional fact with a value. */
export function equals<T>(value: T | null | undefined, expected: T, path: string): Tri {
  if (value === null || value === undefined) return unknown(path);
  return known(value === expected);
}

/** Membership of an optional fact in a set of values. */
export function oneOf<T>(value: T | null | undefined, set: readonly T[], path: string): Tri {
  if (value === null || value === undefined) return unknown(path);
  return known(set.includes(value));
}
