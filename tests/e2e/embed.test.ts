import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/all-resources';
import { examinedGroupOf, getMuscle, musclesForRegion, scoreBand } from '../../src/mapping';
import { openPage, settle } from './browser';
import { isZoneRed } from './pixels';
import { usePageChecks, useBuiltApp } from './session';

const here = fileURLToPath(new URL('.', import.meta.url));
const shots = join(here, 'screenshots-tmp');

const app = useBuiltApp();
const track = usePageChecks();

/** The viewer inside the demo's iframe, once the model is drawn and the disclaimer accepted. */
async function viewerFrame(page: Page): Promise<Frame> {
  await poll(() => page.frames().some((f) => f.url().includes('index.html'))).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('index.html'))!;
  // The disclaimer is a modal in the frame's top layer: the frame itself must be on screen.
  await page.locator('#viewer').scrollIntoViewIfNeeded();
  await frame.getByRole('button', { name: 'I understand' }).click();
  await frame.waitForFunction(() => !!window.__viewerTest, undefined, { timeout: 120_000 });
  await frame.waitForSelector('.model-status.loading', { state: 'detached', timeout: 120_000 });
  return frame;
}

/**
 * Waits for the embedded view to come to rest with the frame on screen: a button lower in the
 * article scrolls the frame away, and the browser stops animating a frame it does not show, so
 * a camera glide begun before the scroll would wait there for ever (as it would for a reader).
 */
async function settleInView(page: Page, frame: Frame): Promise<void> {
  await page.locator('#viewer').scrollIntoViewIfNeeded();
  await settle(frame);
}

async function zoneRedPixels(frame: Frame): Promise<number> {
  const png = PNG.sync.read(await frame.locator('canvas').screenshot());
  let red = 0;
  for (let i = 0; i < png.data.length; i += 4) if (isZoneRed(png.data[i]!, png.data[i + 1]!, png.data[i + 2]!)) red++;
  return red;
}

