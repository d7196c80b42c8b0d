import { describe, expect, it } from 'vitest';
import { addDays, boundaries, coverageProblems, valueOn, type Dated } from '../engine';
import { amountTables } from './amounts/amounts';
import { RULE_SETS } from './rule-sets/rule-sets';
import { MANDATORY_CONSIDERATIONS_PROPOSAL } from './sources/pending-changes';
import { DE_MINIMIS_EUR, SGEI_DE_MINIMIS_EUR } from './state-aid/de-minimis';
import { COVERAGE_START } from './assess';

interface Table {
  name: string;
  from: string;
  to: string | null;
  rows: readonly Dated<unknown>[];
}

const TABLES: Table[] = [
  { name: 'rule sets', from: COVERAGE_START, to: null, rows: RULE_SETS },
  { name: 'de minimis', from: COVERAGE_START, to: null, rows: DE_MINIMIS_EUR },
  { name: 'SGEI de minimis', from: COVERAGE_START, to: null, rows: SGEI_DE_MINIMIS_EUR },
  {
    name: 'mandatory considerations proposal',
    from: COVERAGE_START,
    to: null,
    rows: MANDATORY_CONSIDERATIONS_PROPOSAL,
  },
  ...amountTables().map((t) => ({
    name: `${t.key.law} ${t.key.kind} ${t.key.category} ${t.key.authority}`,
    from: t.from,
    to: t.to,
    rows: t.rows,
  })),
];

describe.each(TABLES)('dated table: $name', (table) => {
  it('covers every day from its start exactly once: no gap, no overlap', () => {
    expect(coverageProblems(table.rows, table.from, table.to)).toEqual([]);
  });

  it('changes value on every boundary and holds it on the day before', () => {
    for (const b of boundaries(table.rows)) {
      if (b < table.from || (table.to !== null && b > table.to)) continue;
      const before = valueOn(table.rows, addDays(b, -1));
      const on = valueOn(table.rows, b);
      expect(on, `${table.name} on ${b}`).toBeDefined();
      if (b > table.from) {
        expect(before, `${table.name} on ${addDays(b, -1)}`).toBeDefined();
        expect(before).not.toBe(on);
      }
    }
  });

  it('says where every value comes from and when it was checked', () => {
    for (const r of table.rows) {
      expect(r.verifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const value = r.value as { verified?: string } | null;
      const published = value?.verified !== 'not_published';
      if (published)
        expect(
          r.sources.length + r.citations.length,
          `${table.name} ${r.validFrom}`,
        ).toBeGreaterThan(0);
    }
  });
});
