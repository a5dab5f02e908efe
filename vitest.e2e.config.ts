import { defineConfig } from 'vitest/config';

// Browser tests against the built app (dist-e2e). One server and one Chromium for the run
// (tests/e2e/global-setup.ts), a fresh browser context per test. One file at a time: SwiftShader
// draws on the CPU, and on two cores two files at once took as long (524 s against 542 s) while
// each ran twice as slowly, nearer its timeout. E2E_WORKERS=2 on a machine with more cores.
// Under `npm test` the Node tests and the static checks run beside this suite in the CPU time it
// leaves idle (scripts/test-all.ts).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    maxWorkers: Number(process.env.E2E_WORKERS ?? 1),
    // expect.poll gives up after 1 s by default: on a busy machine a lazily loaded catalogue or
    // a frame of the real model can take longer (the language test failed so under load 16).
    // A bound, not a wait: each poll ends as soon as its condition holds.
    expect: { poll: { timeout: 30_000 } },
  },
});
