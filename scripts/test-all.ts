/**
 * `npm test`: the linter, Prettier's check, the type check, the Node tests and the browser tests,
 * arranged for a machine of two cores. One after another they took over 14 minutes on a fresh
 * clone and left a core idle much of the time: the browser tests draw in SwiftShader on the CPU
 * but wait between frames, page loads and polls. So the browser tests' build starts at once and
 * the browser tests right after it (the longest chain), while the other checks run beside them
 * and fill the cores' idle time: the linter, Prettier and the types first, then the Node tests.
 *
 * Every line a step prints is tagged with the step's name as it comes; a summary at the end gives
 * each step's time and verdict, and the run fails if any step failed. A failed build skips the
 * browser tests; every other step runs whatever another one did.
 */
import { spawn } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = process.env.E2E_DIST ?? 'dist-e2e';
const env = {
  ...process.env,
  // Two browser-test files at once unless told otherwise: one file alone left a quarter of the two
  // cores idle while it waited on frames, page loads and polls (tests/e2e/README.md).
  E2E_WORKERS: process.env.E2E_WORKERS ?? '2',
  // The project's own tools first, whether run by npm or by hand.
  PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`,
  // The steps write to a pipe: keep their colours when this run writes to a terminal.
  ...(process.stdout.isTTY && !process.env.NO_COLOR && { FORCE_COLOR: '1' }),
};

interface Outcome {
  readonly name: string;
  /** Exit status 0; null when the step did not run. */
  readonly ok: boolean | null;
  readonly seconds: number;
}

const width = 9;

/** Runs one command from the project's root, printing its lines tagged `[name]` as they come. */
function step(name: string, command: string): Promise<Outcome> {
  const start = performance.now();
  const tag = `[${name}]`.padEnd(width);
  console.log(`${tag} $ ${command}`);
  return new Promise((done) => {
    const child = spawn(command, { cwd: root, env, shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const [stream, out] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      let partial = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const lines = (partial + chunk).split('\n');
        partial = lines.pop()!;
        for (const line of lines) out.write(`${tag} ${line}\n`);
      });
      stream.on('end', () => {
        if (partial) out.write(`${tag} ${partial}\n`);
      });
    }
    child.on('error', (error) => console.error(`${tag} ${error.message}`));
    child.on('close', (code) => done({ name, ok: code === 0, seconds: (performance.now() - start) / 1000 }));
  });
}

const notRun = (name: string): Outcome => ({ name, ok: null, seconds: 0 });

const started = performance.now();

// The longest chain: the end-to-end build, then the browser tests against it.
const browserChain = step('build', `vite build --mode e2e --outDir ${dist}`).then(async (build) => [
  build,
  build.ok ? await step('browser', 'vitest run --config vitest.e2e.config.ts') : notRun('browser'),
]);

// Beside it: the quick static checks, then the Node tests.
const checksChain = Promise.all([
  step('eslint', 'eslint .'),
  step('prettier', 'prettier --check .'),
  step('types', 'tsc --noEmit'),
  // One worker: beside the browser tests a second one finds no idle core, and one still ends long
  // before them.
]).then(async (checks) => [...checks, await step('node', 'vitest run --maxWorkers=1')]);

const outcomes = (await Promise.all([checksChain, browserChain])).flat();

console.log('\nnpm test');
for (const { name, ok, seconds } of outcomes) {
  const verdict = ok === null ? 'not run' : ok ? 'passed' : 'FAILED';
  console.log(`  ${name.padEnd(width)} ${verdict.padEnd(8)} ${seconds.toFixed(0).padStart(4)} s`);
}
const total = ((performance.now() - started) / 1000).toFixed(0);
console.log(`  ${'total'.padEnd(width)} ${''.padEnd(8)} ${total.padStart(4)} s`);
process.exitCode = outcomes.every((o) => o.ok) ? 0 : 1;
