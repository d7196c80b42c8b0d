/**
 * Finds CPV codes by words of their Swedish or English label, or by the digits of the code, so
 * that a user never has to type a code blind. Case and accents do not matter; a word matches at
 * its start ("äldre" finds "Äldreomsorg", "stad" finds "Städning" too).
 */
import type { Lang } from '../../engine';
import { cpvByCode, cpvEntries } from '../../reference';

/** One search result. */
export interface CpvHit {
  code: string;
  label: string;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

let folded: { code: string; sv: string; en: string; words: string[] }[] | undefined;

function index() {
  if (folded === undefined) {
    folded = cpvEntries().map((e) => {
      const sv = fold(e.labelSv);
      const en = fold(e.labelEn);
      return { code: e.code, sv, en, words: `${sv} ${en}`.split(/[^a-z0-9]+/).filter(Boolean) };
    });
  }
  return folded;
}

/** Up to `limit` codes matching `q`, best first: code prefix, label start, word start, anywhere. */
export function searchCpv(q: string, lang: Lang, limit = 20): CpvHit[] {
  const query = fold(q.trim());
  if (query === '') return [];
  const terms = query.split(/[^a-z0-9]+/).filter(Boolean);
  const digits = query.replace(/[^0-9]/g, '');
  const scored: { code: string; score: number }[] = [];
  for (const e of index()) {
    let score = 0;
    if (
      digits.length >= 2 &&
      digits === query.replace(/[\s-]/g, '') &&
      e.code.replace('-', '').startsWith(digits)
    ) {
      score = 4;
    } else if (terms.length > 0 && terms.every((t) => e.words.some((w) => w.startsWith(t)))) {
      score = e.sv.startsWith(query) || e.en.startsWith(query) ? 3 : 2;
    } else if (terms.length > 0 && terms.every((t) => e.sv.includes(t) || e.en.includes(t))) {
      score = 1;
    }
    if (score > 0) scored.push({ code: e.code, score });
  }
  scored.sort(
    (a, b) => b.score - a.score || a.code.length - b.code.length || (a.code < b.code ? -1 : 1),
  );
  return scored
    .slice(0, limit)
    .map((s) => ({ code: s.code, label: cpvLabel(s.code, lang) ?? s.code }));
}

/** The label of a CPV code in the language. */
export function cpvLabel(code: string, lang: Lang): string | undefined {
  const e = cpvByCode(code);
  if (e === undefined) return undefined;
  return lang === 'sv' ? e.labelSv : e.labelEn;
}
