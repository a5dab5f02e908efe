import { defineConfig } from 'vitest/config';

/**
 * Runs the anatomy acceptance file on its own while the suite leaves it out (it fails on the
 * schematic model; see `anatomy.acceptance.ts`). Delete this file when that one becomes a test.
 */
export default defineConfig({
  test: { include: ['tests/model/anatomy.acceptance.ts'], environment: 'node', testTimeout: 180_000 },
});
