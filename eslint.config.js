// @ts-check
// The recommended sets only (not the type-aware strict ones): they catch real mistakes without asking
// every engineer to rewrite working code. Tighten rule by rule, with the fix in the same commit.
import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'bench/out/'] },
  eslint.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a parameter or binding kept on purpose (a callback's position, a destructured rest).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // A generator written as an object literal keeps `self` for the instance it belongs to.
      '@typescript-eslint/no-this-alias': ['error', { allowedNames: ['self'] }],
      // Chinese text puts the ideographic space (U+3000) between fields of a sentence a clerk reads.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true }],
    },
  },
  {
    files: ['tests/**'],
    rules: {
      // Tests look for ANSI colour escapes and for the spaces that align a table's columns, literally.
      'no-control-regex': 'off',
      'no-regex-spaces': 'off',
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
