import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { musclesReferringTo, getExaminedGroup, getMuscle, rankedEntries, type Vec3 } from '../../src/mapping';
import { decodeState } from '../../src/state/url-codec';
import { openPage, openViewer, settle } from './browser';
import { isZoneRed } from './pixels';
import { usePageChecks, useBuiltApp } from './session';
import { serveLightModel, serveTinyModel } from './test-models';

const here = fileURLToPath(new URL('.', import.meta.url));
const shots = join(here, 'screenshots-tmp');

const app = useBuiltApp();
const track = usePageChecks();

/**
 * Less motion is asked for, so a preset or a resize moves the camera at once: a glide costs a
 * dozen frames under SwiftShader and is not what these tests look at (one glide is, in the
 * preset test below).
 */
async function open(
  path = '/',
  viewport?: { width: number; height: number },
  model: 'real' | 'light' | 'tiny' = 'real',
): Promise<Page> {
  const { context, page, problems } = await openPage(app.browser, app.url, viewport);
  track({ problems, close: () => context.close() });
  if (model === 'tiny') await serveTinyModel(page);
  if (model === 'light') await serveLightModel(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openViewer(page, app.url + path);
  return page;
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`) });

/** Screen box (page pixels) around the head, from landmarks projected by the test hook. */
async function headBox(page: Page) {
  const canvas = (await page.locator('canvas').boundingBox())!;
  const pts = await page.evaluate(() =>
    ['porion-left', 'porion-right', 'vertex', 'menton', 'nasion', 'zygion-left', 'zygion-right'].map((n) =>
      window.__viewerTest!.project(n)!,
    ),
  );
  const xs = pts.map((p) => p.x + canvas.x);
  const ys = pts.map((p) => p.y + canvas.y);
  const pad = 25;
  return {
    x: Math.max(0, Math.min(...xs) - pad),
    y: Math.max(0, Math.min(...ys) - pad),
    right: Math.max(...xs) + pad,
    bottom: Math.max(...ys) + pad,
    midline: pts[4]!.x + canvas.x,
  };
}

/** Zone-red pixels left and right of the head's midline on screen. */
async function redAroundHead(page: Page): Promise<{ screenLeft: number; screenRight: number }> {
  const box = await headBox(page);
  const png = PNG.sync.read(
    await page.screenshot({ clip: { x: box.x, y: box.y, width: box.right - box.x, height: box.bottom - box.y } }),
  );
  let screenLeft = 0;
  let screenRight = 0;
  for (let y = 0; y < png.height; y++)
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if (!isZoneRed(png.data[i]!, png.data[i + 1]!, png.data[i + 2]!)) continue;
      if (x + box.x < box.midline) screenLeft++;
      else screenRight++;
    }
  return { screenLeft, screenRight };
}

async function foldPanels(page: Page): Promise<void> {
  for (const name of ['Hide tools', 'Hide muscle information']) {
    const b = page.getByRole('button', { name });
    if (await b.isVisible()) await b.click();
  }
}

async function resultNames(page: Page): Promise<string[]> {
  const list = page.getByRole('region', { name: 'Possible source muscles' });
  await list.waitFor();
  return list.locator('.candidate-name').allTextContents();
}

describe('the viewer in a real browser', () => {
  it('paints the left upper trapezius zone on the left of the head (screen right in a front view)', async () => {
    const page = await open('/', { width: 1000, height: 700 });
    await page.getByRole('button', { name: 'Upper trapezius (left)' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Upper trapezius (left)' }).count()).toBe(1);
    await shot(page, 'muscle-selected');
    await foldPanels(page);
    await settle(page);
    await shot(page, 'zone-front');
    const front = await redAroundHead(page);
    // The subject faces the camera: their left is on the screen's right.
    expect(front.screenRight).toBeGreaterThan(150);
    expect(front.screenRight).toBeGreaterThan(front.screenLeft * 4);

    await page.getByRole('button', { name: 'Left', exact: true }).click();
    await settle(page);
    await shot(page, 'zone-left-view');
    const side = await redAroundHead(page);
    expect(side.screenLeft + side.screenRight).toBeGreaterThan(front.screenRight);
  });

  it('answers the named region "Temple" with the upper trapezius and the temporalis', async () => {
    // The mapping's answer and a hover: the light model's parts and names are the real ones.
    const page = await open('/', { width: 1000, height: 700 }, 'light');
    await page.getByRole('tab', { name: 'Where does it hurt?' }).click();
    await page.getByRole('button', { name: 'Named places' }).click();
    await page.getByRole('button', { name: 'Temple (left)' }).click();
    const names = await resultNames(page);
    expect(names).toContain('Upper trapezius (left)');
    expect(names).toContain('Temporalis (left)');
    await page.getByRole('button', { name: 'Temporalis (left)' }).last().hover();
    await settle(page);
    await shot(page, 'region-temple');
  });

  it('a click on the head where a zone lies lists the muscles the mapping module names there', async () => {
    const page = await open('/?v=left', { width: 1000, height: 700 });
    await page.getByRole('tab', { name: 'Where does it hurt?' }).click();
    await page.getByRole('button', { name: 'Point on the head' }).click();
    await foldPanels(page);
    const canvas = (await page.locator('canvas').boundingBox())!;
    const p = (await page.evaluate(() => window.__viewerTest!.project('pterion-left')))!;
    await page.mouse.click(canvas.x + p.x, canvas.y + p.y);
    await page.getByRole('button', { name: 'Tools' }).click();
    const names = await resultNames(page);
    // The address bar follows the screen a moment later.
    await expect.poll(() => new URL(page.url()).searchParams.has('p')).toBe(true);
    const { state } = decodeState(new URL(page.url()).search);
    // The clicked point is on the skin over the pterion, and the list is the mapping's answer there.
    // One row per entry: the suboccipitals come as their group.
    const expected = rankedEntries(musclesReferringTo(state.painPoint as Vec3))
      .slice(0, names.length)
      .map((e) =>
        e.kind === 'group'
          ? `${getExaminedGroup(e.groupId)!.name} (${e.side})`
          : `${getMuscle(e.candidate.muscleId)!.name} (${e.candidate.side})`,
      );
    expect(names).toEqual(expected);
    expect(names).toContain('Temporalis (left)');
    await shot(page, 'pain-point');
  });

  it('a pain drawing over the left temple ranks candidates by how much of it their zones cover', async () => {
    const page = await open('/?v=left', { width: 1000, height: 700 });
    await page.getByRole('tab', { name: 'Where does it hurt?' }).click();
    await page.getByRole('button', { name: 'Pain drawing' }).click();
    const canvas = (await page.locator('canvas').boundingBox())!;
    const a = (await page.evaluate(() => window.__viewerTest!.project('pterion-left')))!;
    const b = (await page.evaluate(() => window.__viewerTest!.project('frontotemporale-left')))!;
    await page.mouse.move(canvas.x + a.x, canvas.y + a.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) {
      await page.mouse.move(canvas.x + a.x + ((b.x - a.x) * i) / 8, canvas.y + a.y + ((b.y - a.y) * i) / 8);
    }
    await page.mouse.up();
    await expect
      .poll(() => page.locator('.candidate .level').first().textContent(), { timeout: 30_000 })
      .toMatch(/covers (most of|much of|part of) the area|touches the area/);
    const names = await resultNames(page);
    expect(names).toContain('Temporalis (left)');
    expect(names).toContain('Upper trapezius (left)');
    await settle(page);
    await shot(page, 'pain-drawing');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Possible source muscles' }).count()).toBe(0);
  });

  it('a shared link reproduces the screen', async () => {
    // The link's state on screen; the red is drawn on the bones, which the light model keeps in outline.
    const page = await open(
      '/?m=temporalis&s=right&skin=hidden&off=other-side&v=right',
      { width: 1000, height: 700 },
      'light',
    );
    await expect.poll(() => page.getByRole('heading', { name: 'Temporalis (right)' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Temporalis (right)' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: 'Right', exact: true }).first().getAttribute('aria-pressed')).toBe(
      'true',
    );
    await page.getByRole('tab', { name: 'Layers' }).click();
    expect(await page.getByRole('radio', { name: 'Hidden' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: "The other side's muscles" }).isChecked()).toBe(false);
    expect(new URL(page.url()).search).toBe('?m=temporalis&s=right&skin=hidden&off=other-side&v=right');
    await foldPanels(page);
    await settle(page);
    await shot(page, 'shared-link');
    const red = await redAroundHead(page);
    expect(red.screenLeft + red.screenRight).toBeGreaterThan(100);
  });

  it('a shared pain drawing comes back painted, with the same ranked candidates', async () => {
    // The drawing is painted on the skin, which the light model keeps whole.
    const page = await open('/?mode=draw&d=16:74.26.37_70.41.54&v=left', { width: 1000, height: 700 }, 'light');
    await expect
      .poll(() => page.locator('.candidate .level').first().textContent(), { timeout: 30_000 })
      .toMatch(/covers (most of|much of|part of) the area|touches the area/);
    expect(await resultNames(page)).toContain('Temporalis (left)');
    expect(await page.getByRole('button', { name: 'Pain drawing' }).getAttribute('aria-pressed')).toBe('true');
    await settle(page);
    await shot(page, 'shared-pain-drawing');
  });

  it('a malformed link shows a notice and the start screen', async () => {
    // The link's notices, not the anatomy: the tiny model.
    const page = await open('/?m=%3Cscript%3E&s=up&v=sideways&d=garbage', { width: 800, height: 600 }, 'tiny');
    await expect.poll(() => page.locator('.notices p').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.info-panel h2').count()).toBe(0);
  });

  it('draws nothing while nothing changes, and draws again on a change', async () => {
    // Drawing on demand is the render loop's, whatever the model: the tiny one.
    const page = await open('/', { width: 800, height: 600 }, 'tiny');
    const before = await page.evaluate(() => window.__viewerTest!.frames());
    // Sixty of the browser's animation frames (about a second) go by without a drawn one.
    await page.evaluate(
      () =>
        new Promise<void>((r) => {
          let n = 0;
          const tick = () => (++n >= 60 ? r() : requestAnimationFrame(tick));
          requestAnimationFrame(tick);
        }),
    );
    expect(await page.evaluate(() => window.__viewerTest!.frames())).toBe(before);
    await page.getByRole('button', { name: 'Left', exact: true }).click();
    await settle(page);
    expect(await page.evaluate(() => window.__viewerTest!.frames())).toBeGreaterThan(before);
  });

  it('preset views put the camera on their side of the head, and bring it back after an orbit', async () => {
    // The presets are reached at once (less motion asked for, see `open`); where a glide ends is
    // checked once, on the way back after the orbit.
    // The camera frames the skin, which the light model keeps whole.
    const page = await open('/', { width: 800, height: 600 }, 'light');
    await foldPanels(page);
    /** Unit vector from the orbit's centre to the camera, once the view is still. */
    const direction = async (): Promise<Vec3> => {
      await settle(page);
      const { position: p, target: t } = await page.evaluate(() => window.__viewerTest!.cameraPose());
      const d: Vec3 = [p[0] - t[0], p[1] - t[1], p[2] - t[2]];
      const n = Math.hypot(...d);
      return [d[0] / n, d[1] / n, d[2] / n];
    };
    // Model space: +X the subject's left, +Y up, +Z the face's side.
    const expected: Record<string, (d: Vec3) => boolean> = {
      Front: (d) => d[2] > 0.9,
      Left: (d) => d[0] > 0.9,
      Right: (d) => d[0] < -0.9,
      Back: (d) => d[2] < -0.9,
      Top: (d) => d[1] > 0.9,
    };
    for (const [view, onItsSide] of Object.entries(expected)) {
      await page.getByRole('button', { name: view, exact: true }).click();
      const d = await direction();
      expect(onItsSide(d), `${view}: ${d.map((v) => v.toFixed(2)).join(', ')}`).toBe(true);
    }
    // Orbit away from the left view by dragging, then ask for the left view again.
    await page.getByRole('button', { name: 'Left', exact: true }).click();
    const left = await direction();
    const canvas = (await page.locator('canvas').boundingBox())!;
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    await page.mouse.down();
    await page.mouse.move(canvas.x + canvas.width / 2 + 200, canvas.y + canvas.height / 2 + 60, { steps: 4 });
    await page.mouse.up();
    const orbited = await direction();
    expect(Math.hypot(orbited[0] - left[0], orbited[1] - left[1], orbited[2] - left[2])).toBeGreaterThan(0.3);
    // Back to the left view with the glide everyone else sees: it ends where the instant move did.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.getByRole('button', { name: 'Left', exact: true }).click();
    const back = await direction();
    expect(Math.hypot(back[0] - left[0], back[1] - left[1], back[2] - left[2])).toBeLessThan(0.01);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByRole('button', { name: 'Reset' }).click();
    expect((await direction())[2]).toBeGreaterThan(0.9);
    expect(new URL(page.url()).search).toBe('');
  });

  it('turns the camera to face the selected pattern', async () => {
    // The zone is drawn on the skin, which the light model keeps whole.
    const page = await open('/?m=temporalis&s=right', { width: 1000, height: 700 }, 'light');
    await page.getByRole('button', { name: 'Turn to the pain pattern' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('v')).toBe('right');
    await foldPanels(page);
    await settle(page);
    const red = await redAroundHead(page);
    expect(red.screenLeft + red.screenRight).toBeGreaterThan(150);
  });

  for (const [name, width, height] of [
    ['tablet-portrait', 768, 1024],
    ['tablet-landscape', 1024, 768],
  ] as const) {
    it(`keeps the selected pattern in view on a ${name.replace('-', ' ')}`, async () => {
      const page = await open('/?m=upper-trapezius&s=left', { width, height }, 'light');
      await settle(page);
      await shot(page, name);
      // Nothing covers the zone: it is counted from the page, panels and all.
      const red = await redAroundHead(page);
      expect(red.screenRight).toBeGreaterThan(60);
    });
  }

  it('works on a phone: the sheet lowers and the head stays in view', async () => {
    const page = await open('/?m=upper-trapezius&s=left', { width: 390, height: 760 }, 'light');
    await settle(page);
    await shot(page, 'phone');
    const handle = page.getByRole('slider', { name: 'Height of the tools and muscle information' });
    expect(await handle.isVisible()).toBe(true);
    await handle.click();
    await settle(page);
    await shot(page, 'phone-tools');
    const sizes = await page
      .locator('button:visible')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(44);
    await page.getByRole('button', { name: 'Not a diagnosis · red flags' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'For learning, not diagnosis' }).isVisible()).toBe(true);
  });
});

describe('selecting and peeling in 3D', () => {
  it('hovering a muscle names it and clicking selects it', async () => {
    // Hover and click pick the muscle where the hook projects it, both on the light model's own mesh.
    const page = await open('/?v=back', { width: 1000, height: 700 }, 'light');
    await foldPanels(page);
    const canvas = (await page.locator('canvas').boundingBox())!;
    const p = (await page.evaluate(() => window.__viewerTest!.projectMuscle('upper-trapezius', 'left')))!;
    await page.mouse.move(canvas.x + p.x, canvas.y + p.y);
    await expect.poll(() => page.locator('.hover-label').textContent()).toBe('Upper trapezius (left)');
    await shot(page, 'hover-name');
    await page.mouse.click(canvas.x + p.x, canvas.y + p.y);
    await expect.poll(() => new URL(page.url()).search).toBe('?m=upper-trapezius&s=left&v=back');
    await settle(page);
    await shot(page, 'selected-in-3d');
  });

  it('peeling the superficial layer shows the splenius and the suboccipitals, which can then be picked', async () => {
    const page = await open('/?v=back&skin=hidden&off=superficial', { width: 1000, height: 700 });
    await foldPanels(page);
    await settle(page);
    await shot(page, 'peeled-back');
    const canvas = (await page.locator('canvas').boundingBox())!;
    const p = (await page.evaluate(() => window.__viewerTest!.projectMuscle('splenius-capitis', 'left')))!;
    await page.mouse.move(canvas.x + p.x, canvas.y + p.y);
    await expect.poll(() => page.locator('.hover-label').textContent()).toBe('Splenius capitis (left)');
    // The peeled trapezius can no longer be found by the pointer anywhere.
    expect(await page.evaluate(() => window.__viewerTest!.projectMuscle('upper-trapezius', 'left'))).toBeNull();
    await page.getByRole('button', { name: 'Tools' }).click();
    await page.getByRole('tab', { name: 'Layers' }).click();
    await page.getByRole('checkbox', { name: /Middle layers/ }).uncheck();
    await page.getByRole('button', { name: 'Hide tools' }).click();
    await settle(page);
    await shot(page, 'peeled-to-suboccipitals');
    const q = (await page.evaluate(() =>
      window.__viewerTest!.projectMuscle('rectus-capitis-posterior-major', 'left'),
    ))!;
    await page.mouse.move(canvas.x + q.x, canvas.y + q.y);
    await expect.poll(() => page.locator('.hover-label').textContent()).toBe('Rectus capitis posterior major (left)');
  });
});
