import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { landmarks, type Vec3 } from '../../src/mapping';
import { distance } from '../../src/mapping/vec';
import { boneTransforms, lengthPercent, posedPoint, stretchPose, stretches } from '../../src/movement';
import { openViewer, settle } from './browser';
import { isSelectedAmber } from './pixels';
import { useBuiltApp, usePages } from './session';
import { serveTinyModel } from './test-models';

/**
 * A stretch shown on the head: the upper trapezius stretch side-bends the head as the movement
 * layer says, the muscle stays highlighted on the moving model, the lengthening shown is the
 * layer's figure, reduced motion shows the end position still, stopping puts the head back at
 * rest, and the link reproduces it. Lean on frames: SwiftShader draws the real model slowly.
 */
const app = useBuiltApp();
const openChecked = usePages(app);

const trapezius = stretches.find((s) => s.id === 'upper-trapezius')!;
const endPose = boneTransforms(stretchPose(trapezius, 'left'));
const nasion = landmarks.nasion;
const nasionAtEnd = posedPoint(endPose, 'skull', nasion);
const percent = Math.round(lengthPercent('upper-trapezius', 'left', endPose) - 100);

async function open(path: string, reduced: boolean, tiny = false): Promise<Page> {
  const { page } = await openChecked({ viewport: { width: 1280, height: 800 } });
  if (tiny) await serveTinyModel(page);
  await page.emulateMedia({ reducedMotion: reduced ? 'reduce' : 'no-preference' });
  await openViewer(page, app.url + path);
  return page;
}

/** Where the scene's skull joint carries the nasion now. */
const skullNasion = (page: Page): Promise<Vec3> =>
  page.evaluate((p) => window.__viewerTest!.carriedByJoint('skull', p)!, nasion as [number, number, number]);

const status = (page: Page) => page.locator('.stretch-demo [role="status"]');

async function amberPixels(page: Page): Promise<number> {
  await settle(page);
  const png = PNG.sync.read(await page.locator('canvas').screenshot());
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4)
    if (isSelectedAmber(png.data[i]!, png.data[i + 1]!, png.data[i + 2]!)) n++;
  return n;
}

/** The share of pixels whose colour differs by more than a few levels between two pictures of one size. */
function differingShare(a: PNG, b: PNG): number {
  let n = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d =
      Math.abs(a.data[i]! - b.data[i]!) +
      Math.abs(a.data[i + 1]! - b.data[i + 1]!) +
      Math.abs(a.data[i + 2]! - b.data[i + 2]!);
    if (d > 24) n++;
  }
  return n / (a.data.length / 4);
}

/** Clicks the head where `at` (model space) is drawn; returns the pain point the link then holds. */
async function clickPainPoint(page: Page, at: Vec3): Promise<Vec3> {
  await settle(page);
  const before = new URL(page.url()).searchParams.get('p');
  const position = await page.evaluate((p) => window.__viewerTest!.projectPoint(p), at as [number, number, number]);
  await page.locator('canvas').click({ position });
  let p: string | null = null;
  await expect.poll(() => (p = new URL(page.url()).searchParams.get('p')) !== before && p !== null).toBe(true);
  return p!.split(',').map((mm) => Number(mm) / 1000) as unknown as Vec3;
}

