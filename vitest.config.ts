import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { SlowFirstSequencer } from './tests/support/slow-first';

// Unit, property and data-contract tests run in plain Node; browser tests have their own config.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/support/fast-check-runs.ts', 'tests/support/i18n.ts', 'tests/support/busy-machine.ts'],
    // Vitest's default of 5 s calls a model test hung on a machine at a load average of 8 or more;
    // the limit only bounds a test, it never makes one wait.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A worker per core. Vitest's default keeps one core for its own process, which on two cores
    // leaves one worker: the files ran one after another, the model rebuild (about 80 s) included.
    maxWorkers: availableParallelism(),
    // The model rebuild starts first, beside the rest instead of after it.
    sequence: { sequencer: SlowFirstSequencer },
  },
});
