import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { median } from './node-figures';

/** Same viewport for the viewer and the comparison pages, so frame times compare like with like. */
export const VIEWPORT = { width: 1000, height: 700 };

/** The reference scene and the glTF peer answer through the same hook (scripts/bench/page-hook.tsx). */
type Which = 'viewer' | 'reference' | 'gltf-peer';

/**
 * A fresh context (empty cache) per page load. Service workers are blocked: the bench measures
 * a first visit's loading and drawing, not the precache download that follows it.
 */
export async function openFresh(
  browser: Browser,
  url: string,
  which: Which,
  viewport = VIEWPORT,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, serviceWorkers: 'block' });
  // The viewer's own "disclaimer seen" mark: the measurement is of the model, not of a click.
  if (which === 'viewer') await context.addInitScript(() => sessionStorage.setItem('disclaimer-seen', '1'));
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[${which}] ${e.message}`));
  await page.goto(url);
  await page.waitForFunction(
    (w) => (w === 'viewer' ? window.__viewerTest?.firstFrameAt() : window.__reference?.firstFrameAt()) != null,
    which,
    { timeout: 180_000 },
  );
  return { context, page };
}

export interface LoadFigures {
  /** Navigation start to the first frame with the model drawn, ms, median and every run. */
  readonly firstFrameMs: number;
  readonly runsMs: number[];
  /** Same-origin paths of the scripts whose request started before that frame. */
  readonly scripts: string[];
}

/** Cold loads of `url`; each run in its own context so nothing comes from the HTTP cache. */
export async function loadFigures(browser: Browser, url: string, which: Which, runs: number): Promise<LoadFigures> {
  const runsMs: number[] = [];
  let scripts: string[] = [];
  for (let i = 0; i < runs; i++) {
    const { context, page } = await openFresh(browser, url, which);
    const r = await page.evaluate((w) => {
      const first = (w === 'viewer' ? window.__viewerTest!.firstFrameAt() : window.__reference!.firstFrameAt())!;
      const js = performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime < first && new URL(e.name).pathname.endsWith('.js'))
        .map((e) => new URL(e.name).pathname);
      const entry = document.querySelector<HTMLScriptElement>('script[type=module][src]');
      return { first, js: [...(entry ? [new URL(entry.src).pathname] : []), ...js] };
    }, which);
    runsMs.push(r.first);
    scripts = [...new Set(r.js)];
    await context.close();
  }
  return { firstFrameMs: median(runsMs), runsMs, scripts };
}

/** The reference scene drawn `n` times back to back: ms per frame, median. */
export async function referenceFrameMs(browser: Browser, url: string, n: number): Promise<number> {
  const { context, page } = await openFresh(browser, url, 'reference');
  const times = await page.evaluate((k) => window.__reference!.renderTimes(k), n);
  await context.close();
  return median(times);
}

/**
 * A measurement that never ends stops the bench with its name instead of hanging it: a frame the
 * page waits for may never come (a selection that changed nothing, a page that lost its context).
 */
export async function bounded<T>(what: string, work: Promise<T>, ms = 120_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`bench: ${what} did not finish within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Waits until the viewer's camera is still and a frame or two have gone by. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.__viewerTest!.isMoving(), undefined, { timeout: 60_000 });
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 200)))),
  );
}

export interface ViewerFigures {
  readonly frameMs: number;
  readonly selectMs: number;
  readonly idleFrames: number;
  readonly moveFrames: number;
  readonly canvas: { width: number; height: number };
  /** The model's file decoded as the viewer decodes it (meshopt and glTF parse, in the page), ms, median of 5. */
  readonly decodeMs: number;
}

