import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    globalSetup: ['src/test-support/global-setup.ts'],
    reporters: ['default', './src/test-support/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Stylesheets are imported as text (`app.css?raw`) and served; without this Vite empties them.
    css: { include: [/\/src\/web\/assets\/.+\.css/] },
  },
});
