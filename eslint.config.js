// ESLint flat config. The import rules below keep the house livable:
// src/core is pure TypeScript (no React, no DOM, no features), and features never import each other.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const FEATURES = ['feed', 'reader', 'entities', 'import'];

/** One config block per feature that forbids importing the other features. */
const featureBoundaries = FEATURES.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: FEATURES.filter((other) => other !== feature).map((other) => ({
          group: [
            `@/features/${other}`,
            `@/features/${other}/*`,
            `**/features/${other}/*`,
            `../${other}/*`,
          ],
          message: `Features do not import each other (${feature} -> ${other}); compose them in src/app.`,
        })),
      },
    ],
  },
}));

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
            {
              group: [
                '@/features/*',
                '@/app/*',
                '@/lib/*',
                '@/components/*',
                '**/features/**',
                '**/app/**',
              ],
              message: 'src/core must not import UI layers.',
            },
          ],
        },
      ],
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
  ...featureBoundaries,
);