/** Frame time, selection-to-zone latency, and frames drawn while idle and while moving. */
export async function viewerFigures(
  browser: Browser,
  url: string,
  choices: readonly { muscleId: string; side: string }[],
  selections: number,
): Promise<ViewerFigures> {
  const { context, page } = await openFresh(browser, url, 'viewer');
  await settle(page);
  const canvas = (await page.locator('canvas').boundingBox())!;
  const frameMs = median(await page.evaluate((k) => window.__viewerTest!.renderTimes(k), 50));
  const times: number[] = [];
  for (let i = 0; i < selections; i++) {
    const choice = choices[i % choices.length]!;
    const select = page.evaluate((c) => window.__viewerTest!.timeSelect(c as never), choice);
    times.push(await bounded(`selecting ${choice.muscleId} (${choice.side})`, select));
    await settle(page);
  }
  const idleStart = await page.evaluate(() => window.__viewerTest!.frames());
  await page.waitForTimeout(2_000);
  const idleFrames = (await page.evaluate(() => window.__viewerTest!.frames())) - idleStart;
  await page.getByRole('button', { name: 'Left', exact: true }).click();
  await settle(page);
  const moveFrames = (await page.evaluate(() => window.__viewerTest!.frames())) - idleStart - idleFrames;
  const decodes: number[] = [];
  for (let i = 0; i < 5; i++) decodes.push(await page.evaluate(() => window.__viewerTest!.decodeModelMs()));
  await context.close();
  return {
    decodeMs: median(decodes),
    frameMs,
    selectMs: median(times),
    idleFrames,
    moveFrames,
    canvas: { width: canvas.width, height: canvas.height },
  };
}

export interface SkinningFigures {
  /** A frame with the upper trapezius selected, the head at rest (plain meshes), ms, median. */
  readonly restMs: number;
  /** The same held in the stretch's end position, ms, median. */
  readonly heldMs: number;
  /** A frame of the stretch playing: the head posed anew (skinned on the CPU where it is) and drawn, ms, median. */
  readonly playingMs: number;
  /** A frame held in the end position with the skinning in the vertex shader (`?skinning=shader`), ms, median. */
  readonly shaderHeldMs: number;
  /** Posed twins drawn in the posed frame (0 would mean the pose never reached the scene). */
  readonly posedTwins: number;
}

/**
 * What posing costs a frame: the same muscle selected, seen from behind (the view *Show the
 * stretch* turns to), at rest and in its stretch's end position (a stretch link opens still
 * there), `n` frames each: held still, and playing, each frame posing the head anew between 95 %
 * and all of the way, as a demonstration's frames do; and held with the skinning in the shader.
 */
export async function skinningFigures(browser: Browser, url: string, n: number): Promise<SkinningFigures> {
  const frames = async (query: string, posed: 'rest' | 'held' | 'playing') => {
    const { context, page } = await openFresh(browser, url + query + '&v=back', 'viewer');
    // Skinned on the CPU, a stretch link's head waits at rest for that code to load.
    if (posed !== 'rest')
      await page.waitForFunction(() => window.__viewerTest!.posedTwins() > 0, null, { timeout: 120_000 });
    await settle(page);
    const posedTwins = await page.evaluate(() => window.__viewerTest!.posedTwins());
    const ms = median(await page.evaluate((k) => window.__viewerTest!.renderTimes(k), n));
    const playingMs =
      posed === 'playing'
        ? median(
            await page.evaluate((k) => {
              const hook = window.__viewerTest!;
              return Array.from({ length: k }, (_, i) => {
                const posing = hook.poseAlongStretch('upper-trapezius', 'left', i % 2 === 0 ? 0.95 : 1);
                return posing + hook.renderTimes(1)[0]!;
              });
            }, n),
          )
        : NaN;
    await context.close();
    return { ms, playingMs, posedTwins };
  };
  const rest = await frames('?m=upper-trapezius&s=left', 'rest');
  const posed = await frames('?stretch=upper-trapezius&side=left', 'playing');
  const shader = await frames('?stretch=upper-trapezius&side=left&skinning=shader', 'held');
  if (posed.posedTwins === 0 || shader.posedTwins === 0)
    throw new Error('bench: the stretch link did not pose the head');
  return {
    restMs: rest.ms,
    heldMs: posed.ms,
    playingMs: posed.playingMs,
    shaderHeldMs: shader.ms,
    posedTwins: posed.posedTwins,
  };
}

