// Lint: TypeScript rules everywhere, plus the layers enforced as import restrictions (shared/ is
// pure; the renderer never touches Electron; main never imports renderer code; main's core/ never
// imports Electron at run time).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'events', 'stream', 'http', 'https', 'net', 'worker_threads'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'dexie', 'react', 'react-dom', ...NODE_BUILTINS].map((name) => ({
            name,
            message: 'shared/ is pure TypeScript: no Electron, Node, DOM, React or Dexie.',
          })),
          patterns: [
            { group: ['node:*'], message: 'shared/ is pure TypeScript: no Node built-ins.' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ must not depend on app layers.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'console'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to main only through window.planner.' }, 'dexie'],
          patterns: [
            { group: ['node:*'], message: 'The renderer is sandboxed: no Node built-ins.' },
            { group: ['**/electron/**'], message: 'The renderer must not import main, preload or store code.' },
            {
              group: ['**/shared/content/pack', '**/shared/content/pack/**', '**/shared/content/editions', '**/shared/content/editions/**'],
              message: 'Screens read the content pack in use through the store (useContent from renderer/src/shared/content); types come from shared/content/schema.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'Main never opens the database: the store host owns it.' }],
          patterns: [{ group: ['**/renderer/**'], message: 'Main must not import renderer code.' }],
        },
      ],
    },
  },
  {
    // main's decisions and services run in unit tests and the e2e harness, where no Electron
    // exists: only adapters/ and index.ts may reach Electron at run time (types are fine).
    files: ['electron/main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'core/ runs without Electron: take what you need as a parameter, and let adapters/ or index.ts pass it in.', allowTypeImports: true },
            { name: 'dexie', message: 'Main never opens the database: the store host owns it.' },
          ],
          patterns: [
            { group: ['**/renderer/**'], message: 'Main must not import renderer code.' },
            { group: ['**/adapters/**', '../index', './index'], message: 'core/ must not depend on the Electron adapters.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/store/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The store host is a sandboxed page: no Electron APIs.' }],
          patterns: [
            { group: ['node:*'], message: 'The store host is sandboxed: no Node built-ins.' },
            { group: ['**/renderer/**', '**/electron/main/**'], message: 'The store host must not import UI or main code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: 'Preloads import only shared/ipc/names.ts to stay tiny.' }],
          patterns: [
            { group: ['node:*'], message: 'Sandboxed preloads cannot use Node built-ins.' },
            { group: ['**/shared/ipc/contract', '**/shared/ipc/result', '**/shared/domain/**'], message: 'Preloads import only shared/ipc/names.ts and types, to stay tiny.', allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    // Type-aware rules where the app's code runs: a value typed `any` (a JSON.parse, an untyped
    // library, a cast) must not flow on unchecked into calls, members, assignments or returns.
    // Each runtime is linted with the tsconfig it is compiled with.
    files: ['electron/main/**/*.ts', 'electron/store/**/*.ts', 'electron/preload/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.node.json', './tsconfig.web.json', './tsconfig.preload.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'error',
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
    },
  },
  {
    files: ['electron/scripts/**/*.mjs', 'tests/**/*.{ts,mjs}', '*.config.{ts,js}', '.ci/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
