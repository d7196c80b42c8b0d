import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { MIGRATIONS } from './index';

it('lists every .sql file of the migrations folder once, numbered 1, 2, 3, … in order', () => {
  const folder = dirname(fileURLToPath(import.meta.url));
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.sql'))
    .sort();

  expect(MIGRATIONS.map((m) => m.fileName)).toEqual(files);
  expect(MIGRATIONS.map((m) => m.version)).toEqual(files.map((_, i) => i + 1));
});
