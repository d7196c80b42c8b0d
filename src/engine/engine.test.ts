import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FALSE,
  TRUE,
  addDays,
  and,
  coverageProblems,
  decide,
  fact,
  fromDayNumber,
  isIsoDate,
  not,
  or,
  toDayNumber,
  unknown,
  valueOn,
  type Check,
  type Dated,
} from './index';

const row = (validFrom: string, validTo: string | null, value: number): Dated<number> => ({
  validFrom,
  validTo,
  value,
  citations: [],
  sources: [],
  verifiedOn: '2026-11-26',
});

describe('dates', () => {
  it('tell real calendar dates from impossible ones', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2023-04-31')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('23-01-01')).toBe(false);
  });

  it('count days without a clock, the same way JavaScript’s UTC calendar does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 100_000 }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(fromDayNumber(day)).toBe(iso);
        expect(toDayNumber(iso)).toBe(day);
      }),
    );
    expect(addDays('2022-01-31', 1)).toBe('2022-02-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

describe('three-valued facts', () => {
  it('follow Kleene logic and remember what they wait for', () => {
    expect(and(TRUE, FALSE)).toEqual(FALSE);
    expect(and(unknown('a'), FALSE)).toEqual(FALSE);
    expect(and(unknown('a'), TRUE)).toEqual({ known: false, needs: ['a'] });
    expect(or(unknown('a'), TRUE)).toEqual(TRUE);
    expect(or(unknown('a'), unknown('b'))).toEqual({ known: false, needs: ['a', 'b'] });
    expect(not(fact(null, 'x'))).toEqual({ known: false, needs: ['x'] });
    expect(not(fact(true, 'x'))).toEqual(FALSE);
  });
});

describe('dated tables', () => {
  it('find the row in force and report gaps and overlaps', () => {
    const rows = [row('2020-01-01', '2021-12-31', 1), row('2022-01-01', null, 2)];
    expect(valueOn(rows, '2021-12-31')?.value).toBe(1);
    expect(valueOn(rows, '2022-01-01')?.value).toBe(2);
    expect(valueOn(rows, '2019-12-31')).toBeUndefined();
    expect(coverageProblems(rows, '2020-01-01', null)).toEqual([]);
    expect(coverageProblems([rows[0]!, row('2022-01-02', null, 2)], '2020-01-01', null)).toEqual([
      { kind: 'gap', from: '2022-01-01', to: '2022-01-01' },
    ]);
    expect(coverageProblems([rows[0]!, row('2021-12-31', null, 2)], '2020-01-01', null)).toEqual([
      { kind: 'overlap', from: '2021-12-31', to: '2021-12-31' },
    ]);
    expect(coverageProblems([rows[0]!], '2020-01-01', null)).toEqual([
      { kind: 'gap', from: '2022-01-01', to: null },
    ]);
  });
});

describe('decisions', () => {
  const check = (status: Check['status']): Check => ({
    rule: 'r',
    status,
    code: 'c',
    params: {},
    citations: [],
    inputs: {},
    needs: [],
  });
  it('let a failure decide, then unknowns, then conditions', () => {
    expect(decide([check('pass'), check('unknown'), check('fail')])).toBe('not-allowed');
    expect(decide([check('pass'), check('unknown'), check('condition')])).toBe('undetermined');
    expect(decide([check('pass'), check('condition')])).toBe('allowed-if');
    expect(decide([check('pass')])).toBe('allowed');
  });
});

describe('citations', () => {
  it('are written as a lawyer writes them', async () => {
    const { cite, formatCitation } = await import('./citation');
    expect(formatCitation(cite('LOU', { sfs: '2016:1145', chapter: '19', section: '25 a' }))).toBe(
      '19 kap. 25 a § LOU (2016:1145)',
    );
    expect(formatCitation(cite('LOU', { sfs: '2016:1145', chapter: '19 a' }))).toBe(
      '19 a kap. LOU (2016:1145)',
    );
    expect(formatCitation(cite('Direktiv 2014/24/EU', { section: 'art. 77' }))).toBe(
      'Direktiv 2014/24/EU art. 77',
    );
    expect(formatCitation(cite('HFD 2020 ref. 15', { section: 'mål nr 3165-19' }))).toBe(
      'HFD 2020 ref. 15 mål nr 3165-19',
    );
    expect(() => cite('LOU', {})).toThrow();
  });
});
