import { formatCitation, type Lang } from '../engine';
import type { RulesCatalogue } from '../rules';
import type { CliMessages } from './locales';

type CatalogueValue = RulesCatalogue['values'][number];

/**
 * The catalogue as plain text for a lawyer to check: a table of rule sets and a table of dated
 * values, each row with its validity, how it was verified and its sources, then the notes.
 */
export function rulesText(catalogue: RulesCatalogue, lang: Lang, m: CliMessages): string {
  const r = m.rules;
  const ruleSets = table(
    [r.id, r.label, r.validFrom, r.validTo, r.verifiedOn, r.sources],
    catalogue.ruleSets.map((s) => [
      s.id,
      s.label[lang],
      s.validFrom,
      s.validTo ?? m.text.open,
      s.verifiedOn,
      [...s.citations.map(formatCitation), ...s.sources].join('; '),
    ]),
  );
  const values = table(
    [r.id, r.validFrom, r.validTo, r.value, r.verified, r.verifiedOn, r.sources],
    catalogue.values.map((v) => [
      v.id,
      v.validFrom,
      v.validTo ?? m.text.open,
      amount(v, m),
      v.verified,
      v.verifiedOn,
      v.sources.join('; '),
    ]),
  );
  const notes = catalogue.values
    .filter((v) => v.note !== '')
    .map((v) => `  ${v.id} ${v.validFrom}: ${v.note}`);
  const out = [`${r.ruleSets}:`, ruleSets, '', `${r.values}:`, values];
  if (notes.length > 0) out.push('', `${r.notes}:`, ...notes);
  return `${out.join('\n')}\n`;
}

function amount(v: CatalogueValue, m: CliMessages): string {
  if (v.unit === 'SEK') {
    if (v.sek !== null) return m.text.sek(v.sek);
    return v.eur !== null ? m.text.missingSek(String(v.eur)) : m.text.unknown;
  }
  if (v.unit === 'EUR') return v.eur !== null ? `EUR ${v.eur}` : m.text.unknown;
  return '';
}

// The last column (sources) runs free: it is long, and padding it would only add blanks.
function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  return [head, ...rows]
    .map((row) =>
      row
        .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
