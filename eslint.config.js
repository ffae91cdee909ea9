// ESLint flat config. The import rules keep the house livable (DESIGN.md, "Rules"), enforced by
// eslint-plugin-import-x with the TypeScript resolver, so `@/…` and relative paths count alike:
// - src/core imports nothing else of the project, no `node:` module, no React, no DOM globals;
// - features do not import each other (src/app composes them);
// - src/lib and src/components never import features or app;
// - browser code never imports src/ingest or scripts; the ingest never imports browser code;
// - no import cycles in src; one import order.
// tests/lint/boundaries.test.ts proves each zone with a probe; tests/lint/importCycles.test.ts
// finds cycles through type-only imports too, which import-x/no-cycle skips.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

/** Every folder of src/features, so a new feature is guarded from the day it is made. */
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const BROWSER = ['src/app', 'src/features', 'src/lib', 'src/components', 'src/main.tsx'];

/** The import zones: files in `target` may not import from `from`. */
export const ZONES = [
  {
    target: 'src/core',
    from: [
      'src/app',
      'src/features',
      'src/lib',
      'src/components',
      'src/ingest',
      'src/main.tsx',
      'scripts',
      'tests',
    ],
    message: 'src/core imports nothing else of the project: it runs in Node and in a Web Worker.',
  },
  ...FEATURES.map((feature) => ({
    target: `src/features/${feature}`,
    from: FEATURES.filter((other) => other !== feature).map((other) => `src/features/${other}`),
    message: 'Features do not import each other; compose them in src/app.',
  })),
  {
    target: ['src/lib', 'src/components'],
    from: ['src/features', 'src/app'],
    message: 'src/lib and src/components never import features or app.',
  },
  {
    target: BROWSER,
    from: ['src/ingest', 'scripts'],
    message: 'Browser code never imports the ingest or the scripts.',
  },
  {
    target: 'src/ingest',
    from: BROWSER,
    message: 'The ingest (Node) never imports browser code.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'public/data',
      'public/.data-*',
      'coverage',
      'dev-dist',
      '.scratch',
      '.cache',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['**/*.{js,mjs,ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: ZONES }],
      // Packages first (node: modules, then npm), then the project by `@/`, then relative paths.
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', ['parent', 'sibling', 'index']],
          pathGroups: [{ pattern: '@/**', group: 'internal' }],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'react-router-dom', '@tanstack/react-query'].map(
            (name) => ({
              name,
              message: 'src/core is pure TypeScript: no React.',
            }),
          ),
          patterns: [
            {
              group: ['react/*', 'react-dom/*'],
              message: 'src/core is pure TypeScript: no React.',
            },
          ],
        },
      ],
      'import-x/no-nodejs-modules': 'error',
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'fetch', 'localStorage', 'navigator', 'HTMLElement'].map(
          (name) => ({
            name,
            message: 'src/core runs in Node and in a Web Worker: no DOM, no fetch.',
          }),
        ),
      ],
    },
  },
);
