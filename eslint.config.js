import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'url',
  'worker_threads',
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'resources/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['bin/**/*.js', 'scripts/**/*.js', '*.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // Playwright fixtures declare "no dependencies" with an empty pattern.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // Core is the pure domain: it imports nothing platform-specific (VS Code's "common").
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'src/core is pure: no Node built-ins.' },
            {
              group: ['electron', 'better-sqlite3', 'react', 'react-dom', '@tiptap/react', 'jsdom'],
              message: 'src/core is pure: no platform or UI libraries.',
            },
            {
              group: ['**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**'],
              message: 'src/core reaches nowhere.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'process',
        'navigator',
      ],
    },
  },
  {
    // Only the thin Electron shell may import electron.
    files: ['src/main/**/*.ts', 'src/cli/**/*.ts'],
    ignores: [
      'src/main/index.ts',
      'src/main/window.ts',
      'src/main/menu.ts',
      'src/main/transport/ipc.ts',
      'src/main/electron/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only the Electron shell files import electron.' }],
          patterns: [{ group: ['**/renderer/**'], message: 'Main never imports the renderer.' }],
        },
      ],
    },
  },
  {
    // The renderer talks only to window.vetted; never to Node or main.
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'The renderer never touches Node.' },
            {
              group: ['electron', 'better-sqlite3'],
              message: 'The renderer talks only to window.vetted.',
            },
            {
              group: ['**/main/**', '**/cli/**'],
              message: 'The renderer talks only to window.vetted.',
            },
          ],
        },
      ],
    },
  },
);
