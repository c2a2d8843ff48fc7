import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The Custom UI (static/) may import from src/ only types (`import type`, erased from the bundle)
 * and the zod-free shared modules: the `vocabulary.ts` of a domain folder (src/domain/wish,
 * src/domain/governance, src/domain/catalogue), the decision log's rules and the audit log's text. Anything else would pull the server's schemas
 * (zod) and rules into the browser bundle, or a second copy of a rule into the UI.
 */
export const UI_IMPORT_RULE = [
  'error',
  {
    paths: [{ name: '@forge/ui', message: 'UI Kit 1 was removed by Atlassian; use Custom UI.' }],
    patterns: [
      {
        // Any relative path into src/, except src/domain/<folder>/vocabulary, the amount reader and the list's view query.
        regex:
          '^(\\.\\./)+src/(?!domain/[^/]+/vocabulary$|domain/wish/amount$|domain/wish/list-view$|domain/governance/decision-rules$|domain/audit$)',
        allowTypeImports: true,
        message:
          'The UI may import from src/ only types (import type) and the zod-free src/domain/*/vocabulary modules.',
      },
    ],
  },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'static/build/**', '.data/**', 'coverage/**', 'test/lint/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@forge/ui', message: 'UI Kit 1 was removed by Atlassian; use Custom UI.' }] },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@forge/*'], message: 'The domain is pure: no Forge imports.' }] },
      ],
    },
  },
  {
    files: ['static/**/*.{ts,tsx}', 'emulator/host/public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['static/**/*.{ts,tsx}'],
    // UI tests run in node, not in the bundle: they may stand up the real domain rules as a fake server.
    ignores: ['static/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off', '@typescript-eslint/no-restricted-imports': UI_IMPORT_RULE },
  },
  {
    // The shared vocabularies stay zod-free, so the UI may import them.
    files: [
      'src/domain/*/vocabulary.ts',
      'src/domain/wish/lifecycle.ts',
      'src/domain/wish/job-progress.ts',
      'src/domain/wish/amount.ts',
      'src/domain/wish/list-view.ts',
      'src/domain/governance/decision-rules.ts',
      'src/domain/audit.ts',
      'src/domain/catalogue/types.ts',
      'src/domain/catalogue/versions/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: 'Shared vocabularies are imported by the UI: no zod here.' }],
          patterns: [{ group: ['@forge/*'], message: 'The domain is pure: no Forge imports.' }],
        },
      ],
    },
  },
  { files: ['**/*.js', '**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  { files: ['**/*.test.ts', 'test/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  {
    files: ['src/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@forge/ui', message: 'UI Kit 1 was removed by Atlassian; use Custom UI.' }],
          patterns: [{ group: ['../app/*', '../app'], message: 'The platform knows nothing of the app.' }],
        },
      ],
    },
  },
);
