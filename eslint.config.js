// Lint rules, including the layer rule of ARCHITECTURE.md: engine and rules are pure
// (no IO, no clock, nothing from outer layers); domain never reaches into db, web, api or cli.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeIo = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'net', 'http', 'https'];
const outer = (layers) => layers.map((l) => `**/${l}/**`).concat(layers.map((l) => `../${l}`));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'coverage/', 'bin/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['src/engine/**/*.ts', 'src/rules/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...nodeIo, ...outer(['domain', 'db', 'web', 'api', 'cli', 'bench'])],
              message: 'engine and rules are pure: no IO and nothing from outer layers.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: 'engine and rules take the date as an input; no clock.' },
        { name: 'process', message: 'engine and rules read no environment.' },
        { name: 'fetch', message: 'engine and rules do no IO.' },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...nodeIo, ...outer(['rules', 'domain', 'db', 'web', 'api', 'cli', 'bench'])],
              message:
                'the engine knows no law and does no IO: nothing from rules or outer layers.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: outer(['db', 'web', 'api', 'cli', 'bench']),
              message: 'domain depends on ports, never on db, web, api or cli.',
            },
          ],
        },
      ],
    },
  },
);
