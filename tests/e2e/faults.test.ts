import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { getExaminedGroup, getMuscle, musclesForPainDrawing, rankedEntries } from '../../src/mapping';
import { encodeStrokes } from '../../src/state/drawing-codec';
import { decodeState } from '../../src/state/url-codec';
import { openViewer, settle } from './browser';
import { isZoneRed } from './pixels';
import { useBuiltApp, usePages } from './session';
import { serveLightModel, unnamedModel } from './test-models';

const here = fileURLToPath(new URL('.', import.meta.url));
const realModel = readFileSync(join(here, '../../models/head-neck.glb'));

const app = useBuiltApp();
const openChecked = usePages(app);

/** The pain drawing's blue as the lit shader gives it: blue well above red and green. */
const isPainBlue = (r: number, g: number, b: number): boolean => b > 140 && b - r > 70 && b - g > 40;

/** Zone-red and pain-blue pixels over the head, the panels folded away first. */
async function headColours(page: Page): Promise<{ red: number; blue: number }> {
  for (const name of ['Hide tools', 'Hide muscle information']) {
    const b = page.getByRole('button', { name });
    if (await b.isVisible()) await b.click();
  }
  await settle(page);
  const canvas = (await page.locator('canvas').boundingBox())!;
  const pts = await page.evaluate(() =>
    ['vertex', 'menton', 'porion-left', 'porion-right', 'nasion', 'opisthocranion'].map((n) =>
      window.__viewerTest!.project(n)!,
    ),
  );
  const xs = pts.map((p) => p.x + canvas.x);
  const ys = pts.map((p) => p.y + canvas.y);
  const clip = { x: Math.max(0, Math.min(...xs) - 30), y: Math.max(0, Math.min(...ys) - 30), width: 0, height: 0 };
  clip.width = Math.max(...xs) + 30 - clip.x;
  clip.height = Math.max(...ys) + 30 - clip.y;
  const png = PNG.sync.read(await page.screenshot({ clip }));
  let red = 0;
  let blue = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    if (isZoneRed(r, g, b)) red++;
    else if (isPainBlue(r, g, b)) blue++;
  }
  return { red, blue };
}

/**
 * Drives the canvas's own WEBGL_lose_context, as a GPU reset would (a lost context hands out no extensions, so it is
 * kept).
 */
const loseContext = (page: Page, lose: boolean) =>
  page.evaluate((lose) => {
    const kept = window as unknown as { glLoss?: WEBGL_lose_context };
    if (lose) {
      const canvas = document.querySelector('canvas')!;
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
      kept.glLoss = gl.getExtension('WEBGL_lose_context')!;
      kept.glLoss.loseContext();
    } else kept.glLoss!.restoreContext();
  }, lose);

const shot = (page: Page, name: string) => page.screenshot({ path: join(here, 'screenshots-tmp', `${name}.png`) });

describe('a lost WebGL context', () => {
  it(
    'is reported while lost; after restore the model, the zones and the drawing are drawn again and nothing ' +
      'was forgotten',
    async () => {
      const { page } = await openChecked({ viewport: { width: 1000, height: 700 } });
      // On the cheek, clear of the trapezius zone so its blue is not hidden under red.
      const drawing = '16:74.-5.40_72.-15.45';
      // The zone and the drawing are drawn on the skin, which the light model keeps whole.
      await serveLightModel(page);
      await openViewer(page, `${app.url}/?m=upper-trapezius&s=left&mode=draw&d=${drawing}&v=left`);
      const before = await headColours(page);
      await shot(page, 'context-before');
      expect(before.red).toBeGreaterThan(1000);
      expect(before.blue).toBeGreaterThan(100);
      await loseContext(page, true);
      await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/interrupted/);
      // While the GPU is gone the user carries on: another muscle, so the zone must be re-sent on restore.
      await page.getByRole('button', { name: 'Tools' }).click();
      await page.getByRole('tab', { name: 'Muscles' }).click();
      await page.getByRole('button', { name: 'Temporalis (left)' }).click();
      await shot(page, 'context-lost');
      await loseContext(page, false);
      await expect.poll(() => page.getByRole('alert').count()).toBe(0);
      const after = await headColours(page);
      await shot(page, 'context-restored');
      const link = new URL(page.url()).searchParams;
      const written = encodeStrokes(decodeState(`?d=${drawing}`).state.strokes!);
      expect([link.get('m'), link.get('s'), link.get('d')]).toEqual(['temporalis', 'left', written]);
      expect(after.red).toBeGreaterThan(1000);
      expect(after.blue).toBeGreaterThan(100);
    },
  );
});

