import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases';
import { testDatabaseUrl } from '../test-support/environment';
import {
  benchChallengeIds,
  describeSearch,
  directoryBenchPglite,
  directoryBenchPostgres,
  directorySearchMix,
  misspelt,
  type DirectoryBenchOptions,
  type DirectoryBenchResult,
} from './directory-bench';
import { copyText } from './directory-load';
import { generateSyntheticDirectory } from './synthetic-directory';

const data = generateSyntheticDirectory(11, { actors: 1500, publicBodies: 60, challenges: 80 });
const OPTIONS: DirectoryBenchOptions = {
  searchRounds: 1,
  matchChallenges: 4,
  matchRounds: 1,
  importRows: 300,
};

describe('directory bench', () => {
  it('searches with words, a misspelt name, every facet and later pages', () => {
    const mix = directorySearchMix(data);
    expect(mix.length).toBeGreaterThanOrEqual(12);
    expect(mix.filter((q) => q.q !== undefined).length).toBeGreaterThanOrEqual(6);
    for (const key of ['kommun', 'lan', 'goals', 'legalForms', 'registered', 'kind'] as const) {
      expect(
        mix.some((q) => q[key] !== undefined),
        key,
      ).toBe(true);
    }
    expect(mix.some((q) => q.offset > 0 && q.q !== undefined)).toBe(true);
    expect(mix.some((q) => q.offset > 0 && q.q === undefined)).toBe(true);
    expect(mix.every((q) => q.limit === 20)).toBe(true);
  });

  it('describes a search by its words, filters and later page', () => {
    expect(describeSearch({ limit: 20, offset: 0 })).toBe('no words, no filter');
    expect(describeSearch({ limit: 20, offset: 40, q: 'äldre', goals: ['aldre', 'sdg-3'] })).toBe(
      'offset=40 q=äldre goals=aldre|sdg-3',
    );
  });

  it('misspells a name by its longest word', () => {
    expect(misspelt('Göteborgs Stadsmission')).toBe('göteborgs stdsmsision');
    expect(misspelt('IK Ale')).toBe('IK Ale');
  });

  it('matches challenges spread over the posted ones', () => {
    const ids = benchChallengeIds(data, 4);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
    const posted = new Set(data.challenges.filter((c) => c.kind === 'challenge').map((c) => c.id));
    expect(ids.every((id) => posted.has(id))).toBe(true);
  });

  it('writes COPY text with tabs, line breaks, backslashes and quotes escaped', () => {
    expect(copyText([['a\tb', null, ['x"y', 'z\\'], true, { json: { k: 'v\n' } }]])).toBe(
      'a\\tb\t\\N\t{"x\\\\"y","z\\\\\\\\"}\ttrue\t{"k":"v\\\\n"}\n',
    );
  });
});

function expectMeasured(result: DirectoryBenchResult) {
  expect(result.rows).toEqual({
    organisations: data.organisations.length,
    actors: 1500,
    challenges: 80,
  });
  expect(result.searchSamples).toBe(directorySearchMix(data).length);
  expect(result.searchesWithHits).toBeGreaterThan(directorySearchMix(data).length / 2);
  expect(result.slowestSearches).toHaveLength(3);
  expect(result.slowestSearches[0]!.medianMs).toBeGreaterThanOrEqual(
    result.slowestSearches[2]!.medianMs,
  );
  expect(result.matchingSamples).toBe(4);
  expect(result.matchHitsMax).toBeGreaterThan(0);
  expect(result.matchHitsMax).toBeLessThanOrEqual(20);
  expect(result.importRows).toBe(300);
  for (const m of [result.search, result.matching, result.importRate]) {
    expect(Number.isFinite(m.value) && m.value > 0).toBe(true);
    expect(Number.isFinite(m.baseline) && m.baseline > 0).toBe(true);
  }
  expect(result.search.unit).toBe('ms');
  expect(result.importRate.unit).toBe('rows/s');
}

describeEachDatabase('directory bench on a small data set', (target) => {
  it('loads the data by COPY, searches, matches and imports through the real functions', async () => {
    if (target.kind === 'pglite') {
      const dir = mkdtempSync(join(tmpdir(), 'samverka-dirbench-'));
      try {
        expectMeasured(
          await directoryBenchPglite(join(dir, 'data'), join(dir, 'import'), data, OPTIONS),
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    } else {
      const url = testDatabaseUrl();
      if (url === undefined) throw new Error('no PostgreSQL server named');
      expectMeasured(await directoryBenchPostgres(url, data, OPTIONS));
    }
  }, 120_000);
});
