import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, initialState } from '../../src/state/index';
import { legacyDrawing } from '../support/legacy-drawing';
import { openViewer, settle } from './browser';
import { useBuiltApp, usePages } from './session';
import { serveLightModel, serveTinyModel } from './test-models';

const here = fileURLToPath(new URL('.', import.meta.url));
const shot = (page: Page, name: string) => page.screenshot({ path: join(here, 'screenshots-tmp', `${name}.png`) });

const app = useBuiltApp();
const openChecked = usePages(app);
const desktop = { width: 1280, height: 800 };

/**
 * A brush stroke through the given landmarks, one small mouse step at a time, as a hand drags.
 * Each step draws a frame (of the light model, about 0.2 s of CPU under SwiftShader); at twelve
 * a segment the steps are about 3 mm apart on the skin, under the 4.2 mm the default brush needs
 * between two dabs, so the stroke keeps about as many dabs as at finer steps.
 */
const STEPS_PER_SEGMENT = 12;
async function paintThrough(page: Page, landmarks: readonly string[]): Promise<void> {
  const canvas = (await page.locator('canvas').boundingBox())!;
  const at = await page.evaluate((names) => names.map((n) => window.__viewerTest!.project(n)!), [...landmarks]);
  await page.mouse.move(canvas.x + at[0]!.x, canvas.y + at[0]!.y);
  await page.mouse.down();
  for (let k = 1; k < at.length; k++)
    for (let i = 1; i <= STEPS_PER_SEGMENT; i++) {
      const x = at[k - 1]!.x + ((at[k]!.x - at[k - 1]!.x) * i) / STEPS_PER_SEGMENT;
      const y = at[k - 1]!.y + ((at[k]!.y - at[k - 1]!.y) * i) / STEPS_PER_SEGMENT;
      await page.mouse.move(canvas.x + x, canvas.y + y);
    }
  await page.mouse.up();
}

const sourceMuscles = (page: Page) =>
  page.getByRole('region', { name: 'Possible source muscles' }).locator('.candidate-name').allTextContents();

