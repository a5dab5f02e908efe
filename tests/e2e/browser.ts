import type { Page } from 'playwright-core';

// Launching and page checks are shared with the bench (scripts/lib/browser.ts); opening the viewer is the tests' own.
export { launch, openPage, type PageProblems } from '../../scripts/lib/browser';

/**
 * Opens the viewer at `path`, accepts the disclaimer (its button named in the language the page
 * starts in) and waits for the model to be drawn.
 */
export async function openViewer(page: Page, url: string, understand = 'I understand'): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: understand }).click();
  await page.waitForFunction(() => !!window.__viewerTest, undefined, { timeout: 120_000 });
  await page.waitForSelector('.model-status.loading', { state: 'detached', timeout: 120_000 });
  await settle(page);
}

/** Waits until the camera has stopped gliding and a few frames have been drawn. */
export async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(300);
  await page.waitForFunction(() => !window.__viewerTest?.isMoving(), undefined, { timeout: 60_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 150)))));
}