describe('stretch demonstration', () => {
  it('shows the end position still under reduced motion, else plays; stops to rest; its link reopens it', async () => {
    const page = await open('/?m=upper-trapezius&s=left', true);
    expect(await page.evaluate(() => window.__viewerTest!.posedTwins())).toBe(0);
    await page.getByRole('button', { name: 'Show the stretch on the model' }).click();
    await expect.poll(() => status(page).textContent()).toBe('End position: the stretch');
    // The head side-bends away (to the right, -X) exactly as the movement layer poses it.
    const posed = await skullNasion(page);
    expect(distance(posed, nasionAtEnd)).toBeLessThan(0.0005);
    expect(nasionAtEnd[0] - nasion[0]).toBeLessThan(-0.02);
    expect(await page.evaluate(() => window.__viewerTest!.posedTwins())).toBeGreaterThan(10);
    expect(await page.locator('.stretch-lengthening').textContent()).toContain(`lengthens by ${percent} %`);
    expect(await amberPixels(page), 'the stretched muscle stays highlighted').toBeGreaterThan(300);
    const link = new URL(page.url());
    expect(link.searchParams.get('stretch')).toBe('upper-trapezius');
    expect(link.searchParams.get('side')).toBe('left');
    // Turned to where the muscle and the side-bend show: from behind.
    expect(link.searchParams.get('v')).toBe('back');

    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await expect.poll(() => status(page).textContent()).toBe('Start position');
    expect(distance(await skullNasion(page), nasion)).toBeLessThan(0.0005);

    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await expect.poll(() => page.evaluate(() => window.__viewerTest!.posedTwins())).toBe(0);
    expect(distance(await skullNasion(page), nasion)).toBeLessThan(0.0005);
    await expect.poll(() => new URL(page.url()).searchParams.has('stretch')).toBe(false);

    // Played with motion, it moves on the frames, and draws none once paused.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.getByRole('button', { name: 'Show the stretch on the model' }).click();
    // A few frames in, the head is on its way: moved, not yet at the end.
    await expect
      .poll(async () => distance(await skullNasion(page), nasion), { timeout: 60_000 })
      .toBeGreaterThan(0.001);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect.poll(() => status(page).textContent()).toBe('Paused');
    await settle(page);
    const frames = await page.evaluate(() => window.__viewerTest!.frames());
    const paused = await skullNasion(page);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.evaluate(() => window.__viewerTest!.frames())).toBe(frames);
    // Paused where it was: moved from rest and held there. The click may land on the way in or,
    // on a loaded machine, in the hold at the end position (the timeline runs on the wall clock).
    expect(distance(paused, nasion)).toBeGreaterThan(0.001);
    expect(distance(paused, nasion)).toBeLessThanOrEqual(distance(nasionAtEnd, nasion) + 0.0005);
    expect(distance(await skullNasion(page), paused)).toBeLessThan(0.00001);
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await expect.poll(() => page.evaluate(() => window.__viewerTest!.posedTwins())).toBe(0);

    // The link opens the same demonstration, in its end position; a click on the posed head
    // answers as on the head at rest (here in "where does it hurt?", whose point the link shows).
    const again = await open(`/${link.search}&mode=point`, true);
    await expect.poll(() => status(again).textContent()).toBe('End position: the stretch');
    // The face, where the points below are, from the front.
    await again.getByRole('button', { name: 'Front', exact: true }).click();
    // Skinned on the CPU (this software renderer), the head waits at rest for that code to load.
    await expect.poll(async () => distance(await skullNasion(again), nasionAtEnd)).toBeLessThan(0.0005);
    await again.getByRole('button', { name: 'Start', exact: true }).click();
    await expect.poll(() => again.evaluate(() => window.__viewerTest!.posedTwins())).toBe(0);
    const restClick = await clickPainPoint(again, nasion);
    expect(distance(restClick, nasion)).toBeLessThan(0.012);
    await again.getByRole('button', { name: 'End', exact: true }).click();
    await expect.poll(() => again.evaluate(() => window.__viewerTest!.posedTwins())).toBeGreaterThan(0);
    // The skin over the nasion rides with the skull: clicked where it is drawn now, the same rest point.
    // First elsewhere (the glabella), so the address changes even when the same point comes back.
    await clickPainPoint(again, posedPoint(endPose, 'skull', landmarks.glabella));
    const posedClick = await clickPainPoint(again, posedPoint(endPose, 'skull', restClick));
    expect(distance(posedClick, restClick)).toBeLessThan(0.0015);
  });

  it('draws the posed head skinned on the CPU as the vertex shader skins it', async () => {
    // On this software renderer a pose is skinned on the CPU; `skinning=shader` asks the end-to-end
    // build for the vertex shader's way, which a GPU takes. Both must draw the same head.
    const link = '/?stretch=upper-trapezius&side=left&v=back';
    const shot = async (page: Page) => {
      await settle(page);
      return PNG.sync.read(await page.locator('canvas').screenshot());
    };
    const posed = async (path: string) => {
      const page = await open(path, true);
      await expect.poll(() => status(page).textContent()).toBe('End position: the stretch');
      await expect.poll(() => page.evaluate(() => window.__viewerTest!.posedTwins())).toBeGreaterThan(10);
      expect(distance(await skullNasion(page), nasionAtEnd)).toBeLessThan(0.0005);
      return page;
    };
    const onCpu = await shot(await posed(link));
    const shaderPage = await posed(`${link}&skinning=shader`);
    const inShader = await shot(shaderPage);
    expect(differingShare(onCpu, inShader), 'pixels differing between the two ways').toBeLessThan(0.002);
    // The measure sees a pose: the start position, at rest, differs from the end in many pixels.
    await shaderPage.getByRole('button', { name: 'Start', exact: true }).click();
    await expect.poll(() => status(shaderPage).textContent()).toBe('Start position');
    expect(differingShare(onCpu, await shot(shaderPage))).toBeGreaterThan(0.02);
  });

  it('on a model without joints: no "Show the stretch", and a stretch link is refused with a notice', async () => {
    // The tiny model: skin, skull and two muscles a side, no skeleton, as a clinic's model may be.
    const page = await open('/?stretch=upper-trapezius&side=left', true, true);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'has no joints' }).count()).toBeGreaterThan(0);
    await expect.poll(() => new URL(page.url()).searchParams.has('stretch')).toBe(false);
    // The link still selected the muscle, whose stretch is now words only.
    expect(new URL(page.url()).searchParams.get('m')).toBe('upper-trapezius');
    // The muscle's story is fetched when first shown: wait for its words before counting buttons.
    await expect
      .poll(() => page.getByText('This model has no joints, so the stretch cannot be shown on it.').count())
      .toBe(1);
    expect(await page.getByRole('button', { name: 'Show the stretch on the model' }).count()).toBe(0);
    expect(await page.evaluate(() => window.__viewerTest!.posedTwins())).toBe(0);
  });
});