/** The QR code as drawn on screen, read back by a decoder as a phone's camera app would. */
async function readQrCode(page: Page): Promise<string | null> {
  const png = PNG.sync.read(await page.locator('canvas.qr-code').screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

describe('Share', () => {
  it('copies a link that opens the same screen, and shows it as a QR code that decodes to that link', async () => {
    const { context, page } = await openChecked({ viewport: desktop });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    // A drawing on the skin and the link it makes: the light model, whose skin is the real one.
    await serveLightModel(page);
    await openViewer(page, `${app.url}/?m=temporalis&s=left&v=left`);
    await page.getByRole('tab', { name: 'Where does it hurt?' }).click();
    await page.getByRole('button', { name: 'Pain drawing' }).click();
    await page.getByRole('button', { name: 'Hide tools' }).click();
    await settle(page);
    await paintThrough(page, ['frontotemporale-left', 'pterion-left', 'zygion-left']);
    await expect.poll(() => new URL(page.url()).searchParams.get('d')?.length ?? 0).toBeGreaterThan(20);
    await page.getByRole('button', { name: 'Tools' }).click();
    await expect.poll(() => sourceMuscles(page).then((l) => l.length)).toBeGreaterThan(0);
    const shown = await sourceMuscles(page);

    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Link copied.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(await dialog.getByRole('textbox', { name: 'Link to this view' }).inputValue());
    await expect.poll(() => readQrCode(page)).toBe(link);
    await shot(page, 'share-dialog');

    // The drawing's share of the link, against the first format for the same strokes.
    const { state } = decodeState(new URL(link).search);
    expect(state.strokes).toHaveLength(1);
    const now = encodeState({ ...initialState, ...state });
    const before = now.replace(
      /([?&]d=)[^&]*/,
      (_, key: string) => key + encodeURIComponent(legacyDrawing(state.strokes!)),
    );
    console.info(
      `one stroke of ${state.strokes![0]!.dabs.length} dabs: link ${link.length} characters ` +
        `(search ${now.length}); in the first format the search would be ${before.length}`,
    );
    expect(now.length).toBeLessThanOrEqual(before.length / 2);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Share');

    const opened = (await openChecked({ viewport: desktop })).page;
    await serveLightModel(opened);
    await openViewer(opened, link);
    const tab = opened.getByRole('tab', { name: 'Where does it hurt?' });
    if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
    await expect.poll(() => sourceMuscles(opened)).toEqual(shown);
    expect(new URL(opened.url()).search).toBe(new URL(link).search);
    // The muscle's story is fetched when first shown.
    await expect.poll(() => opened.getByRole('heading', { name: 'Temporalis (left)' }).count()).toBe(1);
  });

  it('hands the link to the system share sheet where the browser has one', async () => {
    const { page } = await openChecked({ viewport: { width: 390, height: 844 } });
    // The link and the share sheet, not the anatomy: the tiny model.
    await serveTinyModel(page);
    await page.addInitScript(() => {
      const w = window as unknown as { __shared: unknown[] };
      w.__shared = [];
      navigator.share = (data) => {
        w.__shared.push(data);
        return Promise.resolve();
      };
    });
    await openViewer(page, `${app.url}/?m=upper-trapezius&s=right`);
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('button', { name: 'Send…' }).click();
    const shared = await page.evaluate(() => (window as unknown as { __shared: { url: string }[] }).__shared);
    expect(shared).toHaveLength(1);
    expect(decodeState(new URL(shared[0]!.url).search).state.selected).toEqual({
      muscleId: 'upper-trapezius',
      side: 'right',
    });
  });
});

describe('the muscle search in the page', () => {
  const rows = (page: Page) => page.locator('.muscle-list .muscle-row .muscle-name').allInnerTexts();

  it('finds "SCM" and offers the place of a complaint, in English and in Spanish', async () => {
    const { page } = await openChecked({ viewport: desktop });
    // The search and the lookup answer from src/mapping, whatever model is drawn: the tiny one.
    await serveTinyModel(page);
    await openViewer(page, `${app.url}/`);
    const search = page.getByRole('searchbox', { name: 'Find a muscle' });
    await search.fill('SCM');
    await expect
      .poll(() => rows(page).then((r) => r.map((t) => t.split('\n')[0])))
      .toEqual(['Sternocleidomastoid, sternal division', 'Sternocleidomastoid, clavicular division']);
    await search.fill('headache behind the eye');
    const places = page.getByRole('region', { name: 'Places that match' });
    await expect.poll(() => places.getByRole('button', { name: 'Behind the eye (left)' }).count()).toBe(1);
    expect(await rows(page)).toContainEqual(expect.stringMatching(/^Temporalis/));
    await shot(page, 'search-symptom');
    await places.getByRole('button', { name: 'Behind the eye (left)' }).click();
    await expect
      .poll(() => page.getByRole('tab', { name: 'Where does it hurt?' }).getAttribute('aria-selected'))
      .toBe('true');
    await expect.poll(() => sourceMuscles(page).then((l) => l.length)).toBeGreaterThan(0);

    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await page.getByRole('tab', { name: 'Músculos' }).click();
    const buscar = page.getByRole('searchbox', { name: 'Buscar un músculo' });
    await buscar.fill('ECM');
    await expect.poll(() => rows(page).then((r) => r.length)).toBe(2);
    await buscar.fill('pitido en el oído');
    await expect.poll(() => page.getByRole('region', { name: 'Lugares que coinciden' }).textContent()).toMatch(/Oído/);
    await shot(page, 'search-symptom-es');
  });
});

describe('an embedded frame', () => {
  it('hides the quiz, tours, language and voice controls when asked, and keeps Share', async () => {
    const { page } = await openChecked({ viewport: { width: 1000, height: 600 } });
    // Which controls the frame shows, not the anatomy: the tiny model.
    await serveTinyModel(page);
    await openViewer(page, `${app.url}/?embed=1&hide=quiz,tours,language,voice`);
    for (const name of ['Quiz', 'Tours']) expect(await page.getByRole('button', { name }).count()).toBe(0);
    expect(await page.getByRole('combobox', { name: 'Language' }).count()).toBe(0);
    expect(await page.getByRole('group', { name: 'Explanations for' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Share' }).isVisible()).toBe(true);
  });
});
