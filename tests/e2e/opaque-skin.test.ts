import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { ViewName } from '../../src/display';
import { openViewer, settle } from './browser';
import { useBuiltApp, usePages } from './session';

const shots = join(fileURLToPath(new URL('.', import.meta.url)), 'screenshots-tmp');

/**
 * With the skin opaque, no muscle shows (issue 10): each of the six standard views is drawn with
 * every muscle layer on and again with them all off, and no pixel may be muscle-red in the first
 * and different in the second. A muscle seen through a see-through skin, or poking out of it, is
 * such a pixel: the schematic model before the solid muscles failed it by 18-100 pixels a view
 * where the upper trapezius pierced the skin at the back and sides of the neck, and a see-through
 * skin (the opaque setting drawn ghosted) fails every view by thousands. The model's posed skin
 * lets deep parts through (`tests/model/skin-cover.ts`), so the viewer draws an opaque skin over a
 * posed head alone (`src/scene/skin-cover.ts`): the last test.
 */
const app = useBuiltApp();
const open = usePages(app);

const VIEWS: readonly ViewName[] = ['front', 'back', 'left', 'right', 'top', 'three-quarter-left'];
const LAYERS = [/^Superficial muscles/, /^Middle layers/, /^Deepest muscles/];

async function canvasPicture(page: Page, name: string): Promise<PNG> {
  const png = await page.locator('canvas').screenshot({ path: join(shots, `${name}.png`) });
  return PNG.sync.read(png);
}

async function showMuscles(page: Page, shown: boolean, layers: readonly RegExp[] = LAYERS): Promise<void> {
  await page.getByRole('button', { name: 'Tools' }).click();
  await page.getByRole('tab', { name: 'Layers' }).click();
  for (const name of layers) await page.getByRole('checkbox', { name }).setChecked(shown);
  await page.getByRole('button', { name: 'Hide tools' }).click();
  await settle(page);
}

/**
 * Muscle red, lit or in shade: green and blue under 0.68 of red. The skin's warm tone keeps them
 * above 0.72 (lit about 215, 161, 141; in shade 131, 110, 94), the background is grey-blue.
 */
const isMuscleRed = (r: number, g: number, b: number): boolean => r > 60 && g < 0.68 * r && b < 0.68 * r;

/** Pixels muscle-red in the picture with muscles that change when the muscles are hidden. */
function muscleShowing(withMuscles: PNG, without: PNG): number {
  let count = 0;
  for (let i = 0; i < withMuscles.data.length; i += 4) {
    const [r, g, b] = [withMuscles.data[i]!, withMuscles.data[i + 1]!, withMuscles.data[i + 2]!];
    const changed =
      Math.abs(r - without.data[i]!) + Math.abs(g - without.data[i + 1]!) + Math.abs(b - without.data[i + 2]!) > 30;
    if (changed && isMuscleRed(r, g, b)) count++;
  }
  return count;
}

/** Pixels that differ between two pictures by more than a shade. */
function changedPixels(a: PNG, b: PNG): number {
  let count = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const delta = [0, 1, 2].reduce((sum, k) => sum + Math.abs(a.data[i + k]! - b.data[i + k]!), 0);
    if (delta > 30) count++;
  }
  return count;
}

/** Pixels of the skin's warm tone: the head must fill the picture for the test to mean anything. */
function skinPixels(png: PNG): number {
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    if (r > 90 && r >= g && g >= b && r - b > 25) count++;
  }
  return count;
}

describe('opaque skin', () => {
  it.each(VIEWS)('hides every muscle seen from the %s', async (view) => {
    const { page } = await open({ viewport: { width: 900, height: 700 } });
    await openViewer(page, `${app.url}/?v=${view}&skin=opaque`);
    const hide = page.getByRole('button', { name: 'Hide tools' });
    if (await hide.isVisible()) await hide.click();
    await settle(page);
    const withMuscles = await canvasPicture(page, `opaque-${view}-muscles`);
    await showMuscles(page, false);
    const without = await canvasPicture(page, `opaque-${view}-no-muscles`);
    expect(skinPixels(withMuscles)).toBeGreaterThan(0.05 * withMuscles.width * withMuscles.height);
    expect(muscleShowing(withMuscles, without)).toBe(0);
  });

  // The turning exercise's turn, its muscles coloured by length: before the opaque skin was drawn
  // alone over a posed head, the trapezius and the SCM showed on the neck (hundreds of pixels
  // changed with the muscles and bones hidden).
  it('hides every muscle and bone of a posed head', async () => {
    const opened = async (query: string): Promise<Page> => {
      const { page } = await open({ viewport: { width: 900, height: 700 } });
      await openViewer(page, `${app.url}/?v=front&skin=opaque${query}`);
      const hide = page.getByRole('button', { name: 'Hide tools' });
      if (await hide.isVisible()) await hide.click();
      await settle(page);
      return page;
    };
    const atRest = await canvasPicture(await opened(''), 'opaque-posed-rest');
    const page = await opened('&exercise=range-of-motion-turns&position=2');
    const turned = await canvasPicture(page, 'opaque-posed-all');
    await showMuscles(page, false, [...LAYERS, /^Bones$/]);
    const bare = await canvasPicture(page, 'opaque-posed-no-muscles');
    expect(skinPixels(turned)).toBeGreaterThan(0.05 * turned.width * turned.height);
    // The head is turned: its outline and shading are not the resting head's.
    expect(changedPixels(turned, atRest)).toBeGreaterThan(0.02 * turned.width * turned.height);
    expect(changedPixels(turned, bare)).toBe(0);
  });
});
