import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'coverage', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // The mapping module and the model's node-name contract serve Node (model generator, tests,
    // scripts) as well as the browser: they must not reach for React, three.js, the DOM or
    // Vite-only imports.
    files: ['src/mapping/**/*.ts', 'src/model-contract/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*', 'react-dom/*'], message: 'src/mapping must stay free of React.' },
            { group: ['three', 'three/*', '@react-three/*', 'three-*'], message: 'src/mapping must stay free of three.js.' },
            { regex: '(\\?|^virtual:|^/)', message: 'src/mapping must not use Vite-only imports (query suffixes, virtual modules, root paths).' },
            { group: ['../state/*', '../scene/*', '../ui/*', '../state', '../scene', '../ui'], message: 'Dependencies point toward src/mapping, never out of it.' },
            { group: ['../model-contract', '../model-contract/*', '../../model-contract', '../../model-contract/*'], message: 'src/model-contract builds on src/mapping, not the other way round.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
    },
  },
);
