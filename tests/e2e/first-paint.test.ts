import { describe, expect, it } from 'vitest';
import { useBuiltApp, usePages } from './session';

const app = useBuiltApp();
const openChecked = usePages(app);
const viewport = { width: 1000, height: 700 };

describe('before the scripts have run', () => {
  it('shows the page frame from the HTML alone (title, model loading), then the script takes over', async () => {
    const { page } = await openChecked({ viewport });
    // The viewer's script held back: what a visitor sees while it downloads on a slow line.
    let release: () => void = () => undefined;
    const held = new Promise<void>((ok) => (release = ok));
    await page.route(/\/assets\/main-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // Not waiting for the load event, which waits for the script.
    await page.goto(app.url, { waitUntil: 'commit' });
    await expect.poll(() => page.getByRole('heading', { name: 'Head and neck trigger points' }).isVisible()).toBe(true);
    expect(await page.getByRole('status').textContent()).toBe('Loading the 3D model…');
    expect(await page.getByRole('progressbar', { name: 'Loading the 3D model' }).isVisible()).toBe(true);
    release();
    // The bound of the viewer's first click elsewhere: on a busy machine the first render is slow.
    await page.getByRole('button', { name: 'I understand' }).click({ timeout: 120_000 });
    // The script's page replaced the frame: one page, nothing left marked busy.
    expect(await page.locator('.app').count()).toBe(1);
    expect(await page.locator('[aria-busy="true"]').count()).toBe(0);
  });

  it('with scripting off, says the viewer needs JavaScript and promises no model', async () => {
    const context = await app.browser.newContext({ viewport, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(app.url);
      // What is laid out on screen (the <noscript> text is rendered, though not parsed as elements).
      expect(await page.locator('body').innerText()).toBe('This viewer needs JavaScript.');
      expect(await page.locator('#root').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });
});
