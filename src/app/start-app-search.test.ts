import { expect, it, onTestFinished } from 'vitest';
import { SEARCH_INDEX_HASH_KEY } from '../search/index';
import { FIXTURE_DOCUMENTS } from '../search/search-documents.fixture';
import { tempDir } from '../test-support/temp-dir';
import type { AppConfig } from './app-config';
import { startApp } from './start-app';

function pgliteConfig(dataDir: string): AppConfig {
  return { port: 0, host: '127.0.0.1', database: { dataDir }, logLevel: 'silent' };
}

async function hashRow(app: Awaited<ReturnType<typeof startApp>>) {
  const result = await app.db.query<{ value: string; updated_at: Date }>(
    'SELECT value, updated_at FROM app_meta WHERE key = $1',
    [SEARCH_INDEX_HASH_KEY],
  );
  return result.rows[0];
}

it('fills the search index at start from the documents it is given, and a restart with the same documents leaves it alone', async () => {
  const dataDir = tempDir();
  const first = await startApp(pgliteConfig(dataDir), { searchDocuments: () => FIXTURE_DOCUMENTS });
  const found = await fetch(`${first.url}/api/v1/search?q=anbudet`);
  const body = (await found.json()) as { hits: { id: string }[] };
  expect(body.hits[0]?.id).toBe('glossary:anbud');
  const before = await hashRow(first);
  await first.close();

  const second = await startApp(pgliteConfig(dataDir), {
    searchDocuments: () => [...FIXTURE_DOCUMENTS].reverse(),
  });
  onTestFinished(() => second.close());

  expect(before).toBeDefined();
  expect(await hashRow(second)).toEqual(before);
});
