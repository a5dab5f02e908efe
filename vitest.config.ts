import { defineConfig } from 'vitest/config';

// Unit, property and data-contract tests run in plain Node; browser tests have their own config.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/support/fast-check-runs.ts', 'tests/support/i18n.ts'],
  },
});
