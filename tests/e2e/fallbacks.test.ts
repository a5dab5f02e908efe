import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useBuiltApp, usePages } from './session';

const app = useBuiltApp();
const openChecked = usePages(app);

/** Runs in the page before the app: WebGL contexts are refused, 2D ones still work. */
function noWebGL(): void {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    return /webgl/.test(type) ? null : (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
  } as typeof original;
}

describe('while the model loads', () => {
  it('shows a progress indicator, then the model', async () => {
    const { page } = await openChecked({ viewport: { width: 1000, height: 700 } });
    let release: () => void = () => undefined;
    const held = new Promise<void>((ok) => (release = ok));
    const asked: string[] = [];
    await page.route('**/*.glb', async (route) => {
      asked.push(route.request().url());
      await held;
      await route.continue();
    });
    await page.goto(app.url);
    await page.getByRole('button', { name: 'I understand' }).click();
    await expect.poll(() => page.getByRole('progressbar', { name: 'Loading the 3D model' }).count()).toBe(1);
    release();
    await page.waitForFunction(() => !!window.__viewerTest, undefined, { timeout: 60_000 });
    await expect.poll(() => page.getByRole('progressbar').count()).toBe(0);
    // The download started from the page's HTML (a preload), and the loader used it: fetched once.
    expect(asked).toHaveLength(1);
    const initiators = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.glb'))
        .map((e) => (e as PerformanceResourceTiming).initiatorType),
    );
    expect(initiators).toEqual(['link']);
  });
});

describe('without the 3D view', () => {
  it('a model that cannot load is reported plainly, and the named places still answer', async () => {
    // The only error is the failed download itself.
    const { page } = await openChecked({
      viewport: { width: 1000, height: 700 },
      expectedErrors: /404|Failed to load resource/,
    });
    await page.route('**/*.glb', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(app.url);
    await page.getByRole('button', { name: 'I understand' }).click();
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 60_000 }).toMatch(/could not be loaded/);
    await page.getByRole('tab', { name: 'Where does it hurt?' }).click();
    await page.getByRole('button', { name: 'Temple (right)' }).click();
    const names = await page
      .getByRole('region', { name: 'Possible source muscles' })
      .locator('.candidate-name')
      .allTextContents();
    expect(names).toContain('Temporalis (right)');
    await page.screenshot({
      path: join(fileURLToPath(new URL('.', import.meta.url)), 'screenshots-tmp', 'model-missing.png'),
    });
  });

  it('a phone without WebGL opens the tools, and the named places answer', async () => {
    const { page } = await openChecked({ viewport: { width: 390, height: 760 } });
    await page.addInitScript(noWebGL);
    await page.goto(app.url + '/?mode=regions&r=behind-the-ear-left');
    await page.getByRole('button', { name: 'I understand' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/cannot show 3D graphics/);
    const names = await page
      .getByRole('region', { name: 'Possible source muscles' })
      .locator('.candidate-name')
      .allTextContents();
    expect(names.length).toBeGreaterThan(0);
    await page.screenshot({
      path: join(fileURLToPath(new URL('.', import.meta.url)), 'screenshots-tmp', 'phone-no-webgl.png'),
    });
  });

  it('a browser without WebGL gets a plain message and working panels', async () => {
    const { page } = await openChecked({ viewport: { width: 1000, height: 700 } });
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        return /webgl/.test(type) ? null : (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof original;
    });
    await page.goto(app.url + '/?m=upper-trapezius&s=right');
    await page.getByRole('button', { name: 'I understand' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/cannot show 3D graphics/);
    // The muscle's story is fetched when first shown.
    await expect.poll(() => page.getByRole('heading', { name: 'Upper trapezius (right)' }).count()).toBe(1);
    expect(await page.locator('canvas').count()).toBe(0);
    // Choosing from the list tells the muscle's story; a named place lists its sources.
    await page.getByRole('button', { name: 'Temporalis (left)' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Temporalis (left)' }).count()).toBe(1);
    await expect.poll(() => new URL(page.url()).searchParams.get('m')).toBe('temporalis');
    await page.getByRole('tab', { name: 'Where does it hurt?' }).click();
    await page.getByRole('button', { name: 'Temple (left)' }).click();
    const names = await page
      .getByRole('region', { name: 'Possible source muscles' })
      .locator('.candidate-name')
      .allTextContents();
    expect(names).toContain('Temporalis (left)');
  });
});
