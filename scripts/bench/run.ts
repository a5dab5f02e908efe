import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { muscles, sides, type Vec3 } from '../../src/mapping';
import { headSurfacePoint } from '../lib/head-points';
import { launch } from '../lib/browser';
import { serveStatic } from '../lib/static-server';
import { heapFigures, loadFigures, referenceFrameMs, viewerFigures, VIEWPORT } from './browser-figures';
import { lookupFigures, modelFigures } from './node-figures';
import { rows, table, type Figures } from './report';

/*
 * `npm run bench`: builds the viewer (end-to-end mode, for its timing hook) and a bare
 * React Three Fiber scene of about the same triangle count, and compares them in headless
 * Chromium. Run counts are kept modest so the whole run stays within minutes on SwiftShader.
 */
const RUNS = { loads: 5, selections: 50, frames: 50, heapSteps: 500, lookupPoints: 20_000 };

const root = join(fileURLToPath(new URL('.', import.meta.url)), '../..');
const appDir = join(root, 'dist-bench-app');
const refDir = join(root, 'dist-bench-reference');
const vite = join(root, 'node_modules/.bin/vite');

function build(): void {
  const opts = { cwd: root, stdio: 'inherit' } as const;
  execFileSync(vite, ['build', '--mode', 'e2e', '--outDir', appDir, '--emptyOutDir', '--logLevel', 'warn'], opts);
  execFileSync(
    vite,
    ['build', '--config', 'scripts/bench/reference/vite.config.ts', '--outDir', refDir, '--logLevel', 'warn'],
    opts,
  );
}

/** gzip -9 of the files behind the script paths a page requested. */
const gzipBytes = (dir: string, paths: readonly string[]): number =>
  paths.reduce((sum, p) => sum + gzipSync(readFileSync(join(dir, p)), { level: 9 }).byteLength, 0);

async function main(): Promise<void> {
  build();
  const choices = muscles.flatMap((m) => sides.map((side) => ({ muscleId: m.id, side })));
  const points = fc.sample(headSurfacePoint, { numRuns: RUNS.heapSteps, seed: 2 }) as Vec3[];
  const app = await serveStatic(appDir);
  const ref = await serveStatic(refDir);
  const browser = await launch();
  try {
    const viewerLoad = await loadFigures(browser, app.url + '/', 'viewer', RUNS.loads);
    const referenceLoad = await loadFigures(browser, ref.url + '/', 'reference', RUNS.loads);
    const reference = await referenceFrameMs(browser, ref.url + '/', RUNS.frames);
    const viewer = await viewerFigures(browser, app.url + '/', choices, RUNS.selections);
    const heap = await heapFigures(browser, app.url + '/', choices, points, RUNS.heapSteps);
    const figures: Figures = {
      jsGzipBytes: {
        viewer: gzipBytes(appDir, viewerLoad.scripts),
        reference: gzipBytes(refDir, referenceLoad.scripts),
      },
      model: await modelFigures(join(root, 'models/head-neck.glb')),
      firstFrameMs: { viewer: viewerLoad.firstFrameMs, reference: referenceLoad.firstFrameMs },
      frameMs: { viewer: viewer.frameMs, reference },
      selectMs: viewer.selectMs,
      idleFrames: viewer.idleFrames,
      moveFrames: viewer.moveFrames,
      lookup: lookupFigures(RUNS.lookupPoints),
      heap,
    };
    const rs = rows(figures);
    console.log(`\n${table(rs)}\n`);
    mkdirSync(join(root, 'bench'), { recursive: true });
    const machine = {
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      browser: browser.version(),
      webgl: 'SwiftShader (no GPU)',
    };
    const result = {
      date: new Date().toISOString().slice(0, 10),
      machine,
      runs: RUNS,
      viewport: VIEWPORT,
      canvas: viewer.canvas,
      scripts: { viewer: viewerLoad.scripts, reference: referenceLoad.scripts },
      firstFrameRunsMs: { viewer: viewerLoad.runsMs, reference: referenceLoad.runsMs },
      figures,
      rows: rs,
    };
    writeFileSync(join(root, 'bench/results.json'), JSON.stringify(result, null, 2) + '\n');
    console.log('Written to bench/results.json');
  } finally {
    await browser.close();
    await app.close();
    await ref.close();
  }
}

await main();