/** Works without the 3D view: a muscle from the list opens its story, a named place lists its sources. */
async function panelsWork(page: Page): Promise<void> {
  const tools = page.getByRole('button', { name: 'Tools', exact: true });
  if (await tools.isVisible()) await tools.click();
  await page.getByRole('tab', { name: 'Muscles' }).click();
  await page.getByRole('button', { name: 'Upper trapezius (right)' }).click();
  await expect.poll(() => page.getByRole('heading', { name: 'Upper trapezius (right)' }).count()).toBe(1);
  await page.getByRole('tab', { name: 'Where does it hurt?' }).click();
  await page.getByRole('button', { name: 'Named places' }).click();
  await page.getByRole('button', { name: 'Temple (left)' }).click();
  const names = await page
    .getByRole('region', { name: 'Possible source muscles' })
    .locator('.candidate-name')
    .allTextContents();
  expect(names).toContain('Temporalis (left)');
}

describe('a shared pain drawing', () => {
  it(
    'lists its possible source muscles while the model is still held back, the same as src/mapping, and the ' +
      'same once it is drawn',
    async () => {
      const { page } = await openChecked({ viewport: { width: 1000, height: 700 } });
      let release: () => void = () => undefined;
      const held = new Promise<void>((ok) => (release = ok));
      // Held back, then answered with the light model: the list is the mapping's, the model's shape no part of it.
      await serveLightModel(page);
      await page.route('**/*.glb', async (route) => {
        await held;
        await route.fallback();
      });
      // Across the left temple, from the pterion up to the frontotemporale.
      const link = '?mode=draw&d=16:57.30.35_52.39.53_48.48.72&v=left';
      // One row per entry (the suboccipitals as their group), twelve shown.
      const expected = rankedEntries(musclesForPainDrawing(decodeState(link).state.strokes!))
        .slice(0, 12)
        .map((e) =>
          e.kind === 'group'
            ? `${getExaminedGroup(e.groupId)!.name} (${e.side})`
            : `${getMuscle(e.candidate.muscleId)!.name} (${e.candidate.side})`,
        );
      expect(expected).toContain('Temporalis (left)');
      expect(expected).toContain('Upper trapezius (left)');
      await page.goto(`${app.url}/${link}`);
      await page.getByRole('button', { name: 'I understand' }).click();
      const listed = () =>
        page.getByRole('region', { name: 'Possible source muscles' }).locator('.candidate-name').allTextContents();
      const tab = page.getByRole('tab', { name: 'Where does it hurt?' });
      if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
      await expect.poll(listed).toEqual(expected);
      // Still held back: no model, no test hook, the progress bar up.
      expect(await page.getByRole('progressbar', { name: 'Loading the 3D model' }).count()).toBe(1);
      expect(await page.evaluate(() => !!window.__viewerTest)).toBe(false);
      release();
      await page.waitForFunction(() => !!window.__viewerTest, undefined, { timeout: 60_000 });
      await settle(page);
      expect(await listed()).toEqual(expected);
      await page.screenshot({ path: join(here, 'screenshots-tmp', 'drawing-link.png') });
    },
  );
});

describe('a model file that is not what it should be', () => {
  const cases: [string, () => Promise<Uint8Array> | Uint8Array][] = [
    ['cut off half way', () => realModel.subarray(0, realModel.length >> 1)],
    ['random bytes', () => randomBytes(4096)],
    ['random bytes behind a glTF header', () => Buffer.concat([realModel.subarray(0, 20), randomBytes(4096)])],
  ];
  for (const [what, body] of cases) {
    it(`${what}: says the model could not be loaded, and the panels work`, async () => {
      const { page } = await openChecked({ viewport: { width: 1000, height: 700 } });
      const bytes = await body();
      await page.route('**/*.glb', (route) =>
        route.fulfill({ status: 200, contentType: 'model/gltf-binary', body: Buffer.from(bytes) }),
      );
      await page.goto(app.url);
      await page.getByRole('button', { name: 'I understand' }).click();
      await expect
        .poll(() => page.getByRole('alert').textContent(), { timeout: 60_000 })
        .toMatch(/could not be loaded/);
      await panelsWork(page);
    });
  }

  it('a well-formed file outside the naming contract: lists what it lacks, and the panels work', async () => {
    const { page } = await openChecked({ viewport: { width: 1000, height: 700 } });
    const bytes = Buffer.from(await unnamedModel());
    await page.route('**/*.glb', (route) =>
      route.fulfill({ status: 200, contentType: 'model/gltf-binary', body: bytes }),
    );
    await page.goto(app.url);
    await page.getByRole('button', { name: 'I understand' }).click();
    await expect
      .poll(() => page.locator('.model-status.missing summary').textContent(), { timeout: 60_000 })
      .toMatch(/lacks \d+ named parts/);
    await panelsWork(page);
  });
});

/** Runs in the page first: storage is full, and every key the app reads (now or later) holds junk. */
function fullOfJunk(): void {
  const junk = [
    '{"',
    'null',
    'NaN',
    '\u0000\uffff',
    '<img src=x onerror="window.__pwned=1">',
    'x'.repeat(100_000),
    '{"address":"","state":"?m=<b>"}',
    'javascript:window.__pwned=1',
  ];
  let reads = 0;
  Storage.prototype.getItem = () => junk[reads++ % junk.length]!;
  Storage.prototype.setItem = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
}

