// Lets plain Node (and tsx) import `./file.sql?raw` as the file's text, as Vite (vitest) and
// scripts/build.mjs (esbuild) do: `node --import ./scripts/raw-text-hooks.mjs --import tsx src/main.ts`.
import { readFile } from 'node:fs/promises';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';

const RAW = '?raw';

export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && url.endsWith(RAW)) {
    const text = await readFile(fileURLToPath(url.slice(0, -RAW.length)), 'utf8');
    return {
      format: 'module',
      source: `export default ${JSON.stringify(text)};`,
      shortCircuit: true,
    };
  }
  return nextLoad(url, context);
}

// Imported with --import this file registers itself; loaded again as the hooks module it does not.
if (isMainThread) register(import.meta.url);
