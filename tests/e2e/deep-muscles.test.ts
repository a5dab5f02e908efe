import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { getMuscle, resolveAnchor, type Side } from '../../src/mapping';
import { getTour } from '../../src/tours';
import { openViewer, settle } from './browser';
import { isSelectedAmber, isTriggerPointViolet } from './pixels';
import { useBuiltApp, usePages } from './session';

/**
 * The selected muscle is always seen: a deep one chosen from the list or a tour step has what lies
 * over it peeled away, which comes back when the selection is cleared or the user asks for it; a
 * trigger point is not drawn through the head from the far side, nor when its layer is hidden.
 */
const here = fileURLToPath(new URL('.', import.meta.url));
const shots = join(here, 'screenshots-tmp');

const app = useBuiltApp();
const openChecked = usePages(app);

async function open(path = '/'): Promise<Page> {
  const { page } = await openChecked({ viewport: { width: 1280, height: 800 } });
  await openViewer(page, app.url + path);
  return page;
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * Pixels of a colour on the 3D view, outside the panels, legend and buttons laid over it (the
 * legend's own swatches share the colours), and inside `within` when given (page pixels).
 */
async function count(
  page: Page,
  isColour: (r: number, g: number, b: number) => boolean,
  name: string,
  within?: readonly Box[],
) {
  await settle(page);
  const png = PNG.sync.read(await page.screenshot({ path: join(shots, `deep-${name}.png`) }));
  const overlays: Box[] = await page.evaluate(() =>
    [...document.querySelectorAll('.panel, .legend, .views, .messages, header')].map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.left, y: r.top, right: r.right, bottom: r.bottom };
    }),
  );
  const inside = (b: Box, x: number, y: number) => x >= b.x && x < b.right && y >= b.y && y < b.bottom;
  let n = 0;
  for (let y = 0; y < png.height; y++)
    for (let x = 0; x < png.width; x++) {
      if (within && !within.some((b) => inside(b, x, y))) continue;
      if (overlays.some((b) => inside(b, x, y))) continue;
      const i = (y * png.width + x) * 4;
      if (isColour(png.data[i]!, png.data[i + 1]!, png.data[i + 2]!)) n++;
    }
  return n;
}

/** Violet pixels near where a muscle's trigger points project, dots drawn or not. */
async function dotPixels(page: Page, muscleId: string, side: Side, name: string) {
  const canvas = (await page.locator('canvas').boundingBox())!;
  const points = getMuscle(muscleId)!.triggerPoints.map((t) => resolveAnchor(t.at, side));
  const screen = await page.evaluate((ps) => ps.map((p) => window.__viewerTest!.projectPoint(p)), points);
  const r = 14;
  const boxes = screen.map((p) => ({
    x: canvas.x + p.x - r,
    y: canvas.y + p.y - r,
    right: canvas.x + p.x + r,
    bottom: canvas.y + p.y + r,
  }));
  return count(page, isTriggerPointViolet, name, boxes);
}

const amber = (page: Page, name: string) => count(page, isSelectedAmber, name);

/** Whether a muscle can be seen and picked somewhere on screen, as the test hook finds it. */
const onScreen = (page: Page, muscleId: string, side: Side) =>
  page.evaluate(([m, s]) => window.__viewerTest!.projectMuscle(m!, s as Side) !== null, [muscleId, side]);

const view = async (page: Page, name: string) => {
  await page.getByRole('button', { name, exact: true }).click();
  await settle(page);
};

/** Enough amber pixels for a muscle about 3 cm long, seen whole from behind, at 1280x800. */
const SEEN = 400;
const RCP_MAJOR = 'Rectus capitis posterior major (left)';

