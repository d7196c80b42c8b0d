/**
 * The order of ranked matches: the highest score first, then by name (or title) without regard to
 * case, then by the key. Every pair of distinct entries is ordered, so pages never overlap or skip.
 */

/** Compares two texts by their lower-case UTF-16 code units: the same in every locale and database. */
export function compareText(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Orders matches by score (highest first), then `name`, then `key`. */
export function compareRanked(
  a: { score: number; name: string; key: string },
  b: { score: number; name: string; key: string },
): number {
  return (
    b.score - a.score || compareText(a.name, b.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}
