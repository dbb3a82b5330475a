// One lint configuration for the whole repository (formatting is Prettier's job).
// The boundary rules for packages/core are what keep the domain pure: see docs/conventions.md.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports that would give the pure domain I/O, a framework or a database. */
const coreForbiddenImports = {
  patterns: [
    { group: ['node:*'], message: '@oz/core is pure: no Node built-ins.' },
    {
      group: [
        'fs',
        'path',
        'os',
        'crypto',
        'http',
        'https',
        'net',
        'child_process',
        'worker_threads',
        'url',
        'stream',
        'react',
        'react-*',
        'react/*',
        'fastify',
        'fastify-*',
        '@fastify/*',
        'kysely',
        'kysely/*',
        'better-sqlite3',
        'pg',
        'idb',
        'dexie',
        'zod',
        'zod/*',
        '@oz/*',
        'vite',
        'leaflet',
        'nodemailer',
      ],
      message: '@oz/core is pure: no I/O, framework, database or other Oz package (docs/conventions.md).',
    },
  ],
};

/** Globals and syntax that read the clock, randomness or the outside world. */
const coreForbiddenSyntax = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: '@oz/core never reads the clock: pass the time in.',
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: '@oz/core never reads the clock: pass the time in.',
  },
  {
    selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
    message: '@oz/core has no randomness: pass ids and seeds in.',
  },
  {
    selector: "CallExpression[callee.object.name='performance'][callee.property.name='now']",
    message: '@oz/core never reads the clock.',
  },
  {
    selector: "CallExpression[callee.object.name='crypto']",
    message: '@oz/core has no randomness: pass ids in.',
  },
];

const coreForbiddenGlobals = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'indexedDB',
  'IDBFactory',
  'localStorage',
  'sessionStorage',
  'navigator',
  'window',
  'document',
  'process',
  'require',
  'setTimeout',
  'setInterval',
  'crypto',
  'performance',
  'caches',
].map((name) => ({
  name,
  message: '@oz/core is pure: no I/O, timers or platform globals (docs/conventions.md).',
}));

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/var/**',
      '**/coverage/**',
      '**/test-results/**',
      '**/playwright-report/**',
      '**/dev-dist/**',
      'data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Typed rules: a promise nobody awaits loses its error (an unhandled rejection, or a write the person thinks
    // was saved), and a switch over a union must say what happens to every member when the union grows.
    // Every file is in one of these programs (JavaScript tools through tsconfig.tools.json).
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      parserOptions: {
        project: [
          './packages/core/tsconfig.json',
          './packages/contracts/tsconfig.json',
          './apps/server/tsconfig.json',
          './apps/web/tsconfig.json',
          './apps/web/tsconfig.sw.json',
          './e2e/tsconfig.json',
          './tsconfig.tools.json',
        ],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
    },
  },
  {
    // Command-line programs talk to their operator on stdout.
    files: ['scripts/**', 'bench/**', 'apps/server/src/cli/**', 'e2e/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', coreForbiddenImports],
      'no-restricted-syntax': ['error', ...coreForbiddenSyntax],
      'no-restricted-globals': ['error', ...coreForbiddenGlobals],
    },
  },
);
