import { defineConfig } from 'vitest/config';

// Browser tests against the built app (dist-e2e). One server and one Chromium for the run
// (tests/e2e/global-setup.ts), a fresh browser context per test. E2E_WORKERS files at once: one
// alone by default (`npm run test:e2e`, a file while working); `npm test` runs two, since one
// file left about a quarter of two cores idle while it waited on frames, page loads and polls,
// and the Node tests and static checks run beside them (scripts/test-all.ts).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    maxWorkers: Number(process.env.E2E_WORKERS ?? 1),
    // A worker runs file after file instead of a new process per file, which imported vitest and
    // Playwright again each time (five light files: the runner's CPU 23.6 s against 16.7 s, the
    // files' summed import time under load 116 s against 25 s). Each file still opens its own
    // connection and pages (./session.ts) and meets our modules afresh (tests/support/fresh-modules.ts).
    isolate: false,
    setupFiles: ['tests/support/fresh-modules.ts'],
    // expect.poll gives up after 1 s by default: on a busy machine a lazily loaded catalogue or
    // a frame of the real model can take longer (the language test failed so under load 16).
    // A bound, not a wait: each poll ends as soon as its condition holds.
    expect: { poll: { timeout: 30_000 } },
  },
});