export interface HeapFigures {
  /** The page's own heap (typed-array contents and the rest; no compiled code, no browser records). */
  readonly after100Bytes: number;
  readonly after1000Bytes: number;
  readonly growth: number;
  /** From heap snapshots: growth of compiled code, typed-array contents, the browser's own records, and the rest. */
  readonly snapshotGrowthBytes: Sizes;
}

interface Sizes {
  code: number;
  arrayBuffers: number;
  browserRecords: number;
  rest: number;
}

/**
 * Sizes by kind from a heap snapshot. Compiled code grows while V8 keeps optimising hot paths;
 * typed-array contents (outside the JS heap proper) include the zone cache, bounded at a dozen
 * muscles; Chromium's performance-timeline entries and DevTools network records (each address
 * update refetches the favicon) are the browser's, bounded by its buffers. The rest is the page's.
 */
async function snapshotSizes(cdp: CDPSession): Promise<Sizes> {
  const chunks: string[] = [];
  const collect = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const snap = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snap.snapshot.meta.node_fields;
  const [type, name, size] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
  const sizes: Sizes = { code: 0, arrayBuffers: 0, browserRecords: 0, rest: 0 };
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const kind = snap.snapshot.meta.node_types[0][snap.nodes[i + type]!];
    const label = snap.strings[snap.nodes[i + name]!]!;
    const bytes = snap.nodes[i + size]!;
    if (kind === 'code') sizes.code += bytes;
    else if (label === 'system / JSArrayBufferData') sizes.arrayBuffers += bytes;
    else if (/^(Performance|blink::ScriptTimingInfo|blink::NetworkResourcesData|TaskAttributionTiming)/.test(label))
      sizes.browserRecords += bytes;
    else sizes.rest += bytes;
  }
  return sizes;
}

/** What a page holds of its own: compiled code is V8's, the records are Chromium's (see above). */
const own = (s: Sizes): number => s.arrayBuffers + s.rest;

/**
 * The page's own heap after the first 100 actions (50 selections and 50 pain-point lookups) and
 * after 1,000, each from a heap snapshot taken after a forced garbage collection (CDP), so only
 * what is kept alive is counted. The first 100 fill every bounded cache a session fills.
 */
export async function heapFigures(
  browser: Browser,
  url: string,
  choices: readonly { muscleId: string; side: string }[],
  points: readonly (readonly [number, number, number])[],
): Promise<HeapFigures> {
  // The smallest window that still has side panels (src/display/layout.ts), the tools panel open:
  // the heap does not depend on the canvas's size, and 1,000 frames on SwiftShader do.
  const { context, page } = await openFresh(browser, url, 'viewer', { width: 840, height: 520 });
  await settle(page);
  // The results list must be on screen for a pain point to be looked up at all.
  await page.getByRole('tab', { name: 'Where does it hurt?' }).click();
  await page.getByRole('button', { name: 'Point on the head' }).click();
  const cdp = await context.newCDPSession(page);
  const snapshot = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return snapshotSizes(cdp);
  };
  // One step is two actions: a selection and a pain-point lookup.
  const step = async (i: number) => {
    const choice = choices[i % choices.length]!;
    const select = page.evaluate((c) => window.__viewerTest!.timeSelect(c as never), choice);
    await bounded(`heap step ${i}: selecting ${choice.muscleId} (${choice.side})`, select);
    await bounded(
      `heap step ${i}: a pain point`,
      page.evaluate((p) => window.__viewerTest!.lookupAt(p), points[i % points.length]!),
    );
  };
  for (let i = 0; i < 50; i++) await step(i);
  await settle(page);
  const at100 = await snapshot();
  for (let i = 50; i < 500; i++) await step(i);
  await settle(page);
  const at1000 = await snapshot();
  await context.close();
  return {
    after100Bytes: own(at100),
    after1000Bytes: own(at1000),
    growth: own(at1000) / own(at100) - 1,
    snapshotGrowthBytes: {
      code: at1000.code - at100.code,
      arrayBuffers: at1000.arrayBuffers - at100.arrayBuffers,
      browserRecords: at1000.browserRecords - at100.browserRecords,
      rest: at1000.rest - at100.rest,
    },
  };
}
