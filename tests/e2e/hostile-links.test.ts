import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hostileLinks } from '../support/hostile-links';
import { useBuiltApp, usePages } from './session';
import { serveTinyModel } from './test-models';

/*
 * The thousand-link property runs on the decoder in Node (tests/state/hostile-links.test.ts);
 * here a sample goes through the whole page. The model is swapped for a tiny one that keeps the
 * naming contract in part: the link's state still reaches the zones, the pain drawing and the
 * camera, but a page is ready in about a second instead of waiting on the full model under
 * SwiftShader. Each link is a whole page load (the routing that keeps the page on its own origin
 * turns the browser's cache off, so the app's scripts are fetched and compiled each time): twelve
 * pages, a different seeded sample of junk in every parameter each, cost under half a minute on
 * two cores; the breadth of hostile input is the Node test's thousand.
 */
const SAMPLE = 12;

const app = useBuiltApp();
const openChecked = usePages(app);

/** Anything a link managed to run or plant in the page. */
const planted = (page: Page) =>
  page.evaluate(() => ({
    pwned: (window as { __pwned?: unknown }).__pwned,
    handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
    inlineScripts: document.querySelectorAll('script:not([src])').length,
    strangersInNotices: document.querySelectorAll('.notices :not(p):not(button)').length,
    // A link's notices once covered the muscle list, which then took no click.
    noticesOverPanels: [...document.querySelectorAll('.notices')].filter((notices) => {
      const n = notices.getBoundingClientRect();
      return [...document.querySelectorAll('.panel')].some((panel) => {
        const p = panel.getBoundingClientRect();
        return n.left < p.right && p.left < n.right && n.top < p.bottom && p.top < n.bottom;
      });
    }).length,
  }));

describe('hostile links in the page', () => {
  it(`load, notice or ignore, run nothing, and leave the muscle list working (${SAMPLE} links)`, async () => {
    // The smallest window that still has the desktop layout: SwiftShader's cost goes with pixels.
    const { page, problems } = await openChecked({ viewport: { width: 840, height: 520 } });
    await serveTinyModel(page);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const started = Date.now();
    let visited = 0;
    for (const search of hostileLinks(SAMPLE, 7)) {
      const where = `link ${visited}: ${search.slice(0, 120)}`;
      await page.goto(`${app.url}/${search}`);
      if (visited === 0) await page.getByRole('button', { name: 'I understand' }).click();
      await page.waitForSelector('.model-status.loading', { state: 'detached', timeout: 30_000 });
      expect(await planted(page), where).toEqual({
        pwned: undefined,
        handlers: 0,
        inlineScripts: 0,
        strangersInNotices: 0,
        noticesOverPanels: 0,
      });
      // A link may carry "quiz=" among its junk and open a quiz: leave it, as a user would.
      const leave = page.getByRole('button', { name: 'Leave the quiz' });
      if (await leave.isVisible()) await leave.click();
      const tools = page.getByRole('button', { name: 'Tools', exact: true });
      if (await tools.isVisible()) await tools.click();
      await page.getByRole('tab', { name: 'Muscles' }).click();
      const temporalis = page
        .getByRole('tabpanel', { name: 'Muscles' })
        .getByRole('button', { name: 'Temporalis (left)' });
      // Pressed already if the link chose it: then the click unselects, which works as well.
      const was = await temporalis.getAttribute('aria-pressed');
      await temporalis.click();
      await expect
        .poll(() => temporalis.getAttribute('aria-pressed'), { message: where })
        .toBe(was === 'true' ? 'false' : 'true');
      expect(problems.errors, where).toEqual([]);
      visited++;
    }
    console.log(`hostile links: ${visited} pages in ${Math.round((Date.now() - started) / 1000)} s`);
    expect(dialogs).toEqual([]);
  }, 300_000);
});
