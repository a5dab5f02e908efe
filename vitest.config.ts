import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { SlowFirstSequencer } from './tests/support/slow-first.ts';

const notHere = ['tests/e2e/**', 'node_modules/**'];

/**
 * Logic tests that keep a process per file: one replaces a module of ours with `vi.mock` (a mock
 * lives as long as its worker), and the model's, whose packages (manifold-3d's WebAssembly among
 * them) keep a state beyond our modules: run after other files in one process, the model rebuilt
 * by stale.test.ts differed from the committed one.
 */
const ownProcess = ['tests/i18n/add-language.test.ts', 'tests/model/**/*.test.ts'];
/** Screens that replace a module of ours with `vi.mock`: the same reason. */
const screensOwnProcess = [
  'tests/ui/candidates-shared.test.tsx',
  'tests/ui/search-unavailable.test.tsx',
  'tests/ui/disclaimer-red-flags-failed.test.tsx',
];
const screensSetup = ['tests/support/i18n.ts', 'tests/support/busy-machine.ts', 'tests/support/tours-loaded.ts'];

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
        test: {
          name: 'logic',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: [...notHere, 'tests/ui/**', ...ownProcess],
          // A worker runs file after file instead of a new process per file: starting one and
          // importing vitest, three.js, fast-check and the like again was about two thirds of these
          // tests' CPU (47 of the files: 75 CPU-s against 28 s). Our own modules are still evaluated
          // afresh for each file (tests/support/fresh-modules.ts), so a file meets a new store and new
          // catalogues as before; none of these files leaves a global or a mock behind (stubs and
          // fake timers are undone after each test). The packages stay loaded: the files whose
          // packages keep a state that matters run apart.
          isolate: false,
          setupFiles: ['tests/support/fresh-modules.ts', 'tests/support/tours-loaded.ts'],
        },
      },
      { extends: true, test: { name: 'logic (own process)', include: ownProcess, exclude: notHere } },
      {
        extends: true,
        test: {
          name: 'screens',
          include: ['tests/ui/**/*.test.{ts,tsx}'],
          exclude: [...notHere, ...screensOwnProcess],
          // One worker for file after file, as the logic tests: a process per file, with React,
          // jsdom and i18next imported again, was most of these files' CPU (101 CPU-s for the 24 of
          // them, 37 so). Each file still gets a fresh jsdom and fresh modules of ours.
          isolate: false,
          setupFiles: ['tests/support/fresh-modules.ts', ...screensSetup],
        },
      },
      {
        extends: true,
        test: { name: 'screens (own process)', include: screensOwnProcess, exclude: notHere, setupFiles: screensSetup },
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
