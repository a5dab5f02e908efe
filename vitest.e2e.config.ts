import { defineConfig } from 'vitest/config';

// Browser tests against the built app (dist-e2e). One server and one Chromium for the run
// (tests/e2e/global-setup.ts); two files at a time, each in a fresh browser context per test.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    maxWorkers: Number(process.env.E2E_WORKERS ?? 2),
  },
});
