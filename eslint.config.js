import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = [
  'assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'fs/promises', 'http', 'https',
  'module', 'net', 'os', 'path', 'process', 'readline', 'stream', 'url', 'util', 'worker_threads', 'zlib',
];

// The one direction of dependencies: ui -> app -> core. Core knows nothing of React, DOM or Node.
const coreRestrictions = {
  patterns: [
    { group: ['react', 'react-*', 'react/*', '@xyflow/*', 'zustand', 'zustand/*', 'monaco-*'], message: 'src/core must not import UI libraries.' },
    { group: ['node:*', ...nodeBuiltins], message: 'src/core must not import Node modules.' },
    { group: ['**/app/*', '**/ui/*', '**/cli/*', '../app', '../ui', '../cli'], message: 'src/core must not import from upper layers.' },
  ],
};

// user data must never become markup (every file)
const markupRestrictions = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render user data as text, never as HTML.' },
  { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Render user data as text, never as HTML.' },
];

// src/app keeps no state in modules: it belongs to a Studio (src/app/studio.ts), one per app instance
const moduleStateMessage = 'No module-level state in src/app: keep it in the Studio (createStudio) or in a closure of the function that owns it.';
const moduleStateRestrictions = [
  { selector: "Program > VariableDeclaration[kind='let']", message: moduleStateMessage },
  { selector: "Program > ExportNamedDeclaration > VariableDeclaration[kind='let']", message: moduleStateMessage },
  { selector: "Program > VariableDeclaration > VariableDeclarator > NewExpression[callee.name=/^(Map|Set|WeakMap|WeakSet)$/]", message: moduleStateMessage },
  { selector: "Program > ExportNamedDeclaration > VariableDeclaration > VariableDeclarator > NewExpression[callee.name=/^(Map|Set|WeakMap|WeakSet)$/]", message: moduleStateMessage },
];

// src/ui reaches src/app through its index; panels that load lazily import their own app modules directly (bundle splitting)
const uiAppMessage = 'src/ui imports src/app through src/app/index.ts.';
const uiAppRestrictions = [
  { group: ['**/app/*.ts', '!**/app/index.ts', '!**/app/compare.ts', '!**/app/runtimeView.ts'], message: uiAppMessage },
  { group: ['**/app/*/*', '!**/app/explain/*', '!**/app/examples/*'], message: uiAppMessage },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'dist-*', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // user data must never become markup
      'no-restricted-syntax': ['error', ...markupRestrictions],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', coreRestrictions],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['src/app/**/*.ts', 'src/app/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/ui/*', '**/cli/*'], message: 'src/app must not import from ui or cli.' }] }],
    },
  },
  {
    files: ['src/app/**/*.ts'],
    ignores: ['src/app/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...markupRestrictions, ...moduleStateRestrictions],
    },
  },
  {
    files: ['src/ui/**/*.tsx', 'src/ui/**/*.ts', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/cli/*'], message: 'The UI must not import the CLI.' }] }],
    },
  },
  {
    files: ['src/ui/**/*.tsx', 'src/ui/**/*.ts'],
    ignores: ['src/ui/**/*.test.ts', 'src/ui/**/*.test.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/cli/*'], message: 'The UI must not import the CLI.' }, ...uiAppRestrictions] }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', '.ci/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', performance: 'readonly', gc: 'readonly' } },
  },
);
