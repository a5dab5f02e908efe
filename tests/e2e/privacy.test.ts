import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openViewer, settle, type PageProblems } from './browser';
import { dist } from './dist';
import { useBuiltApp, usePages } from './session';

const app = useBuiltApp();
const openChecked = usePages(app);

/** The policy's directives from a built page's meta element, name -> sources. */
function policyOf(html: string): Map<string, string[]> {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html);
  expect(meta, 'CSP meta element').not.toBeNull();
  const text = meta![1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"');
  return new Map(
    text
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** Every CSP violation in any frame of the page, reported by the browser itself. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () =>
    (
      await Promise.all(
        page.frames().map((f) => f.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])),
      )
    ).flat();
}

function expectClean(problems: PageProblems, violations: string[]): void {
  expect(problems.foreignRequests, 'requests to another origin').toEqual([]);
  expect(violations, 'CSP violations').toEqual([]);
  expect(problems.errors, 'console errors (a CSP refusal is logged as one)').toEqual([]);
}

describe('privacy and security', () => {
  it('every built page carries a policy without inline scripts or remote sources', () => {
    for (const page of ['index.html', 'embed-demo.html']) {
      const policy = policyOf(readFileSync(join(dist, page), 'utf8'));
      expect(policy.get('default-src')).toEqual(["'self'"]);
      const scripts = policy.get('script-src')!;
      expect(scripts).toContain("'self'");
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(policy.get('object-src')).toEqual(["'none'"]);
      // Only keywords and local schemes: no host, no wildcard, no http(s):.
      const sources = [...policy.values()].flat();
      expect(
        sources.filter((s) => !/^'[a-z-]+'$/.test(s) && s !== 'data:' && s !== 'blob:'),
        page,
      ).toEqual([]);
      // And nothing inline that the policy would have to forgive.
      expect(readFileSync(join(dist, page), 'utf8')).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    }
  });

  it(
    'loading, selecting, a pain point, a drawing, a named place and the layers stay on this origin with no ' +
      'violation',
    async () => {
      const { page, problems } = await openChecked({ viewport: { width: 1000, height: 700 } });
      const violations = await watchViolations(page);
      await openViewer(page, app.url + '/');
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);

      await page.getByRole('button', { name: 'Temporalis (left)' }).click();
      await expect.poll(() => page.getByRole('heading', { name: 'Temporalis (left)' }).count()).toBe(1);

      await page.getByRole('tab', { name: 'Where does it hurt?' }).click();
      await page.getByRole('button', { name: 'Point on the head' }).click();
      const canvas = (await page.locator('canvas').boundingBox())!;
      const at = async (landmark: string) => {
        const p = (await page.evaluate((n) => window.__viewerTest!.project(n), landmark))!;
        return { x: canvas.x + p.x, y: canvas.y + p.y };
      };
      const nasion = await at('nasion');
      await page.mouse.click(nasion.x, nasion.y - 40);
      await expect.poll(() => new URL(page.url()).searchParams.has('p')).toBe(true);

      await page.getByRole('button', { name: 'Pain drawing' }).click();
      await page.mouse.move(nasion.x - 30, nasion.y - 50);
      await page.mouse.down();
      for (let i = 1; i <= 6; i++) await page.mouse.move(nasion.x - 30 + i * 10, nasion.y - 50);
      await page.mouse.up();
      await expect.poll(() => new URL(page.url()).searchParams.has('d')).toBe(true);

      await page.getByRole('button', { name: 'Named places' }).click();
      await page.getByRole('button', { name: 'Temple (left)' }).click();
      await page.getByRole('region', { name: 'Possible source muscles' }).waitFor();

      await page.getByRole('tab', { name: 'Layers' }).click();
      await page.getByRole('radio', { name: 'Hidden' }).check();
      await page.getByRole('checkbox', { name: "The other side's muscles" }).uncheck();
      await settle(page);

      const found = await violations();
      expectClean(problems, found);
    },
  );

  it('the embedding example page and the viewer inside it load with no violation', async () => {
    const { page, problems } = await openChecked();
    const violations = await watchViolations(page);
    await page.goto(app.url + '/embed-demo.html');
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
    await page.frameLocator('#viewer').locator('canvas').waitFor({ timeout: 120_000 });
    expect(page.frames()).toHaveLength(2);
    const found = await violations();
    expectClean(problems, found);
  });
});
