import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { SlowFirstSequencer } from './tests/support/slow-first.ts';

const notHere = ['tests/e2e/**', 'node_modules/**'];

// Unit, property and data-contract tests run in plain Node; browser tests have their own config.
export default defineConfig({
  test: {
    // Two sets with their own set-up. The screens (tests/ui) read every word from the catalogues and
    // wait on the DOM: i18next with every language and testing-library's patient waits before each
    // file. The logic tests need neither, and the two set-ups cost about half a second per file,
    // over a minute of CPU in all; the few of them that read words import tests/support/i18n.ts.
    projects: [
      {
        extends: true,
        test: { name: 'logic', include: ['tests/**/*.test.{ts,tsx}'], exclude: [...notHere, 'tests/ui/**'] },
      },
      {
        extends: true,
        test: {
          name: 'screens',
          include: ['tests/ui/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/support/i18n.ts', 'tests/support/busy-machine.ts'],
        },
      },
    ],
    environment: 'node',
    setupFiles: ['tests/support/fast-check-runs.ts'],
    // Vitest's default of 5 s calls a model test hung on a machine at a load average of 8 or more,
    // and 60 s did once at 16-21 (a skin-weight check took 80 s); the limit only bounds a test, it
    // never makes one wait.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // A worker per core. Vitest's default keeps one core for its own process, which on two cores
    // leaves one worker: the files ran one after another, the model rebuild (about 80 s) included.
    maxWorkers: availableParallelism(),
    // The model rebuild starts first, beside the rest instead of after it.
    sequence: { sequencer: SlowFirstSequencer },
  },
});
