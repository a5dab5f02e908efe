import { defineConfig } from 'vitest/config';

// Browser tests against the built app (dist-e2e): one file at a time, since SwiftShader renders
// on the CPU and two Chromiums on two cores only slow each other down.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
