import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { openViewer, settle } from './browser';
import { isZoneRed } from './pixels';
import { useBuiltApp, usePages } from './session';

const app = useBuiltApp();
const openChecked = usePages(app);

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

describe('installable and offline', () => {
  it('links a manifest with a name, a start address, a theme colour and PNG icons of the stated sizes', async () => {
    const { page } = await openChecked();
    await page.goto(app.url + '/');
    const href = await page.locator('link[rel="manifest"]').evaluate((l: HTMLLinkElement) => l.href);
    const res = await fetch(href);
    expect(res.headers.get('content-type')).toBe('application/manifest+json');
    const manifest = (await res.json()) as Record<string, unknown> & { icons: ManifestIcon[] };
    expect(manifest.name).toBe('Head and neck trigger points');
    expect(manifest.short_name).toBeTruthy();
    expect(manifest.display).toBe('standalone');
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(new URL(String(manifest.start_url), href).href).toBe(app.url + '/');
    const sizes = new Set<string>();
    for (const icon of manifest.icons) {
      const url = new URL(icon.src, href);
      expect(url.origin).toBe(app.url);
      const png = PNG.sync.read(Buffer.from(await (await fetch(url)).arrayBuffer()));
      expect(`${png.width}x${png.height}`).toBe(icon.sizes);
      expect(icon.type).toBe('image/png');
      sizes.add(icon.sizes);
    }
    // What Chromium asks of an installable app: a 192 and a 512 pixel icon.
    expect([...sizes].sort()).toEqual(['192x192', '512x512']);
    expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toBe(manifest.theme_color);
  });

  it('once visited, opens without a network: the model is drawn and a muscle can be selected', async () => {
    const { context, page, problems } = await openChecked({
      viewport: { width: 1000, height: 700 },
      serviceWorkers: 'allow',
    });
    // When the page asks for the worker: its precache must not compete with the first model download.
    await context.addInitScript(() => {
      const registry = navigator.serviceWorker;
      const register = registry.register.bind(registry);
      registry.register = (...args: Parameters<ServiceWorkerContainer['register']>) => {
        (window as { registeredAt?: number }).registeredAt ??= performance.now();
        return register(...args);
      };
    });
    await openViewer(page, app.url + '/');
    await page.waitForFunction(() => (window as { registeredAt?: number }).registeredAt !== undefined);
    const { registeredAt, modelArrivedAt } = await page.evaluate(() => ({
      registeredAt: (window as { registeredAt?: number }).registeredAt!,
      modelArrivedAt: Math.max(
        ...performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('head-neck'))
          .map((e) => (e as PerformanceResourceTiming).responseEnd),
      ),
    }));
    expect(modelArrivedAt, 'the model was fetched').toBeGreaterThan(0);
    expect(registeredAt, 'the worker is registered after the model has arrived').toBeGreaterThan(modelArrivedAt);
    // The worker precaches everything during install, and takes the open page over once active.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, {
      timeout: 60_000,
    });

    await context.setOffline(true);
    // The network really is gone: a file the worker never cached cannot be had.
    expect(
      await page.evaluate(() =>
        fetch('./not-precached.txt').then(
          () => 'fetched',
          () => 'failed',
        ),
      ),
    ).toBe('failed');
    // Chromium logs that refusal; it is the one error this test asked for.
    await expect.poll(() => problems.errors.length).toBe(1);
    problems.errors.splice(0);
    await page.reload();
    await page.waitForFunction(() => window.__viewerTest?.firstFrameAt() != null, undefined, { timeout: 120_000 });
    await page.waitForSelector('.model-status.loading', { state: 'detached', timeout: 120_000 });
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

    await page.getByRole('button', { name: 'Upper trapezius (left)' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Upper trapezius (left)' }).count()).toBe(1);
    for (const name of ['Hide tools', 'Hide muscle information']) await page.getByRole('button', { name }).click();
    await settle(page);
    const png = PNG.sync.read(await page.screenshot());
    let red = 0;
    for (let i = 0; i < png.data.length; i += 4) if (isZoneRed(png.data[i]!, png.data[i + 1]!, png.data[i + 2]!)) red++;
    expect(red, 'zone-red pixels of the selected muscle').toBeGreaterThan(150);

    expect(problems.errors, 'console errors after the offline reload').toEqual([]);
  });
});
