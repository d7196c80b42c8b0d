// Runs vitest on a small project of passing, failing and skipped tests and reads the last line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { summaryLine } from './summary-reporter';

const root = resolve(import.meta.dirname, '../..');

/** Runs vitest with the summary reporter on `files` and returns the last line of its output. */
function lastLineOfRun(files: Record<string, string>): { line: string; status: number | null } {
  // Outside the repository, so that lint never sees these files; `globals` spares them imports.
  const dir = mkdtempSync(join(tmpdir(), 'samverka-reporter-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(
    join(dir, 'vitest.config.mjs'),
    `export default { test: { include: ['*.check.ts'], globals: true, reporters: ['default', ${JSON.stringify(
      join(root, 'src/test-support/summary-reporter.ts'),
    )}] } };\n`,
  );
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  // Both streams into one pipe, in the order they are written, as CI sees them.
  const run = spawnSync(
    'sh',
    [
      '-c',
      'exec "$0" "$@" 2>&1',
      process.execPath,
      join(root, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--root',
      dir,
      '--config',
      'vitest.config.mjs',
    ],
    { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
  );
  const lines = run.stdout.split('\n').filter((l) => l.trim() !== '');
  return { line: lines.at(-1) ?? '', status: run.status };
}

describe('summary reporter', () => {
  it('ends the output with passed, failed and skipped counted apart', () => {
    const { line, status } = lastLineOfRun({
      'a.check.ts': `it('passes', () => {});
it('passes too', () => {});
it('fails', () => { throw new Error('no'); });
it.skip('is skipped', () => {});
it.todo('is to do');
`,
    });
    expect(line).toBe('2 passed, 1 failed, 2 skipped');
    expect(status).toBe(1);
  });

  it('counts a test file that cannot even load as a failure', () => {
    const { line } = lastLineOfRun({
      'a.check.ts': `it('passes', () => {});\n`,
      'b.check.ts': `throw new Error('broken import');\n`,
    });
    expect(line).toBe('1 passed, 1 failed');
  });

  it('prints the plain two counts when nothing was skipped', () => {
    expect(summaryLine({ passed: 123, failed: 0, skipped: 0 })).toBe('123 passed, 0 failed');
  });
});
