import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { landmarks, seededRandom } from '../../src/mapping';
import { openViewer } from './browser';
import { runInPage, type DomAction } from './soak-actions';
import { useBuiltApp, usePages } from './session';
import { serveLightModel } from './test-models';

/*
 * A long random session: 1,000 seeded actions of a therapist and a patient. Most go through
 * the DOM in batches (one page round trip for many clicks); clicks and strokes on the head go
 * through the real mouse so picking runs; now and then the window changes shape. Reduced
 * motion makes every camera move instant, so nothing waits on a glide. Nothing about timing
 * is asserted; the run time is printed. A thousand actions is the session the performance
 * budget speaks of; the heap is compared between action 200 (every bounded cache filled) and the
 * end, 800 actions later (2,000 took over two minutes on two cores and found nothing more).
 */
const ACTIONS = 1000;
const WARM = 200;
const SEED = 20261127;
/** DOM actions sent to the page at once; a frame is drawn between batches. */
const BATCH = 25;

type MouseAction = 'head' | 'stroke' | 'resize';
type Action = DomAction | MouseAction;

/** Weights: the everyday actions most, the slow real-mouse ones sparingly. */
const mix: readonly [Action, number][] = [
  ['muscle', 18],
  ['view', 14],
  ['region', 12],
  ['layer', 12],
  ['candidate', 8],
  ['mode', 6],
  ['fold', 4],
  ['undo', 4],
  ['clear', 2],
  ['brush', 3],
  ['erase', 3],
  ['head', 6],
  ['stroke', 2],
  ['resize', 1],
];
const sizes = [
  { width: 840, height: 520 },
  { width: 1000, height: 700 },
  { width: 600, height: 720 },
];
const landmarkNames = Object.keys(landmarks);

function walk(n: number, next: () => number): [Action, number][] {
  const total = mix.reduce((s, [, w]) => s + w, 0);
  return Array.from({ length: n }, () => {
    let x = next() * total;
    const action = mix.find(([, w]) => (x -= w) < 0)?.[0] ?? 'muscle';
    return [action, next()];
  });
}

/**
 * Before the walk, what fills the bounded caches once: zones of fourteen muscles on the skin
 * and, with the skin hidden, on the bones (twelve are kept a surface), a stroke, every window
 * size. Measured after this, the heap has nothing left to grow into but a leak.
 */
const prelude: [Action, number][] = [
  ...Array.from({ length: 14 }, (_, k): [Action, number] => ['muscle', k / 14]),
  ['layer', 2.5 / 9],
  ...Array.from({ length: 14 }, (_, k): [Action, number] => ['muscle', (k + 0.5) / 14]),
  ['layer', 1.5 / 9],
  ['mode', 0.5],
  ['stroke', 0.3],
  ['resize', 0.5],
  ['resize', 0.9],
  ['resize', 0.1],
];

const app = useBuiltApp();
const openChecked = usePages(app);

/** Live JS heap after two full collections, so only what is still reachable counts. */
async function heap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  // Typed arrays (geometry, zone weights, paint) live outside the JS heap proper: count both.
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
  return usage.usedSize + (usage.backingStorageSize ?? 0);
}

/** A click or a short stroke at a landmark's place on screen; whatever mode the walk left on. */
async function onHead(page: Page, action: 'head' | 'stroke', r: number): Promise<void> {
  const name = landmarkNames[Math.floor(r * landmarkNames.length)]!;
  const canvas = await page.locator('canvas').boundingBox();
  const p = await page.evaluate((n) => window.__viewerTest?.project(n) ?? null, name);
  if (!canvas || !p) return;
  const [x, y] = [canvas.x + p.x, canvas.y + p.y];
  if (action === 'head') return page.mouse.click(x, y);
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 2; i++) await page.mouse.move(x + i * 8, y + i * 5);
  await page.mouse.up();
}

describe('a long random session', () => {
  it(`${ACTIONS} actions: no error, and the heap does not grow`, async () => {
    const started = Date.now();
    const { context, page, problems } = await openChecked({ viewport: sizes[0] });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // Every part and name of the real model, and its skin, at about half the cost of a frame:
    // a leak or an error does not depend on how finely the bones and muscles are drawn.
    await serveLightModel(page);
    await openViewer(page, app.url);
    const cdp = await context.newCDPSession(page);
    const actions = [...prelude, ...walk(ACTIONS - prelude.length, seededRandom(SEED))];
    let warmHeap = 0;
    let pending: [DomAction, number][] = [];
    const flush = async () => {
      if (pending.length === 0) return;
      await page.evaluate(runInPage, pending);
      pending = [];
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => ok(null))));
    };
    for (let i = 0; i < actions.length; i++) {
      const [action, r] = actions[i]!;
      if (action === 'head' || action === 'stroke' || action === 'resize') {
        await flush();
        if (action === 'resize') await page.setViewportSize(sizes[Math.floor(r * sizes.length)]!);
        else await onHead(page, action, r);
      } else {
        pending.push([action, r]);
        if (pending.length >= BATCH) await flush();
      }
      if (i + 1 === WARM) {
        await flush();
        warmHeap = await heap(cdp);
      }
      expect(problems.errors, `after action ${i} (${action})`).toEqual([]);
    }
    await flush();
    const endHeap = await heap(cdp);
    const mb = (b: number) => (b / 1048576).toFixed(1);
    console.log(
      `soak: ${ACTIONS} actions in ${Math.round((Date.now() - started) / 1000)} s; ` +
        `heap ${mb(warmHeap)} MB at ${WARM}, ${mb(endHeap)} MB at ${ACTIONS}`,
    );
    // Everything the session can grow is bounded and reached its bound within the warm-up.
    expect(endHeap).toBeLessThanOrEqual(warmHeap * 1.1);
    // The app still answers at the end.
    await page.setViewportSize(sizes[1]!);
    await page.evaluate(runInPage, [['muscle', 0.5] as const]);
    const unpressed = page.locator('.muscle-list .side-buttons button[aria-pressed="false"]').first();
    const [muscle, side] = /^(.*) \((left|right)\)$/.exec((await unpressed.getAttribute('aria-label'))!)!.slice(1);
    await unpressed.click();
    await expect.poll(() => page.locator('.info-panel h2').first().textContent()).toBe(`${muscle} (${side})`);
    // About 45 s on two cores shared with a load average of 10 (the light model, no multisampling).
  }, 600_000);
});
