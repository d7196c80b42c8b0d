import { describe, expect, it } from 'vitest';
import { FIXTURE_DOCUMENTS } from '../search/search-documents.fixture';
import { openScratchPglite } from '../test-support/databases';
import { benchPostgresUrl, p95, SEARCH_BENCH_QUERIES, searchBench } from './search-bench';

describe('search bench', () => {
  it('has at least 20 queries, Swedish inflections among them', () => {
    expect(SEARCH_BENCH_QUERIES.length).toBeGreaterThanOrEqual(20);
    const swedish = SEARCH_BENCH_QUERIES.filter((q) => q.lang === 'sv').map((q) => q.q);
    expect(swedish).toEqual(expect.arrayContaining(['upphandlingar', 'partnerskapet', 'anbudet']));
  });

  it('takes the 95th percentile by nearest rank', () => {
    expect(p95([5])).toBe(5);
    expect(p95(Array.from({ length: 100 }, (_, i) => 100 - i))).toBe(95);
    expect(p95(Array.from({ length: 20 }, (_, i) => i + 1))).toBe(19);
  });

  it('measures on PostgreSQL only when a server is named, and says why not otherwise', () => {
    expect(benchPostgresUrl({ DATABASE_URL: 'postgresql://x/y' })).toEqual({
      url: 'postgresql://x/y',
    });
    expect(
      benchPostgresUrl({ SAMVERKA_TEST_DATABASE_URL: 'postgresql://a/b', DATABASE_URL: 'c' }),
    ).toEqual({ url: 'postgresql://a/b' });
    const none = benchPostgresUrl({ DATABASE_URL: ' ' });
    expect('reason' in none && none.reason).toMatch(
      /^neither SAMVERKA_TEST_DATABASE_URL nor DATABASE_URL is set/,
    );
  });

  it('indexes the documents and runs every query and a key lookup each round', async () => {
    const scratch = await openScratchPglite();
    try {
      const result = await searchBench(scratch.db, FIXTURE_DOCUMENTS, 2);
      expect(result.samples).toBe(2 * SEARCH_BENCH_QUERIES.length);
      expect(result.queriesWithHits).toBeGreaterThan(5);
      expect(result.metric.unit).toBe('ms');
      expect(Number.isFinite(result.metric.value)).toBe(true);
      expect(Number.isFinite(result.metric.baseline)).toBe(true);
    } finally {
      await scratch.dispose();
    }
  });
});
