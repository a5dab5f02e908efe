import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, openViewer, settle } from './browser';
import { usePageChecks, useBuiltApp } from './session';

const app = useBuiltApp();
const track = usePageChecks();

/**
 * Draw calls of one frame of the shipped model with a muscle selected: each of its meshes (64
 * muscles, 25 bones, 26 context parts, the skin) once, and the two discs of each trigger-point dot.
 * A second pass over the model (an outline, a depth pre-pass) would about double it.
 */
const DRAW_CALL_CEILING = 130;

const cost = (page: Page) => page.evaluate(() => window.__viewerTest!.renderCost());

/** The viewer at `path`, 1000 x 700, motion reduced (a stretch shows its end position at once). */
async function openStill(path: string): Promise<Page> {
  const { context, page, problems } = await openPage(app.browser, app.url, { width: 1000, height: 700 });
  track({ problems, close: () => context.close() });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openViewer(page, app.url + path);
  return page;
}

describe('what a frame costs the GPU', () => {
  it('compiles no shader on a selection, hover, layer change, pain point or pose; draws each mesh once', async () => {
    const page = await openStill('/?v=back');
    // The programs a click would need are compiled after the first frame, not during the click.
    // With joints in the model, the programs of a posed head too (after the first frame).
    await expect.poll(async () => (await cost(page)).warm).toBe(true);
    await expect.poll(async () => (await cost(page)).poseWarm).toBe(true);
    const { programs } = await cost(page);
    const unchanged = async (after: string) => {
      await settle(page);
      expect((await cost(page)).programs, `programs after ${after}`).toBe(programs);
    };

    await page.getByRole('tab', { name: 'Muscles' }).click();
    await page.getByRole('button', { name: 'Upper trapezius (left)' }).click();
    await unchanged('selecting a muscle');
    const frame = await cost(page);
    expect(frame.drawCalls).toBeGreaterThan(0);
    expect(frame.drawCalls).toBeLessThanOrEqual(frame.visibleMeshes);
    expect(frame.drawCalls).toBeLessThanOrEqual(DRAW_CALL_CEILING);

    // The picking trees are built in a worker, off the page's thread, and the hover below picks through them.
    const trees = () => page.evaluate(() => window.__viewerTest!.pickingTrees());
    const { meshes } = await trees();
    expect(meshes).toBeGreaterThan(100);
    await expect.poll(async () => (await trees()).built).toBe(meshes);
    expect(page.workers().map((w) => w.url())).toContainEqual(expect.stringMatching(/bounds-tree/));

    const canvas = (await page.locator('canvas').boundingBox())!;
    const p = (await page.evaluate(() => window.__viewerTest!.projectMuscle('splenius-capitis', 'right')))!;
    await page.mouse.move(canvas.x + p.x, canvas.y + p.y);
    await expect.poll(() => page.locator('.hover-label').textContent()).toMatch(/\(right\)$/);
    await unchanged('hovering a muscle');

    await page.getByRole('tab', { name: 'Layers' }).click();
    for (const layer of ['Opaque', 'Hidden', 'See-through']) {
      await page.getByRole('radio', { name: layer }).check();
      await unchanged(`the skin ${layer.toLowerCase()}`);
    }

    await page.getByRole('tab', { name: 'Where does it hurt?' }).click();
    await page.getByRole('button', { name: 'Point on the head' }).click();
    const q = (await page.evaluate(() => window.__viewerTest!.project('inion')))!;
    await page.mouse.click(canvas.x + q.x, canvas.y + q.y);
    await expect.poll(() => new URL(page.url()).searchParams.has('p')).toBe(true);
    await unchanged('marking a pain point');

    // A stretch poses the head: skinned on the CPU here (a software renderer), the posed twins draw
    // with the plain programs.
    await page.getByRole('tab', { name: 'Muscles' }).click();
    await page.getByRole('button', { name: 'Show the stretch on the model' }).click();
    const status = page.locator('.stretch-demo [role="status"]');
    await expect.poll(() => status.textContent()).toBe('End position: the stretch');
    expect(await page.evaluate(() => window.__viewerTest!.posedTwins())).toBeGreaterThan(0);
    await unchanged('posing the head for a stretch');
  });

  it('skinned in the vertex shader, as on a GPU: programs compiled after the first frame, none on a pose', async () => {
    const page = await openStill('/?v=back&m=upper-trapezius&s=left&skinning=shader');
    await expect.poll(async () => (await cost(page)).poseWarm).toBe(true);
    const { programs } = await cost(page);
    await page.getByRole('button', { name: 'Show the stretch on the model' }).click();
    await expect
      .poll(() => page.locator('.stretch-demo [role="status"]').textContent())
      .toBe('End position: the stretch');
    expect(await page.evaluate(() => window.__viewerTest!.posedTwins())).toBeGreaterThan(0);
    await settle(page);
    expect((await cost(page)).programs, 'programs after posing the head').toBe(programs);
  });
});