/** A brush stroke across the left temple, in the left view with the panels folded. */
async function paintStroke(page: Page, from: string, to: string): Promise<void> {
  const canvas = (await page.locator('canvas').boundingBox())!;
  const [a, b] = await page.evaluate(
    ([f, t]) => [window.__viewerTest!.project(f!)!, window.__viewerTest!.project(t!)!],
    [from, to],
  );
  await page.mouse.move(canvas.x + a!.x, canvas.y + a!.y);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++)
    await page.mouse.move(canvas.x + a!.x + ((b!.x - a!.x) * i) / 6, canvas.y + a!.y + ((b!.y - a!.y) * i) / 6);
  await page.mouse.up();
}

/** The strokes of the address's drawing, each with the "." that opens it. */
const strokesInLink = (page: Page): string[] => new URL(page.url()).searchParams.get('d')?.match(/\.[^.]*/g) ?? [];

async function startDrawing(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Where does it hurt?' }).click();
  await page.getByRole('button', { name: 'Pain drawing' }).click();
  await page.getByRole('button', { name: 'Hide tools' }).click();
  await settle(page);
}

describe('storage that is full and holds junk', () => {
  it('the app starts, shows the disclaimer, and selecting and painting still work', async () => {
    const { page } = await openChecked({ viewport: { width: 1000, height: 700 } });
    await page.addInitScript(fullOfJunk);
    // The stroke is painted on the skin, which the light model keeps whole.
    await serveLightModel(page);
    await openViewer(page, `${app.url}/?v=left`);
    await page.getByRole('tab', { name: 'Muscles' }).click();
    await page.getByRole('button', { name: 'Temporalis (left)' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('m')).toBe('temporalis');
    await startDrawing(page);
    await paintStroke(page, 'pterion-left', 'frontotemporale-left');
    await expect.poll(() => strokesInLink(page).length).toBe(1);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });
});

describe('a pain drawing in progress', () => {
  it('survives a broken model dropped mid-drawing and a reload before the address bar caught up', async () => {
    const { page } = await openChecked({ viewport: { width: 1000, height: 700 } });
    // Strokes on the skin, which the light model keeps whole; its route also answers the reload.
    await serveLightModel(page);
    await openViewer(page, `${app.url}/?v=left`);
    await startDrawing(page);
    await paintStroke(page, 'pterion-left', 'frontotemporale-left');
    await expect.poll(() => strokesInLink(page)).toHaveLength(1);
    const first = strokesInLink(page);
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(64)], 'broken.glb'));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    });
    await expect.poll(() => page.locator('.notices').textContent()).toMatch(/broken\.glb/);
    // One dab on the cheek, and the page goes at once: after a long stroke the address bar may
    // not have caught up (it takes four updates a second), and the reload keeps the dab either way.
    const canvas = (await page.locator('canvas').boundingBox())!;
    const cheek = (await page.evaluate(() => window.__viewerTest!.project('zygion-left')))!;
    await page.mouse.click(canvas.x + cheek.x, canvas.y + cheek.y);
    await page.reload();
    await page.waitForSelector('.model-status.loading', { state: 'detached', timeout: 120_000 });
    await expect.poll(() => strokesInLink(page).length).toBe(2);
    expect(strokesInLink(page)[0]).toBe(first[0]);
    // One dab: the brush radius and three positions of two characters (src/state/drawing-codec.ts).
    expect(strokesInLink(page)[1]).toMatch(/^\.[\w-]{7}$/);
  });

  it('in a link survives a model that fails to load, and is painted once the model is back', async () => {
    const { page } = await openChecked({
      viewport: { width: 1000, height: 700 },
      expectedErrors: /404|Failed to load resource/,
    });
    // A link in the first drawing format: it opens, and the address takes the compact format.
    const drawing = '16:74.26.37_70.41.54';
    const written = encodeStrokes(decodeState(`?d=${drawing}`).state.strokes!);
    await page.route('**/*.glb', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(`${app.url}/?mode=draw&d=${drawing}&v=left`);
    await page.getByRole('button', { name: 'I understand' }).click();
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 60_000 }).toMatch(/could not be loaded/);
    // Two rendering updates after the failure: whatever the failure changed is in the address.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(strokesInLink(page)).toEqual([written]);
    expect(await page.getByRole('button', { name: 'Undo' }).isEnabled()).toBe(true);
    await page.unroute('**/*.glb');
    await serveLightModel(page);
    await page.reload();
    await expect
      .poll(() => page.locator('.candidate .level').first().textContent(), { timeout: 60_000 })
      .toMatch(/covers (most of|much of|part of) the area|touches the area/);
    expect(strokesInLink(page)).toEqual([written]);
  });
});