describe('the selected muscle is always seen', () => {
  it('peels what covers a deep muscle chosen from the list, and puts it back when cleared', async () => {
    const page = await open('/');
    await view(page, 'Back');
    expect(await amber(page, 'nothing-selected')).toBe(0);
    // From behind the trapezius covers the back of the neck, as in life (the semispinalis lies under it).
    expect(await onScreen(page, 'upper-trapezius', 'left')).toBe(true);
    expect(await onScreen(page, 'semispinalis-capitis', 'left')).toBe(false);

    await page.getByRole('button', { name: RCP_MAJOR }).click();
    const legend = page.getByRole('complementary', { name: 'Legend' });
    await expect.poll(() => legend.getByText('the layers over it are peeled away').count()).toBe(1);
    const peeled = await amber(page, 'rcp-major-peeled');
    expect(peeled).toBeGreaterThan(SEEN);
    // What covered it is gone on its side only; the right side stays whole for comparison.
    expect(await onScreen(page, 'upper-trapezius', 'left')).toBe(false);
    expect(await onScreen(page, 'upper-trapezius', 'right')).toBe(true);
    // The peel is derived from the selection: the link carries no layers.
    expect(new URL(page.url()).searchParams.get('off')).toBeNull();

    // The user may ask for the layers back while the muscle stays selected, and peel again.
    await legend.getByRole('button', { name: 'Put the layers back' }).click();
    await expect.poll(() => onScreen(page, 'upper-trapezius', 'left')).toBe(true);
    expect(await amber(page, 'rcp-major-covered')).toBeLessThan(peeled / 2);
    await legend.getByRole('button', { name: 'Peel them away' }).click();
    await expect.poll(() => onScreen(page, 'upper-trapezius', 'left')).toBe(false);

    await page.getByRole('button', { name: 'Clear selection' }).click();
    await expect.poll(() => onScreen(page, 'upper-trapezius', 'left')).toBe(true);
    expect(await amber(page, 'cleared')).toBe(0);
    expect(await onScreen(page, 'semispinalis-capitis', 'left')).toBe(false);
  });

  it('shows the suboccipital step of the neck tour in its selected colour', async () => {
    const tour = getTour('neck-pain-and-headaches')!;
    const step = tour.steps.findIndex((s) => s.id === 'suboccipitals');
    expect(step).toBeGreaterThanOrEqual(0);
    const page = await open(`/?tour=${tour.id}&step=${step + 1}`);
    await expect.poll(() => page.getByRole('heading', { name: RCP_MAJOR, exact: true }).count()).toBeGreaterThan(0);
    expect(await amber(page, 'tour-suboccipitals')).toBeGreaterThan(SEEN);
    expect(await onScreen(page, 'semispinalis-capitis', 'left')).toBe(false);
    await page
      .getByRole('region', { name: `Guided tour: ${tour.title}` })
      .getByRole('button', { name: 'Next' })
      .click();
    // The next step's muscle is no longer deep under the semispinalis: it comes back.
    await expect.poll(() => onScreen(page, 'semispinalis-capitis', 'left')).toBe(true);
  });

  it('draws no trigger point through the head from the far side, nor while its layer is hidden', async () => {
    const page = await open('/');
    await page.getByRole('button', { name: 'Upper trapezius (left)' }).click();
    await view(page, 'Left');
    expect(await dotPixels(page, 'upper-trapezius', 'left', 'trapezius-near-side')).toBeGreaterThan(40);
    await view(page, 'Right');
    expect(await dotPixels(page, 'upper-trapezius', 'left', 'trapezius-far-side')).toBe(0);

    await view(page, 'Left');
    await page.getByRole('tab', { name: 'Layers' }).click();
    await page.getByRole('checkbox', { name: /Superficial muscles/ }).uncheck();
    const legend = page.getByRole('complementary', { name: 'Legend' });
    await expect.poll(() => legend.getByText('its layer is hidden').count()).toBe(1);
    expect(await dotPixels(page, 'upper-trapezius', 'left', 'trapezius-layer-hidden')).toBe(0);
    await legend.getByRole('button', { name: 'Show its layer' }).click();
    await expect.poll(() => dotPixels(page, 'upper-trapezius', 'left', 'trapezius-layer-shown')).toBeGreaterThan(40);
  });
});
