// Bundles the application's own code (with its reference data) into dist/.
// Packages stay external: they are loaded from node_modules at run time.
import { build } from 'esbuild';

await build({
  entryPoints: {
    main: 'src/main.ts',
    cli: 'src/cli/main.ts',
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
});
