import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getTour } from '../../src/tours';
import { useBuiltApp, usePages } from './session';
import { serveTinyModel } from './test-models';

const app = useBuiltApp();
const open = usePages(app);
const neck = getTour('neck-pain-and-headaches')!;

/**
 * A first visit at `path`: the disclaimer is open and holds the focus. The dialog and the focus
 * are under test, not the anatomy: the tiny model.
 */
async function firstVisit(path: string, viewport = { width: 1000, height: 700 }): Promise<Page> {
  const { page } = await open({ viewport });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await serveTinyModel(page);
  await page.goto(app.url + path);
  await page.getByRole('dialog').waitFor();
  return page;
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return !el || el === document.body
      ? 'body'
      : `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${[...el.classList].join('.')}`;
  });

describe('the focus after the disclaimer', () => {
  it('goes to the tour card of a tour link, so the arrow keys step the tour', async () => {
    const page = await firstVisit(`/?tour=${neck.id}&step=2`);
    const card = page.getByRole('region', { name: `Guided tour: ${neck.title}` });
    await expect.poll(() => card.getByRole('heading').textContent()).toBe(neck.steps[1]!.title);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => focused(page)).toContain('tour-card');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => card.getByRole('heading').textContent()).toBe(neck.steps[2]!.title);
    await expect.poll(() => new URL(page.url()).searchParams.get('step'), { timeout: 10_000 }).toBe('3');
  });

  it('goes to the main content on a first visit without a tour, not to the page body', async () => {
    const page = await firstVisit('/');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => focused(page)).toMatch(/^main/);
  });

  it('goes back to the button that opened it', async () => {
    const page = await firstVisit('/');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    // The dialog's close event comes a task after it hides: wait until the focus has landed.
    await expect.poll(() => focused(page)).toMatch(/^main/);
    const opener = page.getByRole('button', { name: 'Not a diagnosis · red flags' });
    await opener.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Not a diagnosis · red flags');
  });
});

describe('the disclaimer in a small window', () => {
  it.each([
    { width: 1000, height: 600, what: 'a 600-pixel-high embedded frame' },
    { width: 844, height: 390, what: 'a phone on its side' },
    { width: 390, height: 844, what: 'a phone' },
  ])(
    'fits $width x $height ($what): the title shows and the button can be reached and pressed',
    async ({ width, height }) => {
      const page = await firstVisit('/?embed=1', { width, height });
      const dialog = page.getByRole('dialog');
      const title = dialog.getByRole('heading', { name: 'For learning, not diagnosis' });
      // Measured with the red flags in (their own chunk, fetched as the dialog first opens): the longest text.
      await dialog.getByRole('heading', { name: /^Warning signs/ }).waitFor();
      const box = (await dialog.boundingBox())!;
      const titleBox = (await title.boundingBox())!;
      await page.screenshot({ path: join(tmpdir(), `disclaimer-${width}x${height}.png`) });
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(height);
      expect(titleBox.y, 'title top').toBeGreaterThanOrEqual(box.y);
      expect(titleBox.y + titleBox.height, 'title bottom').toBeLessThanOrEqual(box.y + box.height);
      // The title is not under a scrolled-away part of the dialog: it is what the point hits.
      const hit = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.id,
        [titleBox.x + 4, titleBox.y + titleBox.height / 2],
      );
      expect(hit).toBe('disclaimer-title');
      const button = dialog.getByRole('button', { name: 'I understand' });
      await button.scrollIntoViewIfNeeded();
      const buttonBox = (await button.boundingBox())!;
      expect(buttonBox.y).toBeGreaterThanOrEqual(0);
      expect(buttonBox.y + buttonBox.height).toBeLessThanOrEqual(height);
      await button.click();
      await expect.poll(() => dialog.count()).toBe(0);
    },
  );
});
