import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { launch } from './lib/browser';
import { GROUPS, type Shot } from './render-model/shots';
import { VIEWS, type ViewName } from './render-model/views';

/**
 * Renders models/head-neck.glb in headless Chromium (WebGL through SwiftShader) and saves PNGs
 * for review: the six standard views with the skin opaque, ghosted and off; each muscle of the
 * chart alone on the bones; the suboccipital triangle; the temporal and infratemporal fossae;
 * the front of the neck; each stretch's end position and the two postures (the groups of
 * `render-model/shots.ts`). How to call it: USAGE.
 *
 * A full run into the default folder also removes the PNGs there that no group makes any more,
 * so the committed pictures are exactly this script's.
 */
const USAGE = `Usage:
  npx tsx scripts/render-model.ts                    every group into tests/model/screenshots
  npx tsx scripts/render-model.ts muscles fossae     those groups only
  npx tsx scripts/render-model.ts --filter=temporalis  the pictures whose file name holds it
  npx tsx scripts/render-model.ts jaw eye            close-up views, skin on and off
  npx tsx scripts/render-model.ts "--query=view=jaw&only=masseter-deep"   one ad-hoc inspect.png
  npx tsx scripts/render-model.ts "--query=view=jaw&skin=off&pose=medial-pterygoid,left"   posed
    (pose=<named pose> or <stretch id>,<side>)
  --out=<dir>                                        write elsewhere (e.g. /tmp/shots)`;
const root = fileURLToPath(new URL('./render-model', import.meta.url));
const project = fileURLToPath(new URL('..', import.meta.url));
const defaultOut = fileURLToPath(new URL('../tests/model/screenshots', import.meta.url));

const args = process.argv.slice(2);
const option = (name: string): string | undefined =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const adHoc = option('query');
const filter = option('filter');
const outDir = resolve(option('out') ?? defaultOut);
// A mistyped option must not start a full run that rewrites the committed pictures.
const OPTIONS = ['query', 'filter', 'out'];
if (args.some((a) => a === '--help' || a === '-h')) {
  console.log(USAGE);
  process.exit(0);
}
const strange = args.filter((a) => a.startsWith('-') && !OPTIONS.some((o) => a.startsWith(`--${o}=`)));
if (strange.length) {
  console.error(`unknown option: ${strange.join(', ')}\n${USAGE}`);
  process.exit(1);
}
const named = args.filter((a) => !a.startsWith('--'));
const unknown = named.filter((n) => !(n in GROUPS) && !(n in VIEWS));
if (unknown.length) {
  console.error(`unknown group or view: ${unknown.join(', ')}`);
  console.error(`groups: ${Object.keys(GROUPS).join(', ')}; views: ${Object.keys(VIEWS).join(', ')}`);
  process.exit(1);
}

// An ad-hoc view the page does not know failed deep in the browser with an unreadable error.
const adHocView = adHoc === undefined ? undefined : new URLSearchParams(adHoc).get('view');
if (adHocView && !(adHocView in VIEWS)) {
  console.error(`unknown view in --query: ${adHocView}\nviews: ${Object.keys(VIEWS).join(', ')}`);
  process.exit(1);
}

function closeUps(views: readonly ViewName[]): Shot[] {
  return views.flatMap((v) => [
    { file: `${v}-ghosted.png`, query: `view=${v}&skin=on` },
    { file: `${v}-bare.png`, query: `view=${v}&skin=off` },
  ]);
}

const groups = named.filter((n) => n in GROUPS);
const views = named.filter((n) => n in VIEWS) as ViewName[];
const everything = !adHoc && named.length === 0;
let shots: Shot[] = adHoc
  ? [{ file: 'inspect.png', query: adHoc }]
  : [...(everything ? Object.keys(GROUPS) : groups).flatMap((g) => GROUPS[g]!()), ...closeUps(views)];
if (filter) shots = shots.filter((s) => s.file.includes(filter));
if (shots.length === 0) {
  console.error('no picture matches');
  process.exit(1);
}

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
  for (const shot of shots) {
    const t = Date.now();
    await page.goto(`${url}?${shot.query}`);
    await page.waitForFunction(() => (window as unknown as { renderDone?: boolean }).renderDone === true, null, {
      timeout: 120_000,
    });
    await page.locator('canvas').screenshot({ path: join(outDir, shot.file) });
    console.log(`${shot.file} ${Date.now() - t} ms`);
  }
} finally {
  await browser.close();
  await server.close();
}
if (everything && !filter) {
  const made = new Set(shots.map((s) => s.file));
  for (const f of readdirSync(outDir)) {
    if (f.endsWith('.png') && !made.has(f)) {
      rmSync(join(outDir, f));
      console.log(`removed ${f} (no group makes it any more)`);
    }
  }
}
