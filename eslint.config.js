// @ts-check
import eslint from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  { ignores: ['dist/', '.astro/', '.dist-*/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/reports/'] },
  eslint.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
    },
    rules: {
      // Template literals with numbers are how SVG attributes and messages are written here.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['e2e/**', 'test/**'],
    rules: {
      // In a test, a missing value should fail the test at that line, which `!` does.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['astro.config.mjs', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly' } },
  },
  {
    files: ['**/*.astro'],
    // Astro components are checked by `astro check`; type-aware rules cannot see their props.
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