/** SwiftShader shares two cores with the build: give the page time. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000 });
const frameParam = (frame: Frame, name: string) => new URL(frame.url()).searchParams.get(name);
const logLines = (page: Page) => page.locator('#events li').allTextContents();

describe('the viewer embedded in a clinic page', () => {
  it('the demo article drives the viewer through the postMessage API', async () => {
    const { context, page, problems } = await openPage(app.browser, app.url, { width: 1280, height: 900 });
    track({ problems, close: () => context.close() });
    await page.goto(`${app.url}/embed-demo.html`);
    const frame = await viewerFrame(page);
    // Compact chrome: no title bar, no side panels, the disclaimer a small button away.
    expect(frameParam(frame, 'embed')).toBe('1');
    expect((await frame.locator('.app-header').boundingBox())!.height).toBeLessThan(60);
    expect(
      (await frame.getByRole('heading', { name: 'Head and neck trigger points' }).boundingBox())!.width,
    ).toBeLessThanOrEqual(1);
    expect(await frame.getByRole('button', { name: 'Not a diagnosis · red flags' }).isVisible()).toBe(true);
    expect(await frame.locator('.panel:visible').count()).toBe(0);
    await poll(() => page.locator('#status').textContent()).toContain('ready');
    expect((await logLines(page)).at(-1)).toContain('htp:ready');

    await page.getByRole('button', { name: 'Show the upper trapezius' }).click();
    await poll(() => frameParam(frame, 'm')).toBe('upper-trapezius');
    expect(frameParam(frame, 's')).toBe('left');
    expect(frameParam(frame, 'v')).toBe('three-quarter-left');
    // The embed parameters survive the viewer's own address updates.
    expect(frameParam(frame, 'parentOrigin')).toBe(app.url);
    await poll(async () => (await logLines(page))[0]).toBe('htp:selection selection: Upper trapezius (left)');
    await settleInView(page, frame);
    expect(await zoneRedPixels(frame)).toBeGreaterThan(300);

    await page.getByRole('button', { name: 'Start the headache tour' }).click();
    const card = frame.getByRole('region', { name: 'Guided tour: Neck pain and headaches' });
    await poll(() => card.getByRole('heading').textContent()).toBe('Upper trapezius');
    expect(await card.getByText('Step 1 of 10').isVisible()).toBe(true);
    await poll(() => logLines(page)).toContain('htp:tour-step tour "neck-pain-and-headaches": step 1 of 10');
    await card.getByRole('button', { name: 'Next' }).click();
    await poll(() => logLines(page)).toContain('htp:tour-step tour "neck-pain-and-headaches": step 2 of 10');

    await page.getByRole('button', { name: 'What could cause pain at the temple?' }).click();
    const items = page.locator('#candidates li');
    await poll(() => items.count()).toBeGreaterThan(1);
    const expected = musclesForRegion('temple', 'left');
    expect(await items.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.muscle))).toEqual(
      expected.map((c) => `${c.muscleId}:${c.side}`),
    );
    // In the viewer's own words for an area ("covers most of the area"), never a percentage. The
    // results' words are read as `ui` keys but kept in `panels`, which come with the results.
    const words = (resources.en.panels as { results: { match: { area: Record<string, string> } } }).results.match.area;
    expect(await items.allTextContents()).toEqual(
      expected.map((c) => {
        const group = examinedGroupOf(c.muscleId);
        const name = `${getMuscle(c.muscleId)!.name} (${c.side})${group ? ` [${group.name}]` : ''}`;
        return `${name}: ${words[scoreBand(c.score)]}, ${c.level} zone`;
      }),
    );
    expect((await items.allTextContents()).join(' ')).not.toMatch(/%/);
    await settleInView(page, frame);
    await page.screenshot({ path: join(shots, 'embed-demo.png'), fullPage: true });

    // Straight postMessage calls, as a clinic's own script would make them.
    await page.evaluate((origin) => {
      const w = document.querySelector<HTMLIFrameElement>('#viewer')!.contentWindow!;
      w.postMessage({ type: 'htp:select', muscleId: 'temporalis', side: 'right' }, origin);
      w.postMessage({ type: 'htp:select', muscleId: 'not-a-muscle', side: 'right', requestId: 'bad-1' }, origin);
    }, app.url);
    await poll(() => frameParam(frame, 'm')).toBe('temporalis');
    await poll(async () =>
      (await logLines(page)).some((l) => l.startsWith('htp:error') && l.includes('unknown muscle')),
    ).toBe(true);
    // A type named like what every object inherits is an unknown type too, and is answered.
    await page.evaluate((origin) => {
      const w = document.querySelector<HTMLIFrameElement>('#viewer')!.contentWindow!;
      for (const type of ['__proto__', 'constructor', 'toString']) w.postMessage({ type, requestId: type }, origin);
    }, app.url);
    await poll(
      async () =>
        (await logLines(page)).filter((l) => l.startsWith('htp:error') && l.includes('unknown message type')).length,
    ).toBe(3);

    // A stretch from the article's button, beside its muscle, and stopped; an unknown one is refused.
    await page.getByRole('button', { name: 'Show the stretch for a stiff neck' }).click();
    await poll(() => frameParam(frame, 'stretch')).toBe('levator-scapulae');
    expect(frameParam(frame, 'm')).toBe('levator-scapulae');
    // The viewer tells the page the stretch started, and once it stops.
    await poll(() => logLines(page)).toContain('htp:stretch stretch "levator-scapulae" (left) started');
    await poll(() => page.locator('#status').textContent()).toBe(
      'The model is showing a stretch (levator-scapulae (left)).',
    );
    await page.getByRole('button', { name: 'Stop the stretch' }).click();
    await poll(() => frameParam(frame, 'stretch')).toBeNull();
    await poll(() => logLines(page)).toContain('htp:stretch stretch stopped');
    expect((await logLines(page)).filter((l) => l.startsWith('htp:stretch'))).toHaveLength(2);
    await page.evaluate((origin) => {
      const w = document.querySelector<HTMLIFrameElement>('#viewer')!.contentWindow!;
      w.postMessage({ type: 'htp:start-stretch', stretchId: 'neck-crack', side: 'left', requestId: 'bad-2' }, origin);
    }, app.url);
    await poll(async () =>
      (await logLines(page)).some((l) => l.startsWith('htp:error') && l.includes('unknown stretch')),
    ).toBe(true);
    expect(frameParam(frame, 'stretch')).toBeNull();

    // A stretch the page did not ask for, played by a tour's step, is told the same way.
    const started = async () => (await logLines(page)).filter((l) => l.endsWith('"levator-scapulae" (left) started'));
    await page.evaluate((origin) => {
      const w = document.querySelector<HTMLIFrameElement>('#viewer')!.contentWindow!;
      w.postMessage({ type: 'htp:start-tour', tourId: 'neck-pain-and-headaches', step: 8 }, origin);
    }, app.url);
    await poll(async () => (await started()).length).toBe(2);
    expect(frameParam(frame, 'stretch')).toBe('levator-scapulae');
  });

  it('a page from another origin cannot drive a viewer locked to its parentOrigin', async () => {
    const viewerUrl = `${app.url}/index.html?embed=1&panels=hidden&parentOrigin=${encodeURIComponent('https://clinic.example')}`;
    // Another origin: a second server on another port of this machine, serving a page that frames the viewer.
    const other = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><iframe id="viewer" src="${viewerUrl}" width="800" height="600"></iframe>`);
    });
    await new Promise<void>((ok) => other.listen(0, '127.0.0.1', ok));
    const evil = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    const context = await app.browser.newContext({ viewport: { width: 900, height: 700 } });
    track({
      problems: { errors: [], foreignRequests: [] },
      close: async () => {
        await context.close();
        await new Promise((ok) => other.close(ok));
      },
    });
    const page = await context.newPage();
    const received: unknown[] = [];
    await page.exposeFunction('record', (m: unknown) => received.push(m));
    // Init scripts run in every frame; only the embedding page's own mailbox counts.
    await page.addInitScript(() => {
      if (window === window.top)
        window.addEventListener('message', (e) => (window as unknown as { record(m: unknown): void }).record(e.data));
    });
    await page.goto(`${evil}/article`);
    const frame = await viewerFrame(page);
    // The frame counts what reaches it; its own listener, added first, has handled each by then.
    await frame.evaluate(() => {
      const w = window as unknown as { arrived: number };
      w.arrived = 0;
      window.addEventListener('message', () => w.arrived++);
    });
    await page.evaluate(() => {
      const w = document.querySelector<HTMLIFrameElement>('#viewer')!.contentWindow!;
      w.postMessage({ type: 'htp:select', muscleId: 'temporalis', side: 'left' }, '*');
      w.postMessage({ type: 'htp:lookup', regionId: 'temple', side: 'left', requestId: 1 }, '*');
    });
    await poll(() => frame.evaluate(() => (window as unknown as { arrived: number }).arrived)).toBe(2);
    await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(frameParam(frame, 'm')).toBeNull();
    // Not even "ready": events go to the named origin only.
    expect(received).toEqual([]);
  });
});
