import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The layers (docs/conventions.md): the core (data/, lib/, the link codec,
 * the pure timeline and map helpers) and the languages know no state and no
 * screen. These folders and files may not import from the layers above them.
 */
const CORE = [
  'src/data/**/*.ts',
  'src/lib/**/*.ts',
  'src/i18n/**/*.ts',
  'src/url/codec.ts',
  'src/url/values.ts',
  'src/url/mapParam.ts',
  'src/url/reasons.ts',
  'src/url/paths.ts',
  'src/timeline/aggregate.ts',
  'src/timeline/lanes.ts',
  'src/timeline/items.ts',
  'src/timeline/window.ts',
  'src/timeline/content.ts',
  'src/timeline/labels.ts',
  'src/timeline/layout.ts',
  'src/map/geo.ts',
  'src/map/basemapGeometry.ts',
];
const ABOVE_THE_CORE = [
  '**/store',
  '**/store/**',
  '**/viewmodel',
  '**/viewmodel/**',
  '**/ui/**',
  '**/details/**',
  '**/export/**',
  '**/sources/**',
  '**/threads/**',
  '**/offline/**',
  '**/prerender/**',
  '**/App',
  '**/bootstrap',
  '**/*.tsx',
];

export default tseslint.config(
  {
    ignores: [
      '.scratch',
      'dist',
      'dist-*',
      'node_modules',
      'playwright-report',
      'test-results',
      'bench/out',
    ],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Type-aware rules for the app: a promise is awaited, returned, or
    // explicitly left to run (`void`), never dropped by accident.
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
    },
  },
  {
    // Playwright fixtures call `use()`, which is not React's hook.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // Only the store talks to zustand; everything else goes through its hooks.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/store/**', ...CORE],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zustand', message: 'Import state from src/store instead.' }] },
      ],
    },
  },
  {
    files: CORE,
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zustand', message: 'The core knows no state.' },
            { name: 'react', message: 'The core is plain TypeScript (no React).' },
          ],
          patterns: [
            {
              group: ABOVE_THE_CORE,
              message:
                'The core and i18n import nothing from the store, the view-model or the interface (docs/conventions.md).',
            },
          ],
        },
      ],
    },
  },
);
