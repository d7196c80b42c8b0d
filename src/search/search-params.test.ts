import { describe, expect, it } from 'vitest';
import { describeProblem } from '../domain/case-input/index';
import { MAX_QUERY_LENGTH, readSearchParams } from './search-params';

describe('readSearchParams', () => {
  it('reads the parameters, with defaults for those not given', () => {
    expect(readSearchParams({ q: 'anbud' })).toEqual({
      ok: true,
      params: { q: 'anbud', kind: undefined, limit: 20, offset: 0 },
    });
    expect(
      readSearchParams({ q: ['iop', 'x'], kind: 'glossary', limit: '5', offset: '10' }),
    ).toEqual({
      ok: true,
      params: { q: 'iop', kind: 'glossary', limit: 5, offset: 10 },
    });
    expect(readSearchParams(undefined)).toMatchObject({ ok: true, params: { q: undefined } });
  });

  it(`accepts ${MAX_QUERY_LENGTH} characters and refuses one more, naming q, in both languages`, () => {
    expect(readSearchParams({ q: 'å'.repeat(MAX_QUERY_LENGTH) }).ok).toBe(true);
    const result = readSearchParams({ q: 'å'.repeat(MAX_QUERY_LENGTH + 1) });
    expect(result).toEqual({
      ok: false,
      problems: [{ path: 'q', problem: { code: 'too-long', max: MAX_QUERY_LENGTH } }],
    });
    if (result.ok) return;
    expect(describeProblem(result.problems[0]!.problem, 'sv')).toContain('högst 200 tecken');
    expect(describeProblem(result.problems[0]!.problem, 'en')).toContain('at most 200 characters');
  });

  it('names every bad parameter at once', () => {
    const result = readSearchParams({ kind: 'page', limit: '0', offset: 'ten' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.path, p.problem.code])).toEqual([
      ['kind', 'not-one-of'],
      ['limit', 'out-of-range'],
      ['offset', 'wrong-type'],
    ]);
  });

  it('refuses limits and offsets outside their range', () => {
    expect(readSearchParams({ limit: '51' }).ok).toBe(false);
    expect(readSearchParams({ offset: '-1' }).ok).toBe(false);
    expect(readSearchParams({ limit: '1.5' }).ok).toBe(false);
    expect(readSearchParams({ limit: '99999999999999999999' }).ok).toBe(false);
    expect(readSearchParams({ limit: '50', offset: '10000' }).ok).toBe(true);
  });
});
