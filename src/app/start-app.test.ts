import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { DataFolderInUseError, LOCK_FILE_NAME } from '../db/index';
import { readAppMeta } from '../db/seed';
import { tempDir } from '../test-support/temp-dir';
import type { AppConfig } from './app-config';
import { startApp } from './start-app';

function pgliteConfig(dataDir: string): AppConfig {
  return { port: 0, host: '127.0.0.1', database: { dataDir }, logLevel: 'silent' };
}

describe('startApp on the embedded database', () => {
  it('migrates, seeds and serves the home page and the health check on a real port', async () => {
    const dataDir = tempDir();
    const app = await startApp(pgliteConfig(dataDir), {
      now: () => new Date('2026-03-01T10:00:00.000Z'),
    });
    onTestFinished(() => app.close());

    const home = await fetch(`${app.url}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<html lang="sv">');
    const health = await fetch(`${app.url}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect(await readAppMeta(app.db)).toMatchObject({ seeded_at: '2026-03-01T10:00:00.000Z' });
  });

  it('refuses a second start on the same data folder, and starts again once the first stops', async () => {
    const dataDir = tempDir();
    const first = await startApp(pgliteConfig(dataDir));

    await expect(startApp(pgliteConfig(dataDir))).rejects.toBeInstanceOf(DataFolderInUseError);

    await first.close();
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
    const second = await startApp(pgliteConfig(dataDir));
    onTestFinished(() => second.close());
    expect((await fetch(`${second.url}/healthz`)).status).toBe(200);
  });

  it('releases the data folder when it cannot listen', async () => {
    const dataDir = tempDir();
    const holder = await startApp(pgliteConfig(tempDir()));
    onTestFinished(() => holder.close());
    const port = Number(new URL(holder.url).port);

    await expect(startApp({ ...pgliteConfig(dataDir), port })).rejects.toThrow(/EADDRINUSE/);

    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
  });
});
