import { describe, expect, it } from 'vitest';
import { redactUrl } from './request-log';

describe('the address in the request log', () => {
  it.each([
    ['/inbjudan/abc123secret', '/inbjudan/…'],
    ['/inbjudan/abc123secret?lang=en', '/inbjudan/…?lang=en'],
    ['/aterstall-losenord/xyz', '/aterstall-losenord/…'],
    [
      '/logga-in/organisation/svar?code=c0de&state=st4te&lang=en',
      '/logga-in/organisation/svar?code=%E2%80%A6&state=%E2%80%A6&lang=en',
    ],
    ['/arenden?status=archived', '/arenden?status=archived'],
    ['/aterstall-losenord', '/aterstall-losenord'],
  ])('%s is logged as %s', (url, logged) => {
    expect(redactUrl(url)).toBe(logged);
    expect(redactUrl(url)).not.toMatch(/secret|xyz|c0de|st4te/);
  });
});

describe('the server’s request log', () => {
  it('never writes an invitation link’s secret, whatever the route answers', async () => {
    const { buildServer } = await import('./build-server');
    const { openScratchPglite } = await import('../test-support/databases');
    const { migrate } = await import('../db/migrate');
    const scratch = await openScratchPglite();
    await migrate(scratch.db);
    const lines: string[] = [];
    const app = await buildServer({
      db: scratch.db,
      logger: { level: 'info', stream: { write: (line: string) => void lines.push(line) } },
    });
    try {
      await app.inject({ url: '/inbjudan/topsecretinvitation' });
      await app.inject({
        url: '/logga-in/organisation/svar?code=topsecretcode&state=topsecretstate',
      });
      expect(lines.join('')).toContain('/inbjudan/…');
      expect(lines.join('')).not.toContain('topsecret');
    } finally {
      await app.close();
      await scratch.dispose();
    }
  });
});
