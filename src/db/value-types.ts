// One mapping from PostgreSQL types to JavaScript values, applied by both adapters so that code
// above the port never sees a difference between PGlite and PostgreSQL.

/** PostgreSQL type oids whose text form the adapters parse the same way. */
export const TYPE_OID = { int8: 20, date: 1082 } as const;

/**
 * int8 (bigint, count(*)) as a number when it fits exactly, else as a bigint: PGlite's own
 * behaviour, which node-postgres would otherwise answer with a string.
 */
export function parseInt8(text: string): number | bigint {
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : BigInt(text);
}

/**
 * A date stays the ISO text `YYYY-MM-DD`. As a JavaScript Date it would become local midnight,
 * and a legal date would move a day in any time zone west of UTC.
 */
export function parseDate(text: string): string {
  return text;
}
