import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { launch } from './lib/browser';
import type { ViewName } from './render-model/views';

/**
 * Renders models/head-neck.glb in headless Chromium (WebGL through SwiftShader) and saves PNGs
 * of each view with the skin on and off, plus the suboccipital triangle with the superficial
 * neck muscles lifted away. Usage: `npx tsx scripts/render-model.ts [view ...]`.
 */
const root = fileURLToPath(new URL('./render-model', import.meta.url));
const project = fileURLToPath(new URL('..', import.meta.url));
const outDir = fileURLToPath(new URL('../tests/model/screenshots', import.meta.url));

/** Everything over the suboccipital triangle, removed for the deep view. */
const OVER_SUBOCCIPITALS = [
  'upper-trapezius',
  'sternocleidomastoid-sternal',
  'sternocleidomastoid-clavicular',
  'splenius-capitis',
  'splenius-cervicis',
  'semispinalis-capitis',
  'levator-scapulae',
  'occipitalis',
  'platysma',
];

interface Shot {
  readonly file: string;
  readonly query: string;
}

function shots(views: readonly ViewName[]): Shot[] {
  const out: Shot[] = [];
  for (const v of views) {
    out.push({ file: `${v}-skin.png`, query: `view=${v}&skin=on` });
    out.push({ file: `${v}-bare.png`, query: `view=${v}&skin=off` });
  }
  for (const v of views.filter((name) => name === 'front' || name === 'left' || name === 'face')) {
    out.push({ file: `${v}-opaque.png`, query: `view=${v}&skin=opaque` });
  }
  if (views.includes('below-behind')) {
    out.push({
      file: 'below-behind-deep.png',
      query: `view=below-behind&skin=off&hide=${OVER_SUBOCCIPITALS.join(',')}`,
    });
  }
  if (views.includes('left')) {
    out.push({ file: 'left-bones.png', query: `view=left&skin=off&hide=${allMuscles()}` });
  }
  return out;
}

function allMuscles(): string {
  return 'ALL';
}

const args = process.argv.slice(2);
/** `--query=view=face&only=masseter-superficial` renders one ad-hoc shot to inspect.png. */
const adHoc = args.find((a) => a.startsWith('--query='))?.slice(8);
const requested = args.filter((a) => !a.startsWith('--')) as ViewName[];
/** The set kept under tests/model/screenshots; the other views are close-ups to inspect. */
const DEFAULT_VIEWS: ViewName[] = ['front', 'left', 'back', 'three-quarter', 'below-behind', 'face'];
const views = requested.length ? requested : DEFAULT_VIEWS;
mkdirSync(outDir, { recursive: true });
const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  server: { port: 5178, strictPort: false, fs: { allow: [project] } },
});
await server.listen();
const url = server.resolvedUrls?.local[0] ?? 'http://localhost:5178/';
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 800, height: 800 } });
  page.on('pageerror', (e) => console.error(e));
  for (const shot of adHoc ? [{ file: 'inspect.png', query: adHoc }] : shots(views)) {
    const t = Date.now();
    await page.goto(`${url}?${shot.query}`);
    await page.waitForFunction(() => (window as unknown as { renderDone?: boolean }).renderDone === true, null, {
      timeout: 120_000,
    });
    await page.locator('canvas').screenshot({ path: `${outDir}/${shot.file}` });
    console.log(`${shot.file} ${Date.now() - t} ms`);
  }
} finally {
  await browser.close();
  await server.close();
}
