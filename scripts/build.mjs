// Bundles the application's own code (with its reference data) into dist/.
// Packages stay external: they are loaded from node_modules at run time.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { build } from 'esbuild';

// `import text from './file.sql?raw'` gives the file's text, as it does under Vite (vitest):
// migrations and the stylesheet travel inside the bundle.
const rawText = {
  name: 'raw-text',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: resolve(dirname(args.importer), args.path.slice(0, -'?raw'.length)),
      namespace: 'raw-text',
    }));
    b.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
      watchFiles: [args.path],
    }));
  },
};

await build({
  entryPoints: {
    main: 'src/main.ts',
    cli: 'src/cli/main.ts',
    operations: 'src/cli/operations.ts',
    bench: 'src/bench/main.ts',
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [rawText],
});
