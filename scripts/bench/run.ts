import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { muscles, sides, type Vec3 } from '../../src/mapping';
import { headSurfacePoint } from '../lib/head-points';
import { launch } from '../lib/browser';
import { serveStatic } from '../lib/static-server';
import {
  heapFigures,
  loadFigures,
  referenceFrameMs,
  skinningFigures,
  viewerFigures,
  VIEWPORT,
} from './browser-figures';
import { blockingSplit } from './blocking-figures';
import { lighthouseFigures } from './lighthouse-figures';
import { gzipBytes, lookupFigures, modelFigures, sameScriptIn } from './node-figures';
import { rows, table, type Figures } from './report';

/*
 * `npm run bench`: builds the viewer (end-to-end mode, for its timing hook), a bare React Three
 * Fiber scene of about the same triangle count and the glTF viewer a developer writes first (drei's
 * useGLTF on the same model), and compares them in headless Chromium, Lighthouse included. Run counts are kept modest
 * so the whole run stays within minutes on SwiftShader.
 */
const RUNS = { loads: 5, selections: 50, frames: 50, heapActions: 1000, lighthouse: 3, lookupPoints: 20_000 };

const root = join(fileURLToPath(new URL('.', import.meta.url)), '../..');
const appDir = join(root, 'dist-bench-app');
const refDir = join(root, 'dist-bench-reference');
const peerDir = join(root, 'dist-bench-gltf-peer');
// The viewer and the peer as a visitor gets them, without the bench's hooks (whose pixel read back
// after the first frame makes the page's thread wait for SwiftShader to draw it): Lighthouse's pages.
const plainAppDir = join(root, 'dist-bench-app-plain');
const plainPeerDir = join(root, 'dist-bench-gltf-peer-plain');
const vite = join(root, 'node_modules/.bin/vite');

function build(): void {
  const opts = { cwd: root, stdio: 'inherit' } as const;
  execFileSync(vite, ['build', '--mode', 'e2e', '--outDir', appDir, '--emptyOutDir', '--logLevel', 'warn'], opts);
  execFileSync(vite, ['build', '--outDir', plainAppDir, '--emptyOutDir', '--logLevel', 'warn'], opts);
  const peerConfig = 'scripts/bench/gltf-peer/vite.config.ts';
  execFileSync(
    vite,
    ['build', '--config', peerConfig, '--mode', 'plain', '--outDir', plainPeerDir, '--logLevel', 'warn'],
    opts,
  );
  for (const [page, outDir] of [
    ['reference', refDir],
    ['gltf-peer', peerDir],
  ] as const) {
    const config = `scripts/bench/${page}/vite.config.ts`;
    execFileSync(vite, ['build', '--config', config, '--outDir', outDir, '--logLevel', 'warn'], opts);
  }
}

async function main(): Promise<void> {
  build();
  const choices = muscles.flatMap((m) => sides.map((side) => ({ muscleId: m.id, side })));
  const points = fc.sample(headSurfacePoint, { numRuns: RUNS.heapActions / 2, seed: 2 }) as Vec3[];
  // Served as the README's serving advice has a server do it: scripts, styles and the model gzipped.
  const served = (dir: string) => serveStatic(dir, { compress: true });
  const app = await served(appDir);
  const ref = await served(refDir);
  const peer = await served(peerDir);
  const plainApp = await served(plainAppDir);
  const plainPeer = await served(plainPeerDir);
  const browser = await launch();
  try {
    const viewerLoad = await loadFigures(browser, app.url + '/', 'viewer', RUNS.loads);
    const referenceLoad = await loadFigures(browser, ref.url + '/', 'reference', RUNS.loads);
    const peerLoad = await loadFigures(browser, peer.url + '/', 'gltf-peer', RUNS.loads);
    const reference = await referenceFrameMs(browser, ref.url + '/', RUNS.frames);
    const viewer = await viewerFigures(browser, app.url + '/', choices, RUNS.selections);
    const skinning = await skinningFigures(browser, app.url + '/', RUNS.frames);
    const heap = await heapFigures(browser, app.url + '/', choices, points);
    // Lighthouse drives its own Chromium: the bench's browser is idle meanwhile.
    const lighthouse = {
      viewer: await lighthouseFigures(plainApp.url + '/', RUNS.lighthouse),
      gltfPeer: await lighthouseFigures(plainPeer.url + '/', RUNS.lighthouse),
    };
    // The same pages' blocking split into time inside WebGL calls and the rest, each load in a browser of its own.
    const blocking = {
      viewer: await blockingSplit(plainApp.url + '/', RUNS.lighthouse),
      gltfPeer: await blockingSplit(plainPeer.url + '/', RUNS.lighthouse),
    };
    const figures: Figures = {
      // Counted on the builds a visitor gets, without the hooks that time the loads.
      jsGzipBytes: {
        viewer: gzipBytes(
          plainAppDir,
          viewerLoad.scripts.map((p) => sameScriptIn(plainAppDir, p)),
        ),
        reference: gzipBytes(refDir, referenceLoad.scripts),
        gltfPeer: gzipBytes(
          plainPeerDir,
          peerLoad.scripts.map((p) => sameScriptIn(plainPeerDir, p)),
        ),
      },
      model: { ...(await modelFigures(join(root, 'models/head-neck.glb'))), decodeMs: viewer.decodeMs },
      firstFrameMs: {
        viewer: viewerLoad.firstFrameMs,
        reference: referenceLoad.firstFrameMs,
        gltfPeer: peerLoad.firstFrameMs,
      },
      frameMs: { viewer: viewer.frameMs, reference },
      skinning,
      selectMs: viewer.selectMs,
      idleFrames: viewer.idleFrames,
      moveFrames: viewer.moveFrames,
      lookup: lookupFigures(RUNS.lookupPoints),
      heap,
      lighthouse,
      blocking,
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
      scripts: { viewer: viewerLoad.scripts, reference: referenceLoad.scripts, gltfPeer: peerLoad.scripts },
      firstFrameRunsMs: { viewer: viewerLoad.runsMs, reference: referenceLoad.runsMs, gltfPeer: peerLoad.runsMs },
      figures,
      rows: rs,
    };
    writeFileSync(join(root, 'bench/results.json'), JSON.stringify(result, null, 2) + '\n');
    console.log('Written to bench/results.json');
  } finally {
    await browser.close();
    await app.close();
    await ref.close();
    await peer.close();
    await plainApp.close();
    await plainPeer.close();
  }
}

await main();
